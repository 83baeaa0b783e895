package fr.passpro.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeFormationTest {

    @Test
    void trimsAndUppercases() {
        CodeFormation code = CodeFormation.of(" 40025a14 ");

        assertThat(code.code()).isEqualTo("40025A14");
        assertThat(code).isEqualTo(CodeFormation.of("40025A14")).hasSameHashCodeAs(CodeFormation.of("40025A14"));
    }

    @Test
    void tellsCapFromBacPro() {
        assertThat(CodeFormation.of("50025216").isCap()).isTrue();
        assertThat(CodeFormation.of("50025216").isBacPro()).isFalse();
        assertThat(CodeFormation.of("40025214").isBacPro()).isTrue();
        assertThat(CodeFormation.of("40025214").isCap()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5002521", "500252161", "5002-216", "5002 216", "50025é16"})
    void refusesAnythingButEightDigitsOrLetters(String value) {
        assertThatThrownBy(() -> CodeFormation.of(value))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Le code formation doit comporter 8 chiffres ou lettres");
    }

    @Test
    void refusesBlank() {
        assertThatThrownBy(() -> CodeFormation.of("  "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Le code formation est obligatoire");
        assertThat(CodeFormation.isValid(null)).isFalse();
    }
}
