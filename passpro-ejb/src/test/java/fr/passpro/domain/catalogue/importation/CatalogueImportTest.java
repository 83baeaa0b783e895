package fr.passpro.domain.catalogue.importation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CatalogueImportTest {

    private final Campagne campagne = Campagne.standard(new Academie(Academie.CRETEIL, "Créteil"), 2026);
    private final Instant now = Instant.parse("2027-01-10T09:00:00Z");

    private CatalogueImport newImport() {
        return new CatalogueImport(campagne, "C:\\Users\\saio\\catalogue.xlsx", new byte[] {1, 2, 3}, 10, "admin", now);
    }

    @Test
    void waitsForTheJobAndKeepsOnlyTheFileName() {
        CatalogueImport upload = newImport();

        assertThat(upload.getStatut()).isEqualTo(StatutImport.EN_ATTENTE);
        assertThat(upload.getNomFichier()).isEqualTo("catalogue.xlsx");
        assertThat(upload.getTaille()).isEqualTo(3);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> new CatalogueImport(campagne, "vide.csv", new byte[0], 10, "admin", now))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Le fichier « vide.csv » est vide.");
    }

    @Test
    void goesThroughItsLifeCycle() {
        CatalogueImport upload = newImport();

        upload.demarrer(42);
        upload.enregistrerLecture(100, 95, 5, 0);
        upload.compterApplication(80, 10, 2);
        upload.terminer(3, 0, 0, now.plusSeconds(60));

        assertThat(upload.getStatut()).isEqualTo(StatutImport.TERMINE);
        assertThat(upload.getJobExecutionId()).isEqualTo(42);
        assertThat(upload.getMessage()).isEqualTo("95 ligne(s) importée(s), 5 rejetée(s) ; 80 formation(s) créée(s), "
                + "10 modifiée(s), 2 réactivée(s), 3 retirée(s) du catalogue.");
        assertThat(upload.getTermineLe()).isEqualTo(now.plusSeconds(60));
        assertThatThrownBy(() -> upload.refuser("trop tard", Instant.parse("2027-03-10T09:00:00Z"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSummaryCountsEachOutcomeApartWithOneVocabulary() {
        CatalogueImport upload = newImport();
        upload.demarrer(7);
        upload.enregistrerLecture(20, 18, 2, 3);
        upload.compterApplication(10, 4, 1);

        upload.terminer(2, 1, 3, now);

        assertThat(upload.getLignesAlertes()).isEqualTo(3);
        assertThat(upload.getFormationsReactivees()).isEqualTo(1);
        assertThat(upload.getFormationsRetirees()).isEqualTo(2);
        assertThat(upload.getFormationsGardeesRejet()).isEqualTo(1);
        assertThat(upload.getFormationsAvecVoeux()).isEqualTo(3);
        assertThat(upload.getMessage()).isEqualTo("18 ligne(s) importée(s) (dont 3 avec alerte), 2 rejetée(s) ; "
                + "10 formation(s) créée(s), 4 modifiée(s), 1 réactivée(s), 2 retirée(s) du catalogue. 1 formation(s) "
                + "absente(s) des lignes importées mais nommée(s) par une ligne rejetée : non retirée(s), inchangée(s). "
                + "3 formation(s) absente(s) du fichier mais demandée(s) par des élèves : gardée(s) au catalogue "
                + "jusqu'à votre décision.")
                .doesNotContain("désactivée");
    }

    @Test
    void theRejectionThresholdIsAShareOfTheLinesRead() {
        CatalogueImport upload = newImport();
        upload.demarrer(1);

        upload.enregistrerLecture(100, 90, 10, 0);
        assertThat(upload.depasseSeuilDeRejet()).isFalse();
        upload.enregistrerLecture(100, 89, 11, 0);
        assertThat(upload.depasseSeuilDeRejet()).isTrue();
        upload.enregistrerLecture(0, 0, 0, 0);
        assertThat(upload.depasseSeuilDeRejet()).as("aucune ligne valide : le catalogue serait vidé").isTrue();
    }

    @Test
    void aRefusedImportKeepsItsReason() {
        CatalogueImport upload = newImport();

        upload.refuser("La colonne obligatoire « Diplôme » est absente.", Instant.parse("2027-03-10T09:00:00Z"));

        assertThat(upload.getStatut()).isEqualTo(StatutImport.REFUSE);
        assertThat(upload.getMessage()).contains("Diplôme");
        assertThatThrownBy(() -> upload.demarrer(3)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedImportWaitsForItsRestartThenRunsAgain() {
        CatalogueImport upload = newImport();
        upload.demarrer(7);
        upload.echouer("Connexion perdue", Instant.parse("2027-03-10T09:00:00Z"));

        upload.reprendre();

        assertThat(upload.getStatut()).isEqualTo(StatutImport.EN_ATTENTE);
        assertThat(upload.getStatut().isFinal()).as("celui qui suit l'import attend la reprise").isFalse();
        assertThat(upload.getTermineLe()).isNull();
        upload.demarrer(8);
        assertThat(upload.getStatut()).isEqualTo(StatutImport.EN_COURS);
        assertThat(upload.getJobExecutionId()).isEqualTo(8);
    }

    @Test
    void onlyAFailedImportCanBeRestarted() {
        CatalogueImport refused = newImport();
        refused.refuser("Colonne absente", Instant.parse("2027-03-10T09:00:00Z"));
        CatalogueImport running = newImport();
        running.demarrer(1);

        assertThatThrownBy(refused::reprendre).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(running::reprendre).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cannotFinishBeforeStarting() {
        assertThatThrownBy(() -> newImport().terminer(0, 0, 0, Instant.parse("2027-03-10T09:00:00Z"))).isInstanceOf(IllegalStateException.class);
    }
}
