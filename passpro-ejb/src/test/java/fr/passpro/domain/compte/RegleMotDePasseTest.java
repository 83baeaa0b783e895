package fr.passpro.domain.compte;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegleMotDePasseTest {

    @Test
    void twelveCharactersWithLettersAndDigitsTypedTwiceAreAccepted() {
        assertThatCode(() -> RegleMotDePasse.verifier("orientation1".toCharArray(), "orientation1".toCharArray()))
                .doesNotThrowAnyException();
        assertThatCode(() -> RegleMotDePasse.verifier("Très-long mot de passe 2027 !".toCharArray(),
                "Très-long mot de passe 2027 !".toCharArray())).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "orientatio1|Le mot de passe doit compter au moins 12 caractères (11 saisis).",
            "orientationpro|Le mot de passe doit contenir au moins une lettre et au moins un chiffre.",
            "123456789012|Le mot de passe doit contenir au moins une lettre et au moins un chiffre." })
    void aPasswordBreakingARuleIsRefusedWithTheRuleInFrench(String motDePasse, String message) {
        assertThatThrownBy(() -> RegleMotDePasse.verifier(motDePasse.toCharArray(), motDePasse.toCharArray()))
                .isInstanceOf(InvalidValueException.class).hasMessage(message);
    }

    @Test
    void emptyTooLongOrDifferentConfirmationAreRefused() {
        assertThatThrownBy(() -> RegleMotDePasse.verifier(new char[0], new char[0]))
                .isInstanceOf(InvalidValueException.class).hasMessage("Choisissez un mot de passe.");
        char[] long129 = ("a1" + "x".repeat(127)).toCharArray();
        assertThatThrownBy(() -> RegleMotDePasse.verifier(long129, long129))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("ne peut dépasser 128 caractères");
        assertThatThrownBy(() -> RegleMotDePasse.verifier("orientation1".toCharArray(), "orientation2".toCharArray()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Les deux mots de passe saisis sont différents : saisissez deux fois le même.");
    }
}
