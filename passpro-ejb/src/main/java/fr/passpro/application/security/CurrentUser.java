package fr.passpro.application.security;

import java.security.Principal;
import java.util.Objects;
import java.util.Optional;

import fr.passpro.domain.compte.Account;
import fr.passpro.domain.scope.Scope;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.infrastructure.persistence.AccountRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * Who is asking, and what they may see: the one place every service takes the caller's {@link Scope} from. An
 * établissement account sees its établissement only; an académie account sees its académie.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountRepository accounts;

    /** The account loaded for {@link #principalName}: a login in the middle of a request changes the caller. */
    private Optional<Account> account = Optional.empty();
    private String principalName;

    public boolean isAuthenticated() {
        return account().isPresent();
    }

    public Optional<Account> account() {
        Principal principal = securityContext.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        if (!Objects.equals(name, principalName)) {
            principalName = name;
            account = name == null ? Optional.empty() : accounts.findByLogin(name).filter(Account::isActif);
        }
        return account;
    }

    /** The caller's account; refuses anonymous callers and accounts that were disabled since they logged in. */
    public Account require() {
        return account().orElseThrow(() -> new AccessDeniedException("Accès refusé : vous n'êtes pas connecté."));
    }

    /** What the caller may see; every query a caller triggers takes this as a parameter. */
    public Scope scope() {
        return require().scope();
    }

    public boolean isInRole(String role) {
        return securityContext.isCallerInRole(role);
    }
}
