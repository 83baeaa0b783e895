package fr.passpro.application.catalogue.importation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.importation.CatalogueImport;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImportProgressTest {

    private final Campagne campagne = Campagne.standard(new Academie(Academie.CRETEIL, "Créteil"), 2026);

    private CatalogueImport readThrough(int lues, int valides, int rejetees) {
        CatalogueImport i = new CatalogueImport(campagne, "catalogue.xlsx", new byte[] {1}, 10, "admin", Instant.now());
        i.demarrer(1);
        i.definirLignesTotal(lues);
        i.enregistrerLecture(lues, valides, rejetees, 0);
        try { // the id the database would give
            var id = CatalogueImport.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(i, 7L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return i;
    }

    @Test
    void aRefusedImportIsNotDrawnAsAFullBar() {
        CatalogueImport refused = readThrough(10, 5, 5);
        refused.refuser("5 lignes rejetées sur 10", Instant.parse("2027-03-10T09:00:00Z"));

        ImportProgress progress = ImportProgress.of(refused);

        assertThat(progress.termine()).isTrue();
        assertThat(progress.isEnErreur()).isTrue();
        assertThat(progress.isReussi()).isFalse();
        assertThat(progress.pourcentage()).as("arrêté après la lecture").isEqualTo(80);
    }

    @Test
    void aFailedImportStaysWhereItStopped() {
        CatalogueImport failed = readThrough(10, 10, 0);
        failed.compterApplication(4, 1, 0);
        failed.echouer(null, Instant.parse("2027-03-10T09:00:00Z"));

        ImportProgress progress = ImportProgress.of(failed);

        assertThat(progress.isEnErreur()).isTrue();
        assertThat(progress.pourcentage()).isLessThan(100);
    }

    @Test
    void aFinishedImportIsAFullBarAndCountsEachOutcomeApart() {
        CatalogueImport done = readThrough(10, 9, 1);
        done.compterApplication(6, 2, 1);
        done.terminer(3, 1, 2, Instant.parse("2027-03-10T09:00:00Z"));

        ImportProgress progress = ImportProgress.of(done);

        assertThat(progress.pourcentage()).isEqualTo(100);
        assertThat(progress.isReussi()).isTrue();
        assertThat(progress.formationsCreees()).isEqualTo(6);
        assertThat(progress.formationsModifiees()).isEqualTo(2);
        assertThat(progress.formationsReactivees()).isEqualTo(1);
        assertThat(progress.formationsRetirees()).isEqualTo(3);
        assertThat(progress.formationsGardeesRejet()).isEqualTo(1);
        assertThat(progress.formationsAvecVoeux()).isEqualTo(2);
        assertThat(progress.avecRejets()).isTrue();
    }
}
