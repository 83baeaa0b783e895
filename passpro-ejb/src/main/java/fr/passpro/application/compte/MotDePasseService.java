package fr.passpro.application.compte;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.security.PasswordHasher;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.LienMotDePasse;
import fr.passpro.domain.compte.LoginAttempt;
import fr.passpro.domain.compte.RegleMotDePasse;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.infrastructure.persistence.LienMotDePasseRepository;
import fr.passpro.infrastructure.persistence.LoginAttemptRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The public side of a password-setting link: anyone holding the token (the owner of the mailbox) may choose the
 * account's password once, before the link expires. The token is checked here, never in the page.
 */
@Stateless
@PermitAll
public class MotDePasseService {

    static final String LIEN_INCONNU = "Ce lien n'est pas valide : vérifiez que l'adresse copiée depuis le courriel est"
            + " complète, ou demandez un nouveau lien à votre chef d'établissement ou à l'académie.";

    private static final Logger LOGGER = Logger.getLogger(MotDePasseService.class.getName());
    private static final int JETON_MAX = 100;

    @Inject
    private LienMotDePasseRepository liens;

    @Inject
    private LoginAttemptRepository attempts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private JournalAudit journal;

    @Inject
    private Clock clock;

    /**
     * The account a link opens, if the link can still serve.
     *
     * @throws InvalidValueException an unknown, used, replaced or expired link, or a disabled account
     */
    public LienOuvert ouvrir(String jeton) {
        LienMotDePasse lien = lienValide(jeton, false);
        Account compte = lien.getAccount();
        return new LienOuvert(compte.getLogin(), compte.getPrenom(), compte.getNom(), lien.getExpireLe());
    }

    /**
     * Sets the account's password and uses the link up; forgets the failed logins and any lock-out of the account.
     *
     * @return the login of the account, to log in with
     * @throws InvalidValueException the link cannot serve, or the password breaks a rule: nothing changed
     */
    public String definir(String jeton, char[] motDePasse, char[] confirmation) {
        try {
            LienMotDePasse lien = lienValide(jeton, true);
            RegleMotDePasse.verifier(motDePasse, confirmation);
            Instant maintenant = clock.instant();
            Account compte = lien.getAccount();
            lien.utiliser(maintenant);
            compte.changerMotDePasse(hasher.hash(motDePasse));
            attempts.find(compte.getLogin().toLowerCase(Locale.ROOT)).ifPresent(LoginAttempt::reset);
            journal.enregistrerAvecLaModification(compte.getLogin(), AuditEvent.MOT_DE_PASSE_DEFINI, ComptesService.OBJET_COMPTE,
                    String.valueOf(compte.getId()), "Mot de passe choisi par le lien n° " + lien.getId()
                            + " (envoyé par " + lien.getCreePar() + ") ; lien utilisé, blocage de connexion remis à zéro");
            LOGGER.log(Level.INFO, "Mot de passe défini pour {0} par un lien", compte.getLogin());
            return compte.getLogin();
        } finally {
            if (motDePasse != null) {
                Arrays.fill(motDePasse, '\0');
            }
            if (confirmation != null) {
                Arrays.fill(confirmation, '\0');
            }
        }
    }

    private LienMotDePasse lienValide(String jeton, boolean verrou) {
        if (jeton == null || jeton.isBlank() || jeton.length() > JETON_MAX) {
            throw new InvalidValueException(LIEN_INCONNU);
        }
        String j = jeton.strip();
        LienMotDePasse lien = (verrou ? liens.findByJetonForUpdate(j) : liens.findByJeton(j))
                .orElseThrow(() -> new InvalidValueException(LIEN_INCONNU));
        lien.verifierUtilisable(clock.instant());
        if (!lien.getAccount().isActif()) {
            throw new InvalidValueException("Ce compte est désactivé : adressez-vous à votre chef d'établissement ou à l'académie.");
        }
        return lien;
    }
}
