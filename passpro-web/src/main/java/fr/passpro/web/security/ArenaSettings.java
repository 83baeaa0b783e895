package fr.passpro.web.security;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Configuration of the ARENA mechanism, read at each request so that an operator can switch it without a redeploy:
 * {@code passpro.arena.enabled} (default false) and {@code passpro.arena.trusted-proxies}, the comma-separated
 * addresses of the reverse proxies allowed to send the identity headers (empty: any, the network is then the guard).
 * Both come from MicroProfile Config: a JVM option, an environment variable ({@code PASSPRO_ARENA_ENABLED}) or
 * {@code asadmin set-config-property}.
 */
@ApplicationScoped
public class ArenaSettings {

    public boolean isEnabled() {
        return config().getOptionalValue("passpro.arena.enabled", Boolean.class).orElse(false);
    }

    public boolean isTrustedProxy(String remoteAddress) {
        List<String> proxies = config().getOptionalValue("passpro.arena.trusted-proxies", String.class)
                .map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        return proxies.isEmpty() || proxies.contains(remoteAddress);
    }

    private static Config config() {
        return ConfigProvider.getConfig(ArenaSettings.class.getClassLoader());
    }
}
