package fr.passpro.it.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.application.planning.SuiviPlanningService;
import fr.passpro.application.security.PasswordHasher;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.CodeFormation;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Deroulement;
import fr.passpro.domain.planning.Seance;
import fr.passpro.domain.planning.suivi.BilanLycee;
import fr.passpro.domain.planning.suivi.CandidatAConvoquer;
import fr.passpro.domain.planning.suivi.SuiviAcademie;
import fr.passpro.domain.planning.suivi.SuiviLycee;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import fr.passpro.infrastructure.persistence.EleveRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.PlanningRepository;
import fr.passpro.infrastructure.persistence.ReferentRepository;
import fr.passpro.it.Deployments;
import fr.passpro.it.support.Connexion;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The follow-up of the convocations, scoped: a lycée counts and lists only its own candidates still to convoke
 * (registered by the cut-off, not withdrawn, not convoked); the académie sees every lycée's counts, the largest backlog
 * first; neither reads the other's view.
 */
@ExtendWith(ArquillianExtension.class)
class SuiviPlanningServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.passproWithTests(SuiviPlanningServiceIT.class, Connexion.class);
    }

    @Inject
    SuiviPlanningService suivi;

    @Inject
    CampagneRepository campagnes;

    @Inject
    AcademieRepository academies;

    @Inject
    EtablissementRepository etablissements;

    @Inject
    CatalogueImportRepository catalogue;

    @Inject
    AccountRepository accounts;

    @Inject
    EleveRepository eleves;

    @Inject
    ReferentRepository referents;

    @Inject
    InscriptionRepository inscriptions;

    @Inject
    PlanningRepository planning;

    @Inject
    PasswordHasher hasher;

    @Resource
    UserTransaction transaction;

    /** What the fixture made: two new lycées, their accounts and the pupils' names. */
    record Jeu(Etablissement lyceeA, String loginA, Etablissement lyceeB, String loginB, String collegeLogin,
               String aConvoquerA, String convoqueA, String retireA, String tardifA, List<String> aConvoquerB) {
    }

    @Test
    void aLyceeCountsAndListsOnlyItsOwnCandidatesStillToConvoke() throws Exception {
        Jeu jeu = jeu();
        Connexion.en(jeu.loginA());

        SuiviLycee suiviA = suivi.suiviDuLycee().orElseThrow();

        BilanLycee bilan = suiviA.bilan();
        assertThat(bilan.lyceeId()).isEqualTo(jeu.lyceeA().getId());
        assertThat(bilan.candidats()).as("inscrits jusqu'à la clôture, hors retirés").isEqualTo(2);
        assertThat(bilan.convoques()).isEqualTo(1);
        assertThat(bilan.aConvoquer()).isEqualTo(1);
        assertThat(suiviA.premiers()).extracting(CandidatAConvoquer::nom).containsExactly(jeu.aConvoquerA())
                .doesNotContain(jeu.convoqueA(), jeu.retireA(), jeu.tardifA());
        assertThat(suiviA.autres()).isZero();
        assertThat(suiviA.dateLimite()).isEqualTo(campagnes.getCourante("24").getDateLimiteConvocations());
    }

    @Test
    void anotherLyceeSeesItsOwnCandidatesAndNoneOfTheFirstOnes() throws Exception {
        Jeu jeu = jeu();
        Connexion.en(jeu.loginB());

        SuiviLycee suiviB = suivi.suiviDuLycee().orElseThrow();

        assertThat(suiviB.bilan().lyceeId()).isEqualTo(jeu.lyceeB().getId());
        assertThat(suiviB.bilan().candidats()).isEqualTo(2);
        assertThat(suiviB.bilan().aConvoquer()).isEqualTo(2);
        assertThat(suiviB.premiers()).extracting(CandidatAConvoquer::nom)
                .containsExactlyInAnyOrderElementsOf(jeu.aConvoquerB())
                .doesNotContain(jeu.aConvoquerA(), jeu.convoqueA());
    }

    @Test
    void theAcademieSeesEveryLyceeLargestBacklogFirst() throws Exception {
        Jeu jeu = jeu();
        Connexion.en("admin.creteil");

        SuiviAcademie academie = suivi.suiviDeLAcademie().orElseThrow();

        List<Long> ordre = academie.lycees().stream().map(BilanLycee::lyceeId).toList();
        assertThat(ordre).contains(jeu.lyceeA().getId(), jeu.lyceeB().getId());
        assertThat(ordre.indexOf(jeu.lyceeB().getId())).as("2 à convoquer avant 1").isLessThan(
                ordre.indexOf(jeu.lyceeA().getId()));
        BilanLycee a = academie.lycees().get(ordre.indexOf(jeu.lyceeA().getId()));
        assertThat(a.candidats()).isEqualTo(2);
        assertThat(a.aConvoquer()).isEqualTo(1);
        assertThat(a.nom()).isEqualTo(jeu.lyceeA().getNom());
        BilanLycee b = academie.lycees().get(ordre.indexOf(jeu.lyceeB().getId()));
        assertThat(b.candidats()).isEqualTo(2);
        assertThat(b.aConvoquer()).isEqualTo(2);
        assertThat(academie.lycees()).extracting(BilanLycee::aConvoquer).isSortedAccordingTo((x, y) -> Long.compare(y, x));
        assertThat(academie.aConvoquer()).isGreaterThanOrEqualTo(3);
        assertThat(academie.candidats()).isEqualTo(academie.convoques() + academie.aConvoquer());
    }

    // One caller per test: a second login in the same request does not change the EJB caller.

    @Test
    void aLyceeDoesNotReadTheAcademiesView() throws Exception {
        Jeu jeu = jeu();
        Connexion.en(jeu.loginA());
        assertThatThrownBy(() -> suivi.suiviDeLAcademie()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aCollegeReadsNeitherView() throws Exception {
        Jeu jeu = jeu();
        Connexion.en(jeu.collegeLogin());
        assertThatThrownBy(() -> suivi.suiviDuLycee()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> suivi.suiviDeLAcademie()).isInstanceOf(EJBAccessException.class);
    }

    /**
     * Lycée A: one candidate to convoke, one convoked, one withdrawn, one registered after the cut-off (a délai);
     * lycée B: two candidates to convoke. All pupils of one new collège.
     */
    private Jeu jeu() throws Exception {
        transaction.begin();
        try {
            Campagne campagne = campagnes.getCourante("24");
            Domaine domaine = catalogue.findDomaine("Métiers de la relation client").orElseThrow();
            Etablissement lyceeA = lycee();
            Etablissement lyceeB = lycee();
            Formation formationA = formation(campagne, domaine, lyceeA);
            Formation formationB = formation(campagne, domaine, lyceeB);
            String loginA = compte(Account.pourEtablissement("lp." + unique(), "Test", "Lycée", unique() + "@ac-creteil.fr",
                    Role.ACCUEIL, false, lyceeA));
            String loginB = compte(Account.pourEtablissement("lp." + unique(), "Test", "Lycée", unique() + "@ac-creteil.fr",
                    Role.ACCUEIL, false, lyceeB));

            Uai uaiCollege = Uai.withCheckLetter("093" + (1000 + ThreadLocalRandom.current().nextInt(9000)));
            Etablissement college = etablissements.findByUai(uaiCollege).orElseGet(() -> etablissements.save(
                    new Etablissement(uaiCollege, "Collège de test " + uaiCollege, Nature.COLLEGE, Secteur.PUBLIC,
                            "Bobigny", academies.getDepartement("093"))));
            String collegeLogin = compte(Account.pourEtablissement("test." + unique(), "Test", "Collège",
                    unique() + "@ac-creteil.fr", Role.ORIGINE, false, college));
            Account chef = accounts.findByLogin(collegeLogin).orElseThrow();
            Referent referent = referents.save(Referent.designer(college, "Referent", "Test", "ref." + unique()
                    + "@ac-creteil.fr"));

            Instant avantCloture = campagne.finInscriptions().minus(Duration.ofDays(3));
            Inscription aConvoquerA = inscrire(campagne, college, referent, domaine, lyceeA, formationA, chef, avantCloture);
            Inscription convoqueA = inscrire(campagne, college, referent, domaine, lyceeA, formationA, chef, avantCloture);
            Inscription retireA = inscrire(campagne, college, referent, domaine, lyceeA, formationA, chef, avantCloture);
            Inscription tardifA = inscrire(campagne, college, referent, domaine, lyceeA, formationA, chef,
                    campagne.finInscriptions().plus(Duration.ofHours(2)));
            Inscription b1 = inscrire(campagne, college, referent, domaine, lyceeB, formationB, chef, avantCloture);
            Inscription b2 = inscrire(campagne, college, referent, domaine, lyceeB, formationB, chef, avantCloture);

            retireA.retirer(chef, avantCloture.plus(Duration.ofHours(1)));
            Account lp = accounts.findByLogin(loginA).orElseThrow();
            LocalDate jour = campagne.getDateLimiteEntretiens();
            Seance seance = Seance.creer(campagne, lyceeA, domaine, List.of(), ModaliteEntretien.INDIVIDUEL,
                    Deroulement.PRESENTIEL, jour.atTime(10, 0), jour.atTime(10, 30), "Salle 1", null, 1, null, lp,
                    Instant.now());
            planning.ajouter(seance);
            planning.ajouter(Convocation.convoquer(convoqueA, seance, "passpro.ac-creteil.fr", lp, Instant.now()));
            // Out of the current catalogue again, so that no other test counts these formations (a catalogue import
            // would otherwise report them as withdrawn).
            formationA.desactiver();
            formationB.desactiver();
            transaction.commit();
            return new Jeu(lyceeA, loginA, lyceeB, loginB, collegeLogin, nom(aConvoquerA), nom(convoqueA),
                    nom(retireA), nom(tardifA), List.of(nom(b1), nom(b2)));
        } catch (Exception | AssertionError e) {
            transaction.rollback();
            throw e;
        }
    }

    private Etablissement lycee() {
        Uai uai = Uai.withCheckLetter("094" + (1000 + ThreadLocalRandom.current().nextInt(9000)));
        return etablissements.findByUai(uai).orElseGet(() -> etablissements.save(new Etablissement(uai,
                "Lycée de test " + uai, Nature.LYCEE_PROFESSIONNEL, Secteur.PUBLIC, "Créteil",
                academies.getDepartement("094"))));
    }

    private Formation formation(Campagne campagne, Domaine domaine, Etablissement lycee) {
        String cfd = "400" + (10000 + ThreadLocalRandom.current().nextInt(90000));
        return catalogue.saveFormation(new Formation(campagne, CodeFormation.of(cfd), "Formation de test " + cfd,
                Diplome.SECONDE_PRO, "Métiers de la relation client", domaine, lycee, null, ModaliteEntretien.INDIVIDUEL,
                null));
    }

    private String compte(Account compte) {
        compte.changerMotDePasse(hasher.hash(Connexion.MOT_DE_PASSE_DEMO.toCharArray()));
        return accounts.save(compte).getLogin();
    }

    private Inscription inscrire(Campagne campagne, Etablissement college, Referent referent, Domaine domaine,
                                 Etablissement lycee, Formation formation, Account par, Instant instant) {
        Eleve eleve = eleves.save(Eleve.nouveau(college, campagne, "Suivi" + unique(), "Test",
                campagne.getDateOuverture().minusYears(14).withDayOfYear(100), "3e B", Dispositif.TROISIEME, null,
                instant));
        return inscriptions.ajouter(Inscription.inscrire(eleve, domaine, lycee, referent, List.of(formation), par, instant));
    }

    private static String nom(Inscription inscription) {
        return inscription.getEleve().getNom();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
