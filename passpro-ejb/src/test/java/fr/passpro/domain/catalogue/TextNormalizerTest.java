package fr.passpro.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void cleanComposesAccentsAndTrimsNoBreakSpaces() {
        String decomposed = "Lyce\u0301e\u00A0 Jean\u202FJaure\u0300s \n";

        assertThat(TextNormalizer.clean(decomposed)).isEqualTo("Lycée Jean Jaurès");
        assertThat(TextNormalizer.clean(null)).isEmpty();
    }

    @Test
    void matchKeyForgetsCaseAccentsAndPunctuation() {
        assertThat(TextNormalizer.matchKey("  Modalité d'entretien ")).isEqualTo("modalite d entretien");
        assertThat(TextNormalizer.matchKey("MODALITE_D-ENTRETIEN")).isEqualTo("modalite d entretien");
        assertThat(TextNormalizer.matchKey("Mode\u0301lisation")).isEqualTo("modelisation");
    }
}
