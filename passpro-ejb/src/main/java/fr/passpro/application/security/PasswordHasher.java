package fr.passpro.application.security;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA512 (210,000 iterations, 32-byte salt), the parameters OWASP
 * recommends. Hashes carry their parameters, so changing them later still verifies older hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** A hash of a valid password, verified against when the login is unknown so that timing reveals nothing. */
    private String decoy;

    @PostConstruct
    void init() {
        pbkdf2.initialize(PARAMETERS);
        decoy = pbkdf2.generate("passpro-decoy".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String hash) {
        return pbkdf2.verify(password, hash == null ? decoy : hash) && hash != null;
    }
}
