package fr.passpro.it.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.inscription.InscriptionService;
import fr.passpro.application.planning.ApercuPlanification;
import fr.passpro.application.planning.ConflitPlanificationException;
import fr.passpro.application.planning.NouvelleSeance;
import fr.passpro.application.planning.PlanningService;
import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.DelaiDepasseException;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Deroulement;
import fr.passpro.domain.planning.Horaires;
import fr.passpro.domain.planning.RegleSerie;
import fr.passpro.domain.planning.Seance;
import fr.passpro.domain.planning.SeanceCompleteException;
import fr.passpro.domain.planning.StatutConvocation;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.scope.Scope;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.infrastructure.mail.EnvoiCourriers;
import fr.passpro.infrastructure.persistence.CourrierRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.PlanningRepository;
import fr.passpro.it.Deployments;
import fr.passpro.it.support.Connexion;
import fr.passpro.it.support.Donnees;
import fr.passpro.it.support.HorlogeDeTest;
import fr.passpro.it.support.Parallele;
import jakarta.inject.Inject;
import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Planning on the real server and database, with the clock set by the test and the outbox worker stopped (the test
 * reads the queued mails): the last seats of a collective séance taken by many staff at once, the deadline of the
 * convocations, wall-clock times across the change to summer time, a pupil who renounces after being convoked, the
 * refusals.
 */
@ExtendWith(ArquillianExtension.class)
class PlanningServiceIT {

