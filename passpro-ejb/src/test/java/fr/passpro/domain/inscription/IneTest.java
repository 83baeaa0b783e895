package fr.passpro.domain.inscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class IneTest {

    @Test
    void acceptsTheRnieShape() {
        Ine ine = Ine.of("1234567890A");
        assertThat(ine.code()).isEqualTo("1234567890A");
        assertThat(ine.format()).isEqualTo(Ine.Format.RNIE);
    }

    @Test
    void acceptsTheBeaShapes() {
        assertThat(Ine.of("123456789AB").format()).isEqualTo(Ine.Format.BEA);
        assertThat(Ine.of("0A1B2C3D4EF").format()).isEqualTo(Ine.Format.BEA);
    }

    @Test
    void acceptsTheYearShapeOfBaseEleves() {
        assertThat(Ine.of("2015AB1234C").format()).isEqualTo(Ine.Format.BASE_ELEVES_ANNEE);
    }

    @Test
    void normalisesCaseAndSeparators() {
        assertThat(Ine.of(" 123 456 789-ab ").code()).isEqualTo("123456789AB");
        assertThat(Ine.of("123456789ab")).isEqualTo(Ine.of("123456789AB"));
    }

    @Test
    void refusesAWrongLength() {
        assertThatThrownBy(() -> Ine.of("123456789A"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("11 caractères").hasMessageContaining("en compte 10");
        assertThatThrownBy(() -> Ine.of("123456789ABC")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesAnIneNotEndingWithALetter() {
        assertThatThrownBy(() -> Ine.of("12345678901"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("se termine par une lettre");
    }

    @Test
    void refusesOtherCharacters() {
        assertThatThrownBy(() -> Ine.of("12345678É9A"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("chiffres et des lettres");
        assertThatThrownBy(() -> Ine.of("1234_67890A")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void isOptional() {
        assertThat(Ine.optional("  ")).isEmpty();
        assertThat(Ine.optional(null)).isEmpty();
        assertThat(Ine.optional("1234567890A")).contains(Ine.of("1234567890A"));
    }
}
