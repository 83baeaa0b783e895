package fr.passpro.it.campagne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.application.campagne.CampagneService;
import fr.passpro.application.campagne.CampagneService.Calendrier;
import fr.passpro.application.campagne.CampagneService.VueCampagne;
import fr.passpro.batch.campagne.CampagneJobs;
import fr.passpro.batch.campagne.CycleCampagneMinuterie;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.campagne.EtatCampagne;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.CourrierRepository;
import fr.passpro.it.Deployments;
import fr.passpro.it.catalogue.CatalogueFixture;
import fr.passpro.it.support.Connexion;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The campagne's jobs on the real Payara and MariaDB, each on a past campagne of its own with établissements no other
 * test knows: the cut-off locks the inscriptions and mails each lycée and collège once, even run twice; the closure,
 * failing in the middle then restarted, mails each établissement once and keeps the archive; who may start them; the
 * timer's next fire time in Paris; next year's campagne and the calendar's rules.
 */
@ExtendWith(ArquillianExtension.class)
class CycleCampagneIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.passproWithTestClock(CycleCampagneIT.class, CampagnePassee.class, CatalogueFixture.class);
    }

    @Inject
    CampagnePassee fixture;

    @Inject
    CampagneJobs jobs;

    @Inject
    CycleCampagneMinuterie minuterie;

    @Inject
    CampagneService service;

    @Inject
    CampagneRepository campagnes;

    @Inject
    AcademieRepository academies;

    @Inject
    CourrierRepository courriers;

    @Resource(lookup = "jdbc/passpro")
    DataSource base;

    @Test
    void theCutOffLocksTheInscriptionsAndMailsEachEtablissementOnceEvenRunTwice() {
        CampagnePassee.Jeu jeu = fixture.creer(3, 2);
        Connexion.en("admin.creteil");

        assertThat(attendre(jobs.demarrer(CampagneJobs.CLOTURE, jeu.campagneId(), null))).isEqualTo(BatchStatus.COMPLETED);
        Instant closes = campagne(jeu).getInscriptionsClosesLe();
        assertThat(closes).isNotNull();
        assertThat(campagne(jeu).isInscriptionOuverte(closes)).isFalse();
        assertThat(attendre(jobs.demarrer(CampagneJobs.CLOTURE, jeu.campagneId(), null))).isEqualTo(BatchStatus.COMPLETED);

        assertThat(campagne(jeu).getInscriptionsClosesLe()).as("le second passage garde l'heure du premier").isEqualTo(closes);
        assertThat(mails(jeu.boiteLycee(), "inscriptions closes")).singleElement().satisfies(c ->
                assertThat(c.getObjet()).contains("6 candidats, 6 à convoquer"));
        for (int i = 0; i < 3; i++) {
            List<String> eleves = jeu.eleves().subList(2 * i, 2 * i + 2);
            assertThat(mails(jeu.boitesColleges().get(i), "liste définitive")).as("collège %d", i).singleElement()
                    .satisfies(c -> {
                        assertThat(c.getObjet()).contains("2 inscriptions");
                        assertThat(texte(c)).contains(eleves.get(0) + " Élise (3e A)", eleves.get(1) + " Élise (3e A)");
                    });
            assertThat(courriers.findByDestinataire(jeu.boitesColleges().get(i))).hasSize(1);
        }
    }

    @Test
    void aClosureThatFailsInTheMiddleRestartsAndMailsEachEtablissementOnceThenKeepsTheArchive() throws IOException {
        CampagnePassee.Jeu jeu = fixture.creer(3, 1);
        Connexion.en("admin.creteil");
        Properties options = new Properties();
        options.setProperty("taillePaquet", "1");
        options.setProperty("echecSimuleApres", "1");

        long echec = jobs.demarrer(CampagneJobs.FERMETURE, jeu.campagneId(), options);
        assertThat(attendre(echec)).isEqualTo(BatchStatus.FAILED);
        assertThat(campagne(jeu).getFermeeLe()).as("fermée avant l'échec").isNotNull();
        assertThat(campagnes.isArchivee(jeu.campagneId())).isFalse();
        assertThat(bilans(jeu)).containsExactly(1, 0, 0);

        long reprise = jobs.relancer(echec);
        assertThat(attendre(reprise)).isEqualTo(BatchStatus.COMPLETED);

        assertThat(bilans(jeu)).as("chaque collège une seule fois").containsExactly(1, 1, 1);
        assertThat(mails(jeu.boiteLycee(), "bilan")).singleElement().satisfies(c ->
                assertThat(c.getObjet()).contains("bilan de la campagne"));
        assertThat(campagne(jeu).etat(Instant.now(), campagnes.isArchivee(jeu.campagneId())))
                .isEqualTo(EtatCampagne.ARCHIVEE);
        assertThat(minuterie.echeances(Instant.now())).as("plus rien à faire pour cette campagne")
                .noneMatch(e -> e[1].equals(String.valueOf(jeu.campagneId())));
        Object[] archive = campagnes.archive(jeu.campagneId()).orElseThrow();
        assertThat((String) archive[0]).endsWith(".xlsx");
        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream((byte[]) archive[1]))) {
            Sheet feuille = classeur.getSheetAt(0);
            assertThat(feuille.getLastRowNum()).as("une ligne par vœu").isEqualTo(3);
            assertThat(feuille.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Élève");
            assertThat(List.of(feuille.getRow(1).getCell(2).getStringCellValue(),
                    feuille.getRow(2).getCell(2).getStringCellValue(), feuille.getRow(3).getCell(2).getStringCellValue()))
                    .containsExactlyInAnyOrderElementsOf(jeu.eleves());
        }
    }

    @Test
    void theTimerStartsWhatIsDueAndFiresNextAtFiveMinutesPastMidnightInParis() {
        CampagnePassee.Jeu jeu = fixture.creer(1, 1);

        assertThat(minuterie.echeances(Instant.now())).as("campagne passée, jamais fermée")
                .anyMatch(e -> e[0].equals(CampagneJobs.FERMETURE) && e[1].equals(String.valueOf(jeu.campagneId())));
        ZonedDateTime maintenant = ZonedDateTime.now(Campagne.ZONE);
        ZonedDateTime attendu = maintenant.toLocalDate().atTime(LocalTime.of(0, 5)).atZone(Campagne.ZONE);
        if (!attendu.isAfter(maintenant)) {
            attendu = maintenant.toLocalDate().plusDays(1).atTime(LocalTime.of(0, 5)).atZone(Campagne.ZONE);
        }
        assertThat(minuterie.prochainPassage()).hasValue(attendu.toInstant());
    }

    @Test
    void onlyTheAdminsOfTheCampagnesAcademieStartItsJobs() {
        CampagnePassee.Jeu jeu = fixture.creer(1, 1);
        Connexion.en(jeu.collegeLogin());
        assertThatThrownBy(() -> jobs.demarrer(CampagneJobs.CLOTURE, jeu.campagneId(), null))
                .isInstanceOf(EJBAccessException.class);

        Connexion.en("admin.creteil");
        Set<String> prises = campagnes.findAll("25").stream().map(Campagne::getAnneeScolaire)
                .collect(java.util.stream.Collectors.toSet());
        int annee = 1950;
        while (prises.contains(annee + "-" + (annee + 1))) {
            annee++;
        }
        long versailles = campagnes.save(Campagne.standard(academies.getByCode("25"), annee)).getId();
        assertThatThrownBy(() -> jobs.demarrer(CampagneJobs.FERMETURE, versailles, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jobs.demarrer("purgeTout", jeu.campagneId(), null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Traitement inconnu");
        assertThat(campagne(jeu).getInscriptionsClosesLe()).isNull();
    }

    @Test
    void aClosedCampagnesCalendarNoLongerChangesAndDatesOutOfOrderAreRefused() {
        CampagnePassee.Jeu jeu = fixture.creer(1, 1);
        Connexion.en("admin.creteil");
        Campagne passee = campagne(jeu);
        Calendrier calendrier = new Calendrier(passee.getDateOuverture(), passee.getDateClotureInscriptions(),
                passee.getDateLimiteConvocations(), passee.getDateLimiteEntretiens(), 3, passee.getDateFermeture());

        assertThatThrownBy(() -> service.modifierCalendrier(jeu.campagneId(), calendrier))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("ne se modifie plus");

        VueCampagne courante = service.campagnesDeLAcademie().stream()
                .filter(v -> v.etat().compareTo(EtatCampagne.CLOTUREE) < 0).findFirst().orElseThrow();
        Campagne c = courante.campagne();
        assertThatThrownBy(() -> service.modifierCalendrier(c.getId(), new Calendrier(c.getDateOuverture(),
                c.getDateLimiteConvocations().plusDays(1), c.getDateLimiteConvocations(), c.getDateLimiteEntretiens(), 3,
                c.getDateFermeture())))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ne peut pas précéder la date de clôture des inscriptions");
        assertThat(campagnes.findById(c.getId()).orElseThrow().getDateClotureInscriptions())
                .isEqualTo(c.getDateClotureInscriptions());
    }

    private BatchStatus attendre(long executionId) {
        Set<BatchStatus> fins = Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);
        Instant limite = Instant.now().plus(TIMEOUT);
        BatchStatus statut = jobs.execution(executionId).getBatchStatus();
        while (!fins.contains(statut)) {
            assertThat(Instant.now()).as("exécution %d toujours %s", executionId, statut).isBefore(limite);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            statut = jobs.execution(executionId).getBatchStatus();
        }
        return statut;
    }

    private Campagne campagne(CampagnePassee.Jeu jeu) {
        return campagnes.findById(jeu.campagneId()).orElseThrow();
    }

    private List<Courrier> mails(String boite, String objet) {
        return courriers.findByDestinataire(boite).stream().filter(c -> c.getObjet().contains(objet)).toList();
    }

    /** The body of a queued mail, read from the table (it is loaded lazily). */
    private String texte(Courrier courrier) {
        try (Connection c = base.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT texte FROM courrier WHERE id = ?")) {
            st.setLong(1, courrier.getId());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Integer> bilans(CampagnePassee.Jeu jeu) {
        return jeu.boitesColleges().stream().map(b -> mails(b, "bilan").size()).toList();
    }
}