    private static final String LEONARD_DE_VINCI = "0930135S";
    private static final String JEAN_LURCAT = "0940132H";
    private static final String FLORA_TRISTAN = "0770942F";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withConfig(Deployments.passproWithTestClock(PlanningServiceIT.class),
                EnvoiCourriers.AUTOMATIQUE + "=false\n");
    }

    @Inject
    Donnees donnees;

    @Inject
    PlanningService planning;

    @Inject
    InscriptionService inscriptions;

    @Inject
    PlanningRepository repository;

    @Inject
    Parallele parallele;

    @Inject
    InscriptionRepository inscriptionsRepository;

    @Inject
    CourrierRepository courriers;

    @Inject
    JournalAudit journal;

    @Resource(lookup = "jdbc/passpro")
    DataSource base;

    private Campagne campagne;
    private Etablissement college;
    private String collegeLogin;
    private Referent referent;

    @BeforeEach
    void aCollegeWithAReferentInMarch() {
        campagne = donnees.campagne();
        college = donnees.nouveauCollege();
        collegeLogin = donnees.nouveauCompte(college);
        referent = donnees.nouveauReferent(college);
        HorlogeDeTest.regler(paris(annee(Month.MARCH, 15), LocalTime.of(10, 0)));
    }

    @AfterEach
    void realTimeAgain() {
        HorlogeDeTest.regler(null);
    }

    @Test
    void manyStaffTakingTheLastSeatsOfACollectiveSeanceAtOnceFillItToItsCapacityAndNoMore() throws Exception {
        Formation collective = formation(LEONARD_DE_VINCI, ModaliteEntretien.COLLECTIF);
        List<Inscription> candidats = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            candidats.add(inscrire(collective));
        }
        String lycee = donnees.nouveauCompteLycee(collective.getAccueilReferent());
        Connexion.en(lycee);
        Seance seance = planning.creerSeance(collective(collective, annee(Month.MARCH, 17), 3));

        CountDownLatch depart = new CountDownLatch(candidats.size());
        List<Future<Object>> appels = new ArrayList<>();
        for (Inscription candidat : candidats) {
            appels.add(parallele.appeler(depart, () -> convoquerEnInsistant(candidat.getId(), seance.getId())));
        }
        List<Object> resultats = new ArrayList<>();
        for (Future<Object> appel : appels) {
            resultats.add(appel.get(60, TimeUnit.SECONDS));
        }

        assertThat(resultats).filteredOn(r -> r instanceof Convocation).as("convoqués parmi %s", resultats).hasSize(3);
        assertThat(resultats).filteredOn(r -> r instanceof SeanceCompleteException).as("refusés : séance complète")
                .hasSize(5).first().extracting(r -> ((Exception) r).getMessage()).asString()
                .contains("est complète (3 places)");
        assertThat(repository.findConvocationsActives(seance.getId())).hasSize(3);
        assertThat(placesPrises(seance)).isEqualTo(3);
    }

    /** What a person does when told somebody changed the séance at the same moment: tries again. */
    private Object convoquerEnInsistant(long inscriptionId, long seanceId) {
        for (int essai = 0; ; essai++) {
            try {
                return planning.convoquer(inscriptionId, seanceId);
            } catch (ConflitPlanificationException e) {
                if (essai == 20) {
                    throw e;
                }
            }
        }
    }

    @Test
    void aConvokedPupilWhoRenouncesFreesTheSeatAndTheLyceeIsToldByMail() {
        Formation individuelle = formation(JEAN_LURCAT, ModaliteEntretien.INDIVIDUEL);
        Inscription inscription = inscrire(individuelle);
        Connexion.en(donnees.nouveauCompteLycee(individuelle.getAccueilReferent()));
        Seance seance = planning.creerSeance(individuelle(individuelle, annee(Month.MARCH, 24).atTime(14, 0)));
        Convocation convocation = planning.convoquer(inscription.getId(), seance.getId());
        assertThat(placesPrises(seance)).isEqualTo(1);
        assertThat(statut(inscription)).isEqualTo(StatutInscription.CONVOQUEE);

        Connexion.en(collegeLogin);
        inscriptions.retirer(inscription.getId());

        assertThat(placesPrises(seance)).as("place libérée").isZero();
        Convocation annulee = repository.findConvocationDe(inscription.getId()).orElseThrow();
        assertThat(annulee.getStatut()).isEqualTo(StatutConvocation.ANNULEE);
        assertThat(annulee.getSequence()).as("l'annulation remplace l'invitation").isEqualTo(convocation.getSequence() + 1);
        assertThat(statut(inscription)).isEqualTo(StatutInscription.RETIREE);
        List<Courrier> courriers = courriersA(individuelle.getAccueilReferent().getMailFonctionnel());
        assertThat(courriers).extracting(Courrier::getObjet).anySatisfy(objet -> assertThat(objet)
                .contains(inscription.getEleve().getNomComplet(), "a renoncé", "est libérée"));
        assertThat(courriersA(referent.getEmail())).extracting(Courrier::getObjet)
                .anySatisfy(objet -> assertThat(objet).startsWith("Convocation annulée"));
    }

    @Test
    void aSeriesOfSeancesThenTheAutomaticPlanConvokesEveryCandidateOfACollegeInConsecutiveSeances() {
        // A lycée and domaine no other test of this class plans in.
        Formation individuelle = formation(FLORA_TRISTAN, ModaliteEntretien.INDIVIDUEL);
        List<Inscription> candidats = List.of(inscrire(individuelle), inscrire(individuelle), inscrire(individuelle));
        Connexion.en(donnees.nouveauCompteLycee(individuelle.getAccueilReferent()));
        LocalDate lundi = annee(Month.MAY, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        String salle = "Série " + Donnees.unique();

        var serie = planning.genererSeances(new NouvelleSeance(individuelle.getDomaine().getId(), Set.of(),
                        ModaliteEntretien.INDIVIDUEL, Deroulement.PRESENTIEL, null, null, salle, null, 1, null),
                new RegleSerie(Set.of(DayOfWeek.MONDAY), lundi, lundi, LocalTime.of(8, 0), LocalTime.of(9, 0),
                        java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(5)));
        assertThat(serie.creees()).as("8:00, 8:20, 8:40").isEqualTo(3);
        int courriersAvant = courriersA(referent.getEmail()).size();

        // Issue 18: the preview says how many and where, and convokes nor mails anybody.
        var apercu = planning.apercuPlanification(individuelle.getDomaine().getId());
        assertThat(apercu.aConvoquer()).isEqualTo(3);
        assertThat(apercu.nonPlaces()).isEmpty();
        assertThat(apercu.seances()).extracting(ApercuPlanification.Ligne::candidats).containsExactly(1, 1, 1);
        assertThat(apercu.seances()).extracting(ApercuPlanification.Ligne::horaires).containsExactly(
                Horaires.texte(lundi.atTime(8, 0), lundi.atTime(8, 15)),
                Horaires.texte(lundi.atTime(8, 20), lundi.atTime(8, 35)),
                Horaires.texte(lundi.atTime(8, 40), lundi.atTime(8, 55)));
        assertThat(apercu.seances()).extracting(ApercuPlanification.Ligne::lieu).containsOnly(salle);
        for (Inscription candidat : candidats) {
            assertThat(repository.findConvocationDe(candidat.getId())).as("rien avant la confirmation").isEmpty();
            assertThat(statut(candidat)).isEqualTo(StatutInscription.INSCRITE);
        }
        assertThat(courriersA(referent.getEmail())).hasSize(courriersAvant);

        var resultat = planning.planifier(individuelle.getDomaine().getId());

        assertThat(resultat.places()).isEqualTo(3);
        assertThat(resultat.nonPlaces()).isEmpty();
        List<LocalDateTime> heures = new ArrayList<>();
        for (Inscription candidat : candidats) {
            Convocation convocation = repository.findConvocationDe(candidat.getId()).orElseThrow();
            assertThat(convocation.isActive()).isTrue();
            assertThat(statut(candidat)).isEqualTo(StatutInscription.CONVOQUEE);
            heures.add(convocation.getSeance().getDebut());
        }
        assertThat(heures).as("les élèves du collège dans des séances qui se suivent").containsExactlyInAnyOrder(
                lundi.atTime(8, 0), lundi.atTime(8, 20), lundi.atTime(8, 40));
        assertThat(courriersA(referent.getEmail())).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aConvokedCandidateMovedToAnotherSeanceFreesTheFirstAndIsNotInConflictWithTheInterviewItLeaves() {
        Formation individuelle = formation(JEAN_LURCAT, ModaliteEntretien.INDIVIDUEL);
        Inscription inscription = inscrire(individuelle);
        Connexion.en(donnees.nouveauCompteLycee(individuelle.getAccueilReferent()));
        LocalDateTime neufHeures = annee(Month.APRIL, 21).atTime(9, 0);
        Seance premiere = planning.creerSeance(individuelle(individuelle, neufHeures));
        Seance chevauchante = planning.creerSeance(individuelle(individuelle, neufHeures.plusMinutes(10)));
        Convocation convocation = planning.convoquer(inscription.getId(), premiere.getId());

        Convocation deplacee = planning.convoquer(inscription.getId(), chevauchante.getId());

        assertThat(deplacee.getSeance().getId()).isEqualTo(chevauchante.getId());
        assertThat(deplacee.getSequence()).as("mise à jour de l'invitation").isEqualTo(convocation.getSequence() + 1);
        assertThat(placesPrises(premiere)).isZero();
        assertThat(placesPrises(chevauchante)).isEqualTo(1);
        assertThat(courriersA(referent.getEmail())).extracting(Courrier::getObjet)
                .anySatisfy(objet -> assertThat(objet).startsWith("Convocation modifiée"));
    }

    @Test
    void theDaySheetListsTheDaysInterviewsByRoomWithThePupilsCollege() throws Exception {
        Formation individuelle = formation(JEAN_LURCAT, ModaliteEntretien.INDIVIDUEL);
        Inscription inscription = inscrire(individuelle);
        Connexion.en(donnees.nouveauCompteLycee(individuelle.getAccueilReferent()));
        LocalDate jour = annee(Month.APRIL, 14);
        Seance seance = planning.creerSeance(individuelle(individuelle, jour.atTime(10, 0)));
        planning.convoquer(inscription.getId(), seance.getId());

        try (var classeur = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(planning.feuilleDuJourExcel(jour)))) {
            var lignes = new ArrayList<String>();
            classeur.getSheetAt(0).forEach(ligne -> {
                var cellules = new ArrayList<String>();
                ligne.forEach(cellule -> cellules.add(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cellule)));
                lignes.add(String.join(" | ", cellules));
            });
            assertThat(lignes).anySatisfy(l -> assertThat(l).contains(seance.getSalle(),
                    inscription.getEleve().getNomComplet(), college.getNom()));
        }
        assertThat(planning.feuilleDuJourPdf(jour)).startsWith("%PDF".getBytes());
    }

    @Test
    void convocationsAreOpenUntil235959On17MayParisTimeAndClosedAtMidnight() {
        Formation individuelle = formation(JEAN_LURCAT, ModaliteEntretien.INDIVIDUEL);
        Inscription avant = inscrire(individuelle);
        Inscription apres = inscrire(individuelle);
        Connexion.en(donnees.nouveauCompteLycee(individuelle.getAccueilReferent()));
        LocalDate limite = campagne.getDateLimiteConvocations();
        Seance s1 = planning.creerSeance(individuelle(individuelle, limite.plusDays(2).atTime(9, 0)));
        Seance s2 = planning.creerSeance(individuelle(individuelle, limite.plusDays(2).atTime(10, 0)));

        HorlogeDeTest.regler(paris(limite, LocalTime.of(23, 59, 59)));
        assertThat(planning.convoquer(avant.getId(), s1.getId()).isActive()).isTrue();

        HorlogeDeTest.regler(paris(limite.plusDays(1), LocalTime.MIDNIGHT));
        assertThatThrownBy(() -> planning.convoquer(apres.getId(), s2.getId()))
                .isInstanceOf(DelaiDepasseException.class)
                .hasMessageContaining("jusqu'au")
                .hasMessageContaining("impossible de convoquer un candidat");
        assertThat(repository.findConvocationDe(apres.getId())).isEmpty();
    }

    @Test
    void seancesOnTheSaturdayBeforeAndTheMondayAfterTheChangeToSummerTimeKeepTheirWallClockTimes() {
        Formation individuelle = formation(JEAN_LURCAT, ModaliteEntretien.INDIVIDUEL);
        Connexion.en(donnees.nouveauCompteLycee(individuelle.getAccueilReferent()));
        LocalDate dimanche = annee(Month.MARCH, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
        Seance samedi = planning.creerSeance(individuelle(individuelle, dimanche.minusDays(1).atTime(13, 30)));
        Seance lundi = planning.creerSeance(individuelle(individuelle, dimanche.plusDays(1).atTime(13, 30)));

        assertThat(enBase(samedi)).as("colonnes de la table").isEqualTo(dimanche.minusDays(1) + " 13:30 13:50");
        assertThat(enBase(lundi)).isEqualTo(dimanche.plusDays(1) + " 13:30 13:50");
        List<Seance> relues = planning.seances(dimanche.minusDays(1), dimanche.plusDays(1)).stream()
                .filter(s -> s.getId().equals(samedi.getId()) || s.getId().equals(lundi.getId())).toList();
        assertThat(relues).extracting(Seance::getHoraires).containsExactly(
                Horaires.jour(dimanche.minusDays(1).atStartOfDay()) + " de 13 h 30 à 13 h 50",
                Horaires.jour(dimanche.plusDays(1).atStartOfDay()) + " de 13 h 30 à 13 h 50");
        assertThat(relues.get(0).getHoraires()).startsWith("samedi");
        assertThat(relues.get(1).getHoraires()).startsWith("lundi");
    }

    @Test
    void aLyceeCannotConvokeAnotherLyceesCandidateAndTheAttemptIsAudited() {
        Formation lurcat = formation(JEAN_LURCAT, ModaliteEntretien.INDIVIDUEL);
        Formation vinci = formation(LEONARD_DE_VINCI, ModaliteEntretien.COLLECTIF);
        Inscription candidatDeLurcat = inscrire(lurcat);
        Connexion.en(donnees.nouveauCompteLycee(vinci.getAccueilReferent()));
        Seance seance = planning.creerSeance(collective(vinci, annee(Month.MARCH, 18), 5));

        assertThatThrownBy(() -> planning.convoquer(candidatDeLurcat.getId(), seance.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.findConvocationDe(candidatDeLurcat.getId())).isEmpty();
        assertThat(journal.lignesSur("inscription", String.valueOf(candidatDeLurcat.getId())))
                .extracting(AuditEvent::getAction).contains(AuditEvent.ACCES_REFUSE);
    }

    @Test
    void badSeancesAreRefusedWithAFrenchMessageAndNothingIsCreated() {
        Formation individuelle = formation(JEAN_LURCAT, ModaliteEntretien.INDIVIDUEL);
        Connexion.en(donnees.nouveauCompteLycee(individuelle.getAccueilReferent()));
        LocalDateTime jour = annee(Month.MARCH, 25).atTime(9, 0);
        Seance premiere = planning.creerSeance(individuelle(individuelle, jour));
        long avant = compterSeances();

        assertThatThrownBy(() -> planning.creerSeance(new NouvelleSeance(individuelle.getDomaine().getId(), Set.of(),
                ModaliteEntretien.INDIVIDUEL, Deroulement.PRESENTIEL, jour.plusHours(2), jour.plusHours(1), "B1", null,
                1, null))).isInstanceOf(InvalidValueException.class).hasMessageContaining("doit finir après son début");
        assertThatThrownBy(() -> planning.creerSeance(individuelle(individuelle,
                campagne.getDateLimiteEntretiens().plusDays(1).atTime(9, 0))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("n'en fait pas partie");
        assertThatThrownBy(() -> planning.creerSeance(new NouvelleSeance(individuelle.getDomaine().getId(), Set.of(),
                ModaliteEntretien.INDIVIDUEL, Deroulement.PRESENTIEL, jour.plusMinutes(10), jour.plusMinutes(30),
                premiere.getSalle(), null, 1, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("est déjà prise");
        assertThatThrownBy(() -> planning.creerSeance(new NouvelleSeance(individuelle.getDomaine().getId(), Set.of(),
                ModaliteEntretien.INDIVIDUEL, Deroulement.DISTANCIEL, jour.plusHours(3), jour.plusHours(4), null,
                "http://visio.example.fr/salle", 1, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("https://");
        // séances that could never receive anybody: one in the past (the clock says 15 March, 10:00), a collective
        // séance for an individual formation
        assertThatThrownBy(() -> planning.creerSeance(individuelle(individuelle, annee(Month.MARCH, 15).atTime(9, 0))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("déjà passé");
        assertThatThrownBy(() -> planning.creerSeance(collective(individuelle, annee(Month.MARCH, 26), 10)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Aucune des formations choisies n'a d'entretien collectif");
        assertThat(compterSeances()).isEqualTo(avant);
    }

    private Inscription inscrire(Formation formation) {
        Connexion.en(collegeLogin);
        var eleve = donnees.nouvelEleve(college);
        return inscriptions.inscrire(eleve.getId(), formation.getDomaine().getId(),
                formation.getAccueilReferent().getId(), referent.getId(), List.of(formation.getId()));
    }

    private Formation formation(String uaiAccueil, ModaliteEntretien modalite) {
        return donnees.formations().stream()
                .filter(f -> f.getAccueilReferent().getUai().toString().equals(uaiAccueil) && f.getModalite() == modalite)
                .findFirst().orElseThrow(() -> new IllegalStateException("catalogue de démonstration sans formation "
                        + modalite + " à " + uaiAccueil));
    }

    private NouvelleSeance collective(Formation formation, LocalDate jour, int capacite) {
        return new NouvelleSeance(formation.getDomaine().getId(), Set.of(formation.getId()),
                ModaliteEntretien.COLLECTIF, Deroulement.PRESENTIEL, jour.atTime(14, 0), jour.atTime(15, 30),
                "Amphi " + Donnees.unique(), null, capacite, "Mme Test");
    }

    private NouvelleSeance individuelle(Formation formation, LocalDateTime debut) {
        return new NouvelleSeance(formation.getDomaine().getId(), Set.of(), ModaliteEntretien.INDIVIDUEL,
                Deroulement.PRESENTIEL, debut, debut.plusMinutes(20), "B" + Donnees.unique(), null, 1, null);
    }

    private LocalDate annee(Month mois, int jour) {
        return LocalDate.of(campagne.getDateOuverture().getYear(), mois, jour);
    }

    private static Instant paris(LocalDate date, LocalTime heure) {
        return ZonedDateTime.of(date, heure, Campagne.ZONE).toInstant();
    }

    private int placesPrises(Seance seance) {
        return lire("SELECT places_prises FROM seance WHERE id = " + seance.getId());
    }

    private StatutInscription statut(Inscription inscription) {
        return inscriptionsRepository.findVisibleById(Scope.academie(Academie.CRETEIL), inscription.getId())
                .orElseThrow().getStatut();
    }

    private int compterSeances() {
        return lire("SELECT COUNT(*) FROM seance");
    }

    /** « 2027-03-27 13:30 13:50 »: what the table holds, without the application's mapping. */
    private String enBase(Seance seance) {
        try (Connection c = base.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT DATE(debut), TIME_FORMAT(debut, '%H:%i'), TIME_FORMAT(fin, '%H:%i')"
                     + " FROM seance WHERE id = " + seance.getId())) {
            rs.next();
            return rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int lire(String sql) {
        try (Connection c = base.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Courrier> courriersA(String adresse) {
        return courriers.findByDestinataire(adresse);
    }
}
