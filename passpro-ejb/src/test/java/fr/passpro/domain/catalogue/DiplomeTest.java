package fr.passpro.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiplomeTest {

    @ParameterizedTest
    @ValueSource(strings = {"CAP", "cap", "C.A.P.", "1re année de CAP", "1ère année CAP", "1ERE ANNEE DE CAP",
            "Première année de CAP", "1re annee cap", "1CAP2", "1cap1", "1CAP3", "1 CAP 2", "1re année CAP",
            "1RE ANNEE CAP", "1reannéeCAP", "CAP en 2 ans", "1re année de CAP en 2 ans", " c a p "})
    void readsTheSpellingsOfCap(String value) {
        assertThat(Diplome.parse(value)).contains(Diplome.CAP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2de pro", "2nde professionnelle", "Seconde professionnelle", "Bac pro", "BAC PRO",
            "2de professionnelle", "2DE PRO", "seconde pro", "2nde bac pro", "2de\u00A0professionnelle", "2NDPRO",
            "2ndpro", "2NDE PRO", "2 nde pro", "Seconde professionnelle", "SECONDE PROFESSIONNELLE", "2nde Pro",
            "Bac pro 3 ans", "2de bac pro", "secondepro"})
    void readsTheSpellingsOfSecondePro(String value) {
        assertThat(Diplome.parse(value)).contains(Diplome.SECONDE_PRO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "BTS", "2de GT", "pro", "CAP pro", "Bac", "1re pro", "bac cap", "CAP 2e année",
            "2e année de CAP", "2CAP2", "2CAP3", "1re année de bac pro", "2e année de bac pro", "Terminale bac pro",
            "1PRO", "TLEPRO", "2NDGT", "Mention complémentaire", "CAP4"})
    void refusesOtherValues(String value) {
        assertThat(Diplome.parse(value)).isEmpty();
    }

    @Test
    void fromTextListsTheAcceptedValues() {
        assertThatThrownBy(() -> Diplome.fromText("BTS"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Le diplôme « BTS » n'est pas reconnu : valeurs acceptées « 1re année de CAP »");
    }

    @Test
    void anUnusualCodePrefixIsAWarningNeverARefusal() {
        assertThat(Diplome.CAP.alerteCode(CodeFormation.of("50025216"))).isEmpty();
        assertThat(Diplome.SECONDE_PRO.alerteCode(CodeFormation.of("40025214"))).isEmpty();
        assertThat(Diplome.CAP.alerteCode(CodeFormation.of("40025214"))).hasValueSatisfying(alerte -> assertThat(alerte)
                .isEqualTo("Le code formation 40025214 ne commence pas par 500, préfixe habituel d'une formation de "
                        + "« 1re année de CAP » : vérifiez le code et le diplôme (la ligne est importée)."));
        // a 2de professionnelle organised by famille de métiers has a code of its own
        assertThat(Diplome.SECONDE_PRO.alerteCode(CodeFormation.of("32331101"))).hasValueSatisfying(alerte ->
                assertThat(alerte).contains("32331101").contains("400").contains("2de professionnelle"));
    }

    @Test
    void theAcceptedValuesNameTheNomenclatureSpellings() {
        assertThat(Diplome.VALEURS_ACCEPTEES).contains("1CAP2").contains("2NDPRO").contains("Seconde professionnelle")
                .contains("1re année CAP").contains("majuscules");
    }

    @Test
    void familleDeMetiersOnlyForSecondePro() {
        assertThatCode(() -> Diplome.SECONDE_PRO.verifierFamilleMetiers("Métiers de la relation client"))
                .doesNotThrowAnyException();
        assertThatCode(() -> Diplome.CAP.verifierFamilleMetiers(" ")).doesNotThrowAnyException();
        assertThatThrownBy(() -> Diplome.CAP.verifierFamilleMetiers("Métiers de la relation client"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ne concerne que la 2de professionnelle");
    }
}
