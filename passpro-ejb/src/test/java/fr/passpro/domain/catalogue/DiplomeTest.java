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
            "Première année de CAP", "1re annee cap"})
    void readsTheSpellingsOfCap(String value) {
        assertThat(Diplome.parse(value)).contains(Diplome.CAP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2de pro", "2nde professionnelle", "Seconde professionnelle", "Bac pro", "BAC PRO",
            "2de professionnelle", "2DE PRO", "seconde pro", "2nde bac pro", "2de\u00A0professionnelle"})
    void readsTheSpellingsOfSecondePro(String value) {
        assertThat(Diplome.parse(value)).contains(Diplome.SECONDE_PRO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "BTS", "2de GT", "pro", "CAP pro", "Bac", "1re pro", "bac cap"})
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
    void codeMustMatchTheDiplome() {
        assertThatCode(() -> Diplome.CAP.verifierCode(CodeFormation.of("50025216"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> Diplome.CAP.verifierCode(CodeFormation.of("40025214")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Le code formation 40025214 ne correspond pas au diplôme « 1re année de CAP » : "
                        + "le code d'une formation de CAP commence par 500.");
        assertThatThrownBy(() -> Diplome.SECONDE_PRO.verifierCode(CodeFormation.of("50025216")))
                .hasMessageContaining("« 2de professionnelle »").hasMessageContaining("commence par 400");
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
