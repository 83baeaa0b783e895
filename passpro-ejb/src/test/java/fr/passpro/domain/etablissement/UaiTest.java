package fr.passpro.domain.etablissement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UaiTest {

    @Test
    void acceptsAValidUai() {
        assertThat(Uai.of("0750647W").code()).isEqualTo("0750647W");
    }

    @Test
    void trimsAndUppercasesWhatWasTyped() {
        Uai uai = Uai.of("  0750647w ");

        assertThat(uai.code()).isEqualTo("0750647W");
        assertThat(uai).isEqualTo(Uai.of("0750647W")).hasSameHashCodeAs(Uai.of("0750647W"));
        assertThat(uai).hasToString("0750647W");
    }

    @Test
    void refusesAWrongCheckLetterAndGivesTheExpectedOne() {
        assertThatThrownBy(() -> Uai.of("0950009E"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("L'UAI 0950009E est invalide : la lettre de contrôle attendue est U.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"075064W", "07506470W", "0750647", "0750647WW"})
    void refusesAWrongLength(String value) {
        assertThatThrownBy(() -> Uai.of(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("L'UAI doit comporter 7 chiffres suivis d'une lettre (ex. 0750647W)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"07A0647W", "O750647W", "075-647W", "07506 7W"})
    void refusesLettersOrSignsAmongTheDigits(String value) {
        assertThatThrownBy(() -> Uai.of(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("7 chiffres suivis d'une lettre");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesABlankValue(String value) {
        assertThatThrownBy(() -> Uai.of(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("L'UAI est obligatoire");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> Uai.of(null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("L'UAI est obligatoire");
    }

    @Test
    void computesTheCheckLetter() {
        assertThat(Uai.checkLetter("0750647")).isEqualTo('W');
        assertThat(Uai.checkLetter("0950009")).isEqualTo('U');
        assertThat(Uai.checkLetter("0000000")).isEqualTo('A');
        assertThat(Uai.checkLetter("0000022")).isEqualTo('Z');
        assertThat(Uai.withCheckLetter("0950009")).isEqualTo(Uai.of("0950009U"));
    }

    @Test
    void checkLetterNeedsSevenDigits() {
        assertThatThrownBy(() -> Uai.checkLetter("075064"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("exactement 7 chiffres");
    }

    @Test
    void tellsValidFromInvalid() {
        assertThat(Uai.isValid("0750647W")).isTrue();
        assertThat(Uai.isValid("0950009E")).isFalse();
        assertThat(Uai.isValid(null)).isFalse();
    }
}
