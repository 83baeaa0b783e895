package fr.passpro.it.donnees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.donnees.DonneesEleveService;
import fr.passpro.application.inscription.InscriptionService;
import fr.passpro.application.planning.NouvelleSeance;
import fr.passpro.application.planning.PlanningService;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.planning.Deroulement;
import fr.passpro.domain.planning.Seance;
import fr.passpro.it.Deployments;
import fr.passpro.it.support.Connexion;
import fr.passpro.it.support.Donnees;
import fr.passpro.it.support.HorlogeDeTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A family's rights exercised by the académie on the real Payara and MariaDB: the export holds the pupil, its vœux and
 * its convocation; a correction is audited; the deletion removes the pupil and everything that names it, frees its
 * seat, and leaves an audit line without the pupil's name; a collège may not do any of it.
 */
@ExtendWith(ArquillianExtension.class)
class DonneesEleveIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.passproWithTestClock(DonneesEleveIT.class);
    }

    @Inject
    Donnees donnees;

    @Inject
    InscriptionService inscriptions;

    @Inject
    PlanningService planning;

    @Inject
    DonneesEleveService service;

    @Inject
    JournalAudit journal;

    @Resource(lookup = "jdbc/passpro")
    DataSource base;

    @AfterEach
    void realTimeAgain() {
        HorlogeDeTest.regler(null);
    }

    @Test
    void theFamilyGetsTheFileThenTheCorrectionThenTheDeletionThatFreesTheSeat() throws Exception {
        Campagne campagne = donnees.campagne();
        LocalDate mars = LocalDate.of(campagne.getDateOuverture().getYear(), 3, 15);
        HorlogeDeTest.regler(ZonedDateTime.of(mars, LocalTime.of(10, 0), Campagne.ZONE).toInstant());
        Etablissement college = donnees.nouveauCollege();
        String collegeLogin = donnees.nouveauCompte(college);
        var referent = donnees.nouveauReferent(college);
        Eleve eleve = donnees.nouvelEleve(college);
        Formation formation = donnees.formations().stream().filter(f -> f.getModalite() == ModaliteEntretien.INDIVIDUEL)
                .findFirst().orElseThrow();
        Connexion.en(collegeLogin);
        Inscription inscription = inscriptions.inscrire(eleve.getId(), formation.getDomaine().getId(),
                formation.getAccueilReferent().getId(), referent.getId(), List.of(formation.getId()));
        Connexion.en(donnees.nouveauCompteLycee(formation.getAccueilReferent()));
        LocalDate jour = campagne.getDateLimiteEntretiens();
        Seance seance = planning.creerSeance(new NouvelleSeance(formation.getDomaine().getId(), Set.of(),
                ModaliteEntretien.INDIVIDUEL, Deroulement.PRESENTIEL, jour.atTime(16, 0), jour.atTime(16, 20),
                "D" + Donnees.unique(), null, 1, null));
        planning.convoquer(inscription.getId(), seance.getId());
        assertThat(places(seance.getId())).isEqualTo(1);

        Connexion.en(collegeLogin);
        assertThatThrownBy(() -> service.exporter(eleve.getId())).isInstanceOf(EJBAccessException.class);

        Connexion.en("admin.creteil");
        assertThat(service.rechercher(eleve.getNom())).extracting(Eleve::getId).containsExactly(eleve.getId());
        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(service.exporter(eleve.getId())))) {
            DataFormatter f = new DataFormatter();
            assertThat(f.formatCellValue(classeur.getSheet("Élève").getRow(1).getCell(1))).isEqualTo(eleve.getNom());
            assertThat(f.formatCellValue(classeur.getSheet("Inscriptions et avis").getRow(1).getCell(5)))
                    .isEqualTo(formation.getLibelle());
            assertThat(f.formatCellValue(classeur.getSheet("Convocations et entretiens").getRow(1).getCell(3)))
                    .isEqualTo("ACTIVE");
        }

        service.corriger(eleve.getId(), eleve.getNom() + "corrige", "Élisa", eleve.getDateNaissance(), "3e D");
        assertThat(service.rechercher(eleve.getNom() + "corrige")).singleElement()
                .satisfies(e -> assertThat(e.getClasse()).isEqualTo("3e D"));

        assertThat(service.supprimer(eleve.getId())).isEqualTo(1);

        assertThat(service.rechercher(eleve.getNom())).isEmpty();
        assertThat(compter("SELECT COUNT(*) FROM inscription WHERE id = ?", inscription.getId())).isZero();
        assertThat(compter("SELECT COUNT(*) FROM eleve WHERE id = ?", eleve.getId())).isZero();
        assertThat(places(seance.getId())).as("la place est libérée").isZero();
        assertThat(journal.lignesSur("eleve", String.valueOf(eleve.getId())))
                .extracting(AuditEvent::getAction)
                .contains("DONNEES_ELEVE_EXPORTEES", "DONNEES_ELEVE_CORRIGEES", "DONNEES_ELEVE_SUPPRIMEES")
                .allSatisfy(a -> assertThat(a).isNotBlank());
        assertThat(journal.lignesSur("eleve", String.valueOf(eleve.getId())))
                .allSatisfy(l -> assertThat(String.valueOf(l.getDetail())).doesNotContain(eleve.getNom()));
    }

    private long places(long seanceId) throws Exception {
        return compter("SELECT places_prises FROM seance WHERE id = ?", seanceId);
    }

    private long compter(String sql, long id) throws Exception {
        try (Connection c = base.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
