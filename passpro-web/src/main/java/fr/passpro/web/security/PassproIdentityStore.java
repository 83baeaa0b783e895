package fr.passpro.web.security;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;

import fr.passpro.application.security.AuthenticationResult;
import fr.passpro.application.security.AuthenticationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The identity store of Passpro's own login: accounts and PBKDF2 hashes in MariaDB, with the lock-out rule. */
@ApplicationScoped
public class PassproIdentityStore implements IdentityStore {

    @Inject
    private AuthenticationService authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        AuthenticationResult result = authentication.authenticate(login.getCaller(), login.getPassword().getValue());
        if (!result.isSuccess()) {
            return INVALID_RESULT;
        }
        return new CredentialValidationResult(result.login().orElseThrow(), result.groups());
    }
}
