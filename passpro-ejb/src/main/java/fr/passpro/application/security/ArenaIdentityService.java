package fr.passpro.application.security;

import static java.util.logging.Level.INFO;
import static java.util.logging.Level.WARNING;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Turns an identity vouched for by ARENA into a Passpro account. A known login keeps the account an administrator
 * made for it (académie staff always have one). An unknown login is attached to the first of its établissements that
 * Passpro knows: a collège (or CFA, hors-contrat school) makes it ORIGINE, a lycée ACCUEIL; the DIR function makes it
 * chef d'établissement. A person whose établissements Passpro does not know is refused.
 */
@Stateless
@PermitAll
public class ArenaIdentityService {

    private static final Logger logger = Logger.getLogger(ArenaIdentityService.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private EtablissementRepository etablissements;

    @Inject
    private Clock clock;

    public AuthenticationResult connect(ArenaIdentity identity) {
        String login = AuthenticationService.normalize(identity.login());
        if (login.isEmpty()) {
            return AuthenticationResult.invalid();
        }
        Optional<Account> account = accounts.findByLogin(login).or(() -> provision(login, identity));
        if (account.isEmpty() || !account.get().isActif()) {
            logger.log(WARNING, "Connexion ARENA refusée pour {0} (établissements {1})", new Object[] { login, identity.uais() });
            return AuthenticationResult.invalid();
        }
        accounts.enregistrerConnexion(account.get(), clock.instant());
        return AuthenticationResult.success(account.get().getLogin(), account.get().groups());
    }

    private Optional<Account> provision(String login, ArenaIdentity identity) {
        for (String code : identity.uais()) {
            Optional<Etablissement> etablissement = parse(code).flatMap(etablissements::findByUai).filter(Etablissement::isOuvert);
            if (etablissement.isPresent() && (etablissement.get().isOrigine() || etablissement.get().isAccueil())) {
                Etablissement e = etablissement.get();
                Role role = e.isOrigine() ? Role.ORIGINE : Role.ACCUEIL;
                Account created;
                try {
                    created = accounts.save(Account.pourEtablissement(login, orDefault(identity.nom(), login),
                            orDefault(identity.prenom(), "-"), identity.email(), role, identity.isChefEtablissement(), e));
                } catch (InvalidValueException incomplete) {
                    logger.log(WARNING, "Identité ARENA incomplète pour {0} : {1}", new Object[] { login, incomplete.getMessage() });
                    return Optional.empty();
                }
                logger.log(INFO, "Compte ARENA créé : {0}, {1} de {2}", new Object[] { login, role, e.getUai() });
                return Optional.of(created);
            }
        }
        return Optional.empty();
    }

    private static Optional<Uai> parse(String code) {
        try {
            return Optional.of(Uai.of(code));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
