package fr.passpro.application.compte;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.courrier.Courriers;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.LienMotDePasse;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.scope.Scope;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.infrastructure.persistence.LienMotDePasseRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The accounts of collèges and lycées. An admin manages those of the établissements of the académie; a chef
 * d'établissement those of the own établissement, with the same role. Every change is written to the audit journal
 * in its own transaction (both or neither); every refusal too, and it changes nothing. Passwords are neither shown
 * nor mailed: a person chooses one through a single-use link ({@link MotDePasseService}).
 */
@Stateless
@RolesAllowed({ Roles.ADMIN, Roles.CHEF_ETABLISSEMENT })
public class ComptesService {

    /** The most accounts a search returns; the page asks for a narrower search beyond. */
    public static final int MAX_RESULTATS = 300;

    static final String OBJET_COMPTE = "compte";
    static final String OBJET_ETABLISSEMENT = "etablissement";

    private static final Logger LOGGER = Logger.getLogger(ComptesService.class.getName());
    private static final Logger AUDIT = Logger.getLogger("fr.passpro.audit");
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm")
            .withZone(ZoneId.of("Europe/Paris"));

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountRepository accounts;

    @Inject
    private EtablissementRepository etablissements;

    @Inject
    private LienMotDePasseRepository liens;

    @Inject
    private Liens reglages;

    @Inject
    private Courriers courriers;

    @Inject
    private JournalAudit journal;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /** The établissements whose accounts the caller manages: all those of the académie, or the chef's own. */
    public List<Etablissement> etablissements() {
        return etablissements.findVisible(gestionnaire().scope());
    }

    /**
     * The accounts the caller manages, with their last login.
     *
     * @param etablissementId null for all
     * @param texte           part of a login, name, e-mail, or établissement name or UAI; null for all
     */
    public List<Account> rechercher(Long etablissementId, String texte) {
        return accounts.rechercherGeres(gestionnaire().scope(), etablissementId, texte, MAX_RESULTATS);
    }

    /**
     * Creates an active account without password; the person chooses one through a link ({@link #envoyerLien}).
     *
     * @throws AccessDeniedException an établissement of another académie, or (chef) another établissement or role: audited
     * @throws InvalidValueException a login taken or malformed, a role that does not fit the établissement, a missing field
     */
    public Account creer(NouveauCompte nouveau) {
        Objects.requireNonNull(nouveau, "Le compte à créer est obligatoire.");
        Account acteur = gestionnaire();
        if (nouveau.etablissementId() == null) {
            throw new InvalidValueException("Choisissez l'établissement du compte.");
        }
        if (nouveau.role() == null || nouveau.role() == Role.ADMIN) {
            throw new InvalidValueException("Choisissez le profil du compte : « " + Role.ORIGINE.libelle() + " » ou « "
                    + Role.ACCUEIL.libelle() + " ».");
        }
        Etablissement etablissement = etablissementGere(acteur, nouveau.etablissementId());
        if (!estAdmin(acteur) && nouveau.role() != acteur.getRole()) {
            throw refuser(acteur, OBJET_ETABLISSEMENT, etablissement.getId(),
                    "un chef d'établissement ne crée que des comptes de son profil (« " + acteur.getRole().libelle() + " »).",
                    "création d'un compte de profil " + nouveau.role());
        }
        String login = nouveau.login() == null || nouveau.login().isBlank()
                ? loginLibre(nouveau.prenom(), nouveau.nom())
                : loginDemande(nouveau.login());
        Account compte = Account.pourEtablissement(login, nouveau.nom(), nouveau.prenom(), nouveau.email(),
                nouveau.role(), nouveau.chef(), etablissement);
        accounts.save(compte);
        em.flush();
        journal.enregistrerAvecLaModification(acteur.getLogin(), AuditEvent.COMPTE_CREE, OBJET_COMPTE,
                String.valueOf(compte.getId()), "Compte créé : " + decrire(compte));
        LOGGER.log(Level.INFO, "Compte {0} créé par {1}", new Object[] { login, acteur.getLogin() });
        return compte;
    }

