package fr.passpro.application.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passpro.domain.catalogue.CodeFormation;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.catalogue.importation.Rejet;
import fr.passpro.domain.etablissement.Uai;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

    private static LigneValidee ligne(int numero, String code, String uai) {
        return new LigneValidee(numero, "Relation client", "093", "Saint-Denis", Uai.of(uai), "Lycée", Uai.of(uai),
                CodeFormation.of(code), "CAP EPC", Diplome.CAP, null, ModaliteEntretien.INDIVIDUEL, null);
    }

    @Test
    void reportsTheSecondLineOfTheSameFormationInTheSameLycee() {
        DuplicateDetector detector = new DuplicateDetector();

        assertThat(detector.verifier(ligne(2, "50025216", "0930120A"))).isEmpty();
        assertThat(detector.verifier(ligne(3, "50025217", "0930120A"))).isEmpty();
        assertThat(detector.verifier(ligne(4, "50025216", "0750647W"))).isEmpty();

        Rejet rejet = detector.verifier(ligne(9, "50025216", "0930120A")).orElseThrow();

        assertThat(rejet.ligne()).isEqualTo(9);
        assertThat(rejet.isErreur()).isTrue();
        assertThat(rejet.colonne()).isEqualTo("Code formation");
        assertThat(rejet.motif()).startsWith("Doublon de la ligne 2");
        assertThat(detector.size()).isEqualTo(3);
    }
}
