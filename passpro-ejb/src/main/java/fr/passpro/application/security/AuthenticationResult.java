package fr.passpro.application.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a login attempt gives: the caller and its groups, or why it was refused. The refusal reasons are for the login
 * page's wording only; neither says whether the login or the password was wrong.
 */
public final class AuthenticationResult {

    public enum Status { SUCCESS, INVALID, LOCKED }

    private final Status status;
    private final String login;
    private final Set<String> groups;

    private AuthenticationResult(Status status, String login, Set<String> groups) {
        this.status = Objects.requireNonNull(status);
        this.login = login;
        this.groups = groups;
    }

    static AuthenticationResult success(String login, Set<String> groups) {
        return new AuthenticationResult(Status.SUCCESS, login, Set.copyOf(groups));
    }

    static AuthenticationResult invalid() {
        return new AuthenticationResult(Status.INVALID, null, Set.of());
    }

    static AuthenticationResult locked() {
        return new AuthenticationResult(Status.LOCKED, null, Set.of());
    }

    public Status status() {
        return status;
    }

    public boolean isSuccess() {
        return status == Status.SUCCESS;
    }

    public Optional<String> login() {
        return Optional.ofNullable(login);
    }

    public Set<String> groups() {
        return groups;
    }
}