    /**
     * A disabled account can no longer log in (the identity store refuses it) and its open sessions lose their rights.
     *
     * @throws InvalidValueException for the caller's own account
     */
    public Account desactiver(long accountId) {
        Account acteur = gestionnaire();
        Account compte = compteGere(acteur, accountId, "désactivation");
        if (compte.getId().equals(acteur.getId())) {
            throw new InvalidValueException("Vous ne pouvez pas désactiver votre propre compte.");
        }
        if (!compte.isActif()) {
            throw new InvalidValueException("Le compte « " + compte.getLogin() + " » est déjà désactivé.");
        }
        compte.desactiver();
        journal.enregistrerAvecLaModification(acteur.getLogin(), AuditEvent.COMPTE_DESACTIVE, OBJET_COMPTE,
                String.valueOf(compte.getId()), "Compte " + compte.getLogin() + " : actif oui → non");
        LOGGER.log(Level.INFO, "Compte {0} désactivé par {1}", new Object[] { compte.getLogin(), acteur.getLogin() });
        return compte;
    }

    public Account reactiver(long accountId) {
        Account acteur = gestionnaire();
        Account compte = compteGere(acteur, accountId, "réactivation");
        if (compte.isActif()) {
            throw new InvalidValueException("Le compte « " + compte.getLogin() + " » est déjà actif.");
        }
        compte.reactiver();
        journal.enregistrerAvecLaModification(acteur.getLogin(), AuditEvent.COMPTE_REACTIVE, OBJET_COMPTE,
                String.valueOf(compte.getId()), "Compte " + compte.getLogin() + " : actif non → oui");
        LOGGER.log(Level.INFO, "Compte {0} réactivé par {1}", new Object[] { compte.getLogin(), acteur.getLogin() });
        return compte;
    }

    /**
     * Mails the account's owner a single-use link to choose a password (queued with this transaction); earlier links
     * not used yet stop working.
     *
     * @return when the link expires
     * @throws InvalidValueException for a disabled account
     */
    public Instant envoyerLien(long accountId) {
        Account acteur = gestionnaire();
        Account compte = compteGere(acteur, accountId, "envoi d'un lien de mot de passe");
        if (!compte.isActif()) {
            throw new InvalidValueException("Le compte « " + compte.getLogin()
                    + " » est désactivé : réactivez-le avant d'envoyer un lien.");
        }
        Instant maintenant = clock.instant();
        liens.findOuverts(compte.getId()).forEach(l -> l.revoquer(maintenant));
        String jeton = LienMotDePasse.nouveauJeton();
        LienMotDePasse lien = liens.save(LienMotDePasse.emettre(compte, jeton, maintenant, acteur.getLogin(),
                reglages.validite()));
        courriers.deposer(List.of(compte.getEmail()), "Passpro : choisissez votre mot de passe",
                texteDuCourriel(compte, reglages.adresse(jeton), lien.getExpireLe()), null);
        journal.enregistrerAvecLaModification(acteur.getLogin(), AuditEvent.LIEN_MOT_DE_PASSE_ENVOYE, OBJET_COMPTE,
                String.valueOf(compte.getId()), "Lien de mot de passe envoyé à " + compte.getEmail()
                        + " pour " + compte.getLogin() + ", valable jusqu'au " + DATE_HEURE.format(lien.getExpireLe()));
        LOGGER.log(Level.INFO, "Lien de mot de passe pour {0} envoyé par {1}",
                new Object[] { compte.getLogin(), acteur.getLogin() });
        return lien.getExpireLe();
    }

    private static String texteDuCourriel(Account compte, String adresse, Instant expire) {
        Etablissement e = compte.getEtablissement();
        return "Bonjour " + compte.getPrenom() + " " + compte.getNom() + ",\n\n"
                + "Votre compte Passpro (identifiant : " + compte.getLogin() + ") est rattaché à l'établissement "
                + e.getNom() + " (" + e.getUai() + ").\n\n"
                + "Pour choisir votre mot de passe, ouvrez le lien suivant avant le " + DATE_HEURE.format(expire)
                + " (heure de Paris) :\n" + adresse + "\n\n"
                + "Ce lien ne sert qu'une fois. Si vous n'attendiez pas ce courriel, ignorez-le : votre compte reste inchangé.\n"
                + "Passpro ne vous demandera jamais votre mot de passe, ni par courriel ni par téléphone.\n\n"
                + "Passpro, académie " + fr.passpro.domain.shared.Francais.de(compte.getAcademie().getNom()) + "\n";
    }

    /** The caller, who must be an admin or a chef d'établissement (the roles say so, the account too). */
    private Account gestionnaire() {
        Account acteur = currentUser.require();
        if (!estAdmin(acteur) && !(acteur.isChefEtablissement() && acteur.getEtablissement() != null)) {
            throw new AccessDeniedException("Accès refusé : seuls l'académie et le chef d'établissement gèrent les comptes.");
        }
        return acteur;
    }

    private static boolean estAdmin(Account acteur) {
        return acteur.getRole() == Role.ADMIN;
    }

