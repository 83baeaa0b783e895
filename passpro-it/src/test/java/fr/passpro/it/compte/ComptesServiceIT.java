package fr.passpro.it.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.compte.ComptesService;
import fr.passpro.application.compte.MotDePasseService;
import fr.passpro.application.compte.NouveauCompte;
import fr.passpro.application.security.PasswordHasher;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.LienMotDePasse;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.infrastructure.mail.EnvoiCourriers;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.CourrierRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.it.Deployments;
import fr.passpro.it.support.Connexion;
import fr.passpro.it.support.Donnees;
import fr.passpro.it.support.HorlogeDeTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts of collèges and lycées on the real server and database, with the test clock and the outbox worker stopped
 * (the test reads the queued mails), logins through the application's identity store: creation, disabling and re-enabling with the login they allow or refuse, the
 * password link (only its hash stored, single use, expiry), and every refusal with its audit line.
 */
@ExtendWith(ArquillianExtension.class)
class ComptesServiceIT {

    private static final String ADMIN = "admin.creteil";
    private static final String MOT_DE_PASSE = "orientation active 2027";
    private static final Pattern LIEN = Pattern.compile("https?://\\S+/passpro/mot-de-passe\\.xhtml\\?jeton=([A-Za-z0-9_-]{43})");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withConfig(Deployments.passproWithTestClock(ComptesServiceIT.class),
                EnvoiCourriers.AUTOMATIQUE + "=false\n");
    }

    @Inject
    Donnees donnees;

    @Inject
    ComptesService comptes;

    @Inject
    MotDePasseService motsDePasse;

    @Inject
    AccountRepository accounts;

    @Inject
    EtablissementRepository etablissements;

    @Inject
    AcademieRepository academies;

    @Inject
    CourrierRepository courriers;

    @Inject
    JournalAudit journal;

    @Inject
    PasswordHasher hasher;

    @Inject
    IdentityStoreHandler identityStore;

    @Resource(lookup = "jdbc/passpro")
    DataSource base;

    private Etablissement college;

    @BeforeEach
    void aNewCollege() {
        college = donnees.nouveauCollege();
        HorlogeDeTest.regler(null);
    }

    @AfterEach
    void realTimeAgain() {
        HorlogeDeTest.regler(null);
    }

    @Test
    void anAdminCreatesAnAccountWithoutPasswordAndTheCreationIsAuditedWithWhoAndFromWhere() {
        Connexion.en(ADMIN);
        String nom = "Comptes" + Donnees.unique();

        Account compte = comptes.creer(new NouveauCompte(null, "Élodie", nom, "elodie." + nom + "@ac-creteil.fr",
                college.getId(), Role.ORIGINE, true));

        assertThat(compte.getLogin()).isEqualTo("elodie." + nom.toLowerCase());
        Account enBase = accounts.findByLogin(compte.getLogin()).orElseThrow();
        assertThat(enBase.isActif()).isTrue();
        assertThat(enBase.isChefEtablissement()).isTrue();
        assertThat(enBase.getPasswordHash()).isEmpty();
        assertThat(enBase.getDerniereConnexion()).isNull();
        List<AuditEvent> lignes = journal.lignesSur("compte", String.valueOf(compte.getId()));
        assertThat(lignes).singleElement().satisfies(l -> {
            assertThat(l.getAction()).isEqualTo(AuditEvent.COMPTE_CREE);
            assertThat(l.getLogin()).isEqualTo(ADMIN);
            assertThat(l.getAdresse()).isNotBlank();
            assertThat(l.getSurvenuLe()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
            assertThat(l.getDetail()).contains("identifiant " + compte.getLogin(), college.getUai().code(),
                    "profil ORIGINE", "chef d'établissement oui", "actif oui");
        });
        assertThat(comptes.rechercher(college.getId(), nom)).extracting(Account::getLogin).containsExactly(compte.getLogin());

        // The same login again, and a lycée profile on a collège: refused in French, nothing created.
        assertThatThrownBy(() -> comptes.creer(new NouveauCompte(compte.getLogin(), "Autre", "Personne",
                "autre." + nom + "@ac-creteil.fr", college.getId(), Role.ORIGINE, false)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("est déjà pris");
        assertThatThrownBy(() -> comptes.creer(new NouveauCompte(null, "Autre", nom, "autre." + nom + "@ac-creteil.fr",
                college.getId(), Role.ACCUEIL, false)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("se rattache à un lycée professionnel");
        assertThat(comptes.rechercher(college.getId(), null)).hasSize(1);
    }

    @Test
    void aDisabledAccountCannotLogInUntilReEnabledAndBothChangesAreAudited() {
        Connexion.en(ADMIN);
        Account compte = compteAvecMotDePasse();
        assertThat(connexion(compte.getLogin(), MOT_DE_PASSE)).isEqualTo(CredentialValidationResult.Status.VALID);

        comptes.desactiver(compte.getId());

        assertThat(connexion(compte.getLogin(), MOT_DE_PASSE)).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThatThrownBy(() -> comptes.envoyerLien(compte.getId()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("est désactivé : réactivez-le");
        assertThatThrownBy(() -> comptes.desactiver(compte.getId()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("déjà désactivé");

        comptes.reactiver(compte.getId());

        assertThat(connexion(compte.getLogin(), MOT_DE_PASSE)).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(accounts.findByLogin(compte.getLogin()).orElseThrow().getDerniereConnexion()).isNotNull();
        assertThat(comptes.rechercher(college.getId(), null)).singleElement()
                .satisfies(a -> assertThat(a.getDerniereConnexion()).isNotNull());
        assertThat(journal.lignesSur("compte", String.valueOf(compte.getId())))
                .extracting(AuditEvent::getAction, AuditEvent::getLogin, AuditEvent::getDetail)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple(AuditEvent.COMPTE_DESACTIVE, ADMIN,
                                "Compte " + compte.getLogin() + " : actif oui → non"),
                        org.assertj.core.groups.Tuple.tuple(AuditEvent.COMPTE_REACTIVE, ADMIN,
                                "Compte " + compte.getLogin() + " : actif non → oui"));
    }

    @Test
    void theLinkIsMailedWithoutAnyPasswordOnlyItsHashIsStoredAndItServesOnceAndUnlocksTheLogin() throws SQLException {
        Connexion.en(ADMIN);
        Account compte = nouveauCompte();
        for (int i = 0; i < 5; i++) {
            connexion(compte.getLogin(), "mauvais mot de passe " + i);
        }

        Instant expire = comptes.envoyerLien(compte.getId());

        Courrier courrier = courriers.findByDestinataire(compte.getEmail()).get(0);
        String texte = texte(courrier);
        String jeton = jeton(texte);
        assertThat(courrier.getObjet()).isEqualTo("Passpro : choisissez votre mot de passe");
        assertThat(texte).contains("identifiant : " + compte.getLogin(), "ne sert qu'une fois",
                "/passpro/mot-de-passe.xhtml?jeton=" + jeton);
        assertThat(expire).isBetween(Instant.now().plus(Duration.ofHours(71)), Instant.now().plus(Duration.ofHours(73)));
        assertThat(jetonsEnBase(compte)).containsExactly(LienMotDePasse.hacher(jeton)).doesNotContain(jeton);
        assertThat(journal.lignesSur("compte", String.valueOf(compte.getId())))
                .filteredOn(l -> l.getAction().equals(AuditEvent.LIEN_MOT_DE_PASSE_ENVOYE)).singleElement()
                .satisfies(l -> assertThat(l.getDetail()).contains(compte.getEmail()).doesNotContain(jeton)
                        .doesNotContain(LienMotDePasse.hacher(jeton)));

        assertThat(motsDePasse.ouvrir(jeton).login()).isEqualTo(compte.getLogin());
        assertThat(motsDePasse.definir(jeton, MOT_DE_PASSE.toCharArray(), MOT_DE_PASSE.toCharArray()))
                .isEqualTo(compte.getLogin());

        // The lock-out of the five failures is gone; the password works.
        assertThat(connexion(compte.getLogin(), MOT_DE_PASSE)).isEqualTo(CredentialValidationResult.Status.VALID);
        String hash = accounts.findByLogin(compte.getLogin()).orElseThrow().getPasswordHash().orElseThrow();
        assertThatThrownBy(() -> motsDePasse.definir(jeton, "autre mot de passe 9".toCharArray(),
                "autre mot de passe 9".toCharArray()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Ce lien a déjà servi");
        assertThatThrownBy(() -> motsDePasse.ouvrir(jeton)).isInstanceOf(InvalidValueException.class);
        assertThat(accounts.findByLogin(compte.getLogin()).orElseThrow().getPasswordHash()).hasValue(hash);
        assertThat(courriers.findByDestinataire(compte.getEmail())).allSatisfy(c ->
                assertThat(texte(c)).doesNotContain(MOT_DE_PASSE).doesNotContain(hash));
        assertThat(journal.lignesSur("compte", String.valueOf(compte.getId())))
                .filteredOn(l -> l.getAction().equals(AuditEvent.MOT_DE_PASSE_DEFINI)).singleElement()
                .satisfies(l -> {
                    assertThat(l.getLogin()).isEqualTo(compte.getLogin());
                    assertThat(l.getDetail()).doesNotContain(MOT_DE_PASSE).doesNotContain(hash);
                });
    }

    @Test
    void anExpiredReplacedOrUnknownLinkOrAWeakPasswordChangesNothing() {
        Connexion.en(ADMIN);
        Account compte = nouveauCompte();
        Instant envoi = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HorlogeDeTest.regler(envoi);
        comptes.envoyerLien(compte.getId());
        String premier = jeton(texte(courriers.findByDestinataire(compte.getEmail()).get(0)));

        assertThatThrownBy(() -> motsDePasse.definir(premier, "court1".toCharArray(), "court1".toCharArray()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("au moins 12 caractères");
        assertThatThrownBy(() -> motsDePasse.definir(premier, "sans chiffre du tout".toCharArray(),
                "sans chiffre du tout".toCharArray()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("au moins un chiffre");
        assertThatThrownBy(() -> motsDePasse.definir("jetonInconnu", MOT_DE_PASSE.toCharArray(), MOT_DE_PASSE.toCharArray()))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Ce lien n'est pas valide");

        HorlogeDeTest.regler(envoi.plus(Duration.ofHours(72)));

        assertThatThrownBy(() -> motsDePasse.ouvrir(premier))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Ce lien a expiré le");
        assertThatThrownBy(() -> motsDePasse.definir(premier, MOT_DE_PASSE.toCharArray(), MOT_DE_PASSE.toCharArray()))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("Ce lien a expiré le");
        assertThat(accounts.findByLogin(compte.getLogin()).orElseThrow().getPasswordHash()).isEmpty();

        // A new link works, and replaces the old one if the old one had still been valid.
        HorlogeDeTest.regler(envoi.plus(Duration.ofHours(73)));
        comptes.envoyerLien(compte.getId());
        String second = jeton(texte(courriers.findByDestinataire(compte.getEmail()).get(0)));
        comptes.envoyerLien(compte.getId());
        String troisieme = jeton(texte(courriers.findByDestinataire(compte.getEmail()).get(0)));
        assertThatThrownBy(() -> motsDePasse.ouvrir(second))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("remplacé par un lien plus récent");
        motsDePasse.definir(troisieme, MOT_DE_PASSE.toCharArray(), MOT_DE_PASSE.toCharArray());
        assertThat(accounts.findByLogin(compte.getLogin()).orElseThrow().getPasswordHash()).isPresent();
    }

    @Test
    void anAdminCannotCreateAnAccountInAnotherAcademieAndTheRefusalIsAudited() {
        Etablissement versailles = collegeDeVersailles();
        Connexion.en(ADMIN);
        String email = "versailles.refus." + Donnees.unique() + "@ac-versailles.fr";

        assertThatThrownBy(() -> comptes.creer(new NouveauCompte(null, "Paul", "Refus", email, versailles.getId(),
                Role.ORIGINE, false)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Accès refusé : l'établissement " + versailles.getNom() + " (" + versailles.getUai()
                        + ") n'est pas de votre académie.");

        assertThat(courriers.findByDestinataire(email)).isEmpty();
        assertThat(compteParEmail(email)).isFalse();
        assertThat(journal.lignesSur("etablissement", String.valueOf(versailles.getId())))
                .filteredOn(l -> l.getLogin().equals(ADMIN) && l.getAction().equals(AuditEvent.ACCES_REFUSE))
                .last().satisfies(l -> {
                    assertThat(l.getDetail()).contains("création d'un compte", "n'est pas de votre académie");
                    assertThat(l.getAdresse()).isNotBlank();
                });
        assertThat(comptes.etablissements()).extracting(Etablissement::getId).doesNotContain(versailles.getId());
    }

    @Test
    void aChefManagesTheOwnEtablissementOnlyAndEachRefusalIsAudited() {
        String chef = chefDe(college);
        Etablissement autreCollege = donnees.nouveauCollege();
        Account autreCompte = accounts.findByLogin(donnees.nouveauCompte(autreCollege)).orElseThrow();
        Connexion.en(chef);

        Account cree = comptes.creer(new NouveauCompte("test.comptes." + Donnees.unique(), "Rita", "Référente",
                "rita." + Donnees.unique() + "@ac-creteil.fr", college.getId(), Role.ORIGINE, false));
        assertThat(comptes.etablissements()).extracting(Etablissement::getId).containsExactly(college.getId());
        assertThat(comptes.rechercher(null, null)).extracting(Account::getLogin).contains(cree.getLogin(), chef)
                .doesNotContain(autreCompte.getLogin());
        comptes.envoyerLien(cree.getId());
        assertThat(journal.lignesSur("compte", String.valueOf(cree.getId()))).extracting(AuditEvent::getAction, AuditEvent::getLogin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditEvent.COMPTE_CREE, chef),
                        org.assertj.core.groups.Tuple.tuple(AuditEvent.LIEN_MOT_DE_PASSE_ENVOYE, chef));

        assertThatThrownBy(() -> comptes.desactiver(autreCompte.getId()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Accès refusé : un chef d'établissement ne gère que les comptes de son établissement.");
        assertThat(accounts.findByLogin(autreCompte.getLogin()).orElseThrow().isActif()).isTrue();
        assertThat(journal.lignesSur("compte", String.valueOf(autreCompte.getId())))
                .singleElement().satisfies(l -> {
                    assertThat(l.getAction()).isEqualTo(AuditEvent.ACCES_REFUSE);
                    assertThat(l.getLogin()).isEqualTo(chef);
                    assertThat(l.getDetail()).contains("désactivation");
                });

        assertThatThrownBy(() -> comptes.creer(new NouveauCompte(null, "Hors", "Périmètre",
                "hors." + Donnees.unique() + "@ac-creteil.fr", autreCollege.getId(), Role.ORIGINE, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(journal.lignesSur("etablissement", String.valueOf(autreCollege.getId())))
                .extracting(AuditEvent::getAction, AuditEvent::getLogin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditEvent.ACCES_REFUSE, chef));
        assertThat(comptes.rechercher(null, null)).hasSize(2);
        assertThatThrownBy(() -> comptes.desactiver(accounts.findByLogin(chef).orElseThrow().getId()))
                .isInstanceOf(InvalidValueException.class).hasMessage("Vous ne pouvez pas désactiver votre propre compte.");
    }

    @Test
    void anAccountThatIsNeitherAdminNorChefGetsEJBAccessException() {
        Connexion.en(donnees.nouveauCompte(college));

        assertThatThrownBy(() -> comptes.rechercher(null, null)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> comptes.creer(new NouveauCompte(null, "Non", "Autorisé",
                "non." + Donnees.unique() + "@ac-creteil.fr", college.getId(), Role.ORIGINE, true)))
                .isInstanceOf(EJBAccessException.class);
    }

    private Account nouveauCompte() {
        String nom = "Comptes" + Donnees.unique();
        return comptes.creer(new NouveauCompte(null, "Test", nom, "test." + nom + "@ac-creteil.fr", college.getId(),
                Role.ORIGINE, false));
    }

    /** A new account of the collège whose owner chose {@link #MOT_DE_PASSE} through the link. */
    private Account compteAvecMotDePasse() {
        Account compte = nouveauCompte();
        comptes.envoyerLien(compte.getId());
        motsDePasse.definir(jeton(texte(courriers.findByDestinataire(compte.getEmail()).get(0))),
                MOT_DE_PASSE.toCharArray(), MOT_DE_PASSE.toCharArray());
        return compte;
    }

    private String chefDe(Etablissement etablissement) {
        String login = "test.chef." + Donnees.unique();
        Account chef = Account.pourEtablissement(login, "Chef", "Test", login + "@ac-creteil.fr", Role.ORIGINE, true,
                etablissement);
        chef.changerMotDePasse(hasher.hash(Connexion.MOT_DE_PASSE_DEMO.toCharArray()));
        accounts.save(chef);
        return login;
    }

    /** The Versailles collège of the tests (ScopeIT's): no account is created there (Versailles accounts are versailles.*). */
    private Etablissement collegeDeVersailles() {
        Uai uai = Uai.withCheckLetter("0781234");
        return etablissements.findByUai(uai).orElseGet(() -> etablissements.save(new Etablissement(uai,
                "Collège de Versailles (test)", Nature.COLLEGE, Secteur.PUBLIC, "Versailles", academies.getDepartement("078"))));
    }

    private CredentialValidationResult.Status connexion(String login, String motDePasse) {
        return identityStore.validate(new UsernamePasswordCredential(login, motDePasse)).getStatus();
    }

    private static String jeton(String texte) {
        Matcher m = LIEN.matcher(texte);
        assertThat(m.find()).as("lien dans le courriel : %s", texte).isTrue();
        return m.group(1);
    }

    private List<String> jetonsEnBase(Account compte) throws SQLException {
        try (Connection c = base.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT jeton_hash FROM lien_mot_de_passe WHERE account_id = ?")) {
            st.setLong(1, compte.getId());
            try (ResultSet rs = st.executeQuery()) {
                List<String> hashes = new java.util.ArrayList<>();
                while (rs.next()) {
                    hashes.add(rs.getString(1));
                }
                return hashes;
            }
        }
    }

    private boolean compteParEmail(String email) {
        return sql("SELECT COUNT(*) FROM account WHERE email = ?", email).equals("1");
    }

    /** The body of a queued mail, read from the table (it is loaded lazily). */
    private String texte(Courrier courrier) {
        return sql("SELECT texte FROM courrier WHERE id = ?", courrier.getId());
    }

    private String sql(String requete, Object parametre) {
        try (Connection c = base.getConnection(); PreparedStatement st = c.prepareStatement(requete)) {
            st.setObject(1, parametre);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
