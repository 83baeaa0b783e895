package fr.passpro.application.security;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * What a logged-in session keeps of its account: the login, the security groups, and the account's version when they
 * were read. Every change of the account (deactivation, a new password, another profile) raises the version, so a
 * session that finds another version knows its caller must log in again. Small and serializable: the web layer keeps it
 * in the HTTP session, which a cluster replicates.
 */
public record ConnectedAccount(String login, Set<String> groups, int version) implements Serializable {

    public ConnectedAccount {
        Objects.requireNonNull(login, "L'identifiant est obligatoire.");
        groups = Set.copyOf(groups);
    }
}