    private Etablissement etablissementGere(Account acteur, long etablissementId) {
        Scope scope = acteur.scope();
        return etablissements.findVisibleById(scope, etablissementId).orElseThrow(() -> {
            Etablissement autre = em.find(Etablissement.class, etablissementId);
            if (autre == null) {
                return new NotFoundException("Cet établissement n'existe pas ou plus : rechargez la page.");
            }
            String motif = estAdmin(acteur)
                    ? "l'établissement " + autre.getNom() + " (" + autre.getUai() + ") n'est pas de votre académie."
                    : "un chef d'établissement ne gère que les comptes de son établissement.";
            return refuser(acteur, OBJET_ETABLISSEMENT, etablissementId, motif, "création d'un compte");
        });
    }

    private Account compteGere(Account acteur, long accountId, String action) {
        return accounts.findGereById(acteur.scope(), accountId).orElseThrow(() -> {
            if (accounts.findById(accountId).isEmpty()) {
                return new NotFoundException("Ce compte n'existe pas : rechargez la page.");
            }
            String motif = estAdmin(acteur)
                    ? "ce compte n'est pas celui d'un établissement de votre académie."
                    : "un chef d'établissement ne gère que les comptes de son établissement.";
            return refuser(acteur, OBJET_COMPTE, accountId, motif, action);
        });
    }

    /** The refusal, with its line in the server log and in the audit journal (committed even though the call fails). */
    private AccessDeniedException refuser(Account acteur, String objetType, long objetId, String motif, String action) {
        AUDIT.log(Level.WARNING, "audit : {0} refusée sur {1} n° {2} pour {3} ({4}, périmètre {5})",
                new Object[] { action, objetType, String.valueOf(objetId), acteur.getLogin(), acteur.getRole(),
                        acteur.scope() });
        try {
            journal.enregistrer(acteur.getLogin(), AuditEvent.ACCES_REFUSE, objetType, String.valueOf(objetId),
                    "Refusé (" + action + ") : " + motif + " Demandeur : profil « " + acteur.getRole().libelle()
                            + (acteur.isChefEtablissement() ? " », chef d'établissement" : " »") + ", " + acteur.scope().libelle() + ".");
        } catch (RuntimeException e) {
            AUDIT.log(Level.SEVERE, "audit : la ligne du journal n'a pas pu être enregistrée", e);
        }
        return new AccessDeniedException("Accès refusé : " + motif);
    }

    /** A login typed by the admin or chef: lower case letters, digits, dots, dashes, not taken. */
    private String loginDemande(String login) {
        String l = login.strip().toLowerCase(Locale.ROOT);
        if (!l.matches("[a-z0-9][a-z0-9._-]{2," + (Account.LOGIN_MAX - 1) + "}")) {
            throw new InvalidValueException("L'identifiant « " + login.strip() + " » n'est pas valide : 3 à "
                    + Account.LOGIN_MAX + " caractères, lettres minuscules sans accent, chiffres, points et tirets.");
        }
        if (accounts.findByLogin(l).isPresent()) {
            throw new InvalidValueException("L'identifiant « " + l + " » est déjà pris : choisissez-en un autre ou laissez"
                    + " le champ vide pour qu'il soit proposé.");
        }
        return l;
    }

    /** {@code prenom.nom} without accents nor spaces, followed by 2, 3… if taken. */
    private String loginLibre(String prenom, String nom) {
        if (prenom == null || prenom.isBlank() || nom == null || nom.isBlank()) {
            throw new InvalidValueException("Le prénom et le nom sont obligatoires.");
        }
        String base = simplifier(prenom) + "." + simplifier(nom);
        if (base.length() > Account.LOGIN_MAX - 4) {
            base = base.substring(0, Account.LOGIN_MAX - 4);
        }
        String login = base;
        for (int n = 2; accounts.findByLogin(login).isPresent(); n++) {
            login = base + n;
        }
        return login;
    }

    static String simplifier(String texte) {
        String ligatures = texte.strip().toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        String sansAccents = Normalizer.normalize(ligatures, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String simple = sansAccents.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return simple.isEmpty() ? "compte" : simple;
    }

    private static String decrire(Account compte) {
        Etablissement e = compte.getEtablissement();
        return "identifiant " + compte.getLogin() + ", " + compte.getPrenom() + " " + compte.getNom() + ", "
                + compte.getEmail() + ", établissement " + e.getUai() + ", profil " + compte.getRole()
                + ", chef d'établissement " + (compte.isChefEtablissement() ? "oui" : "non") + ", actif oui";
    }
}
