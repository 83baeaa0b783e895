package fr.passpro.web.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The French messages of Faces conversion and validation: each one starts with the field's label, never with a client
 * id or an English or Java word (« eleve:dispositif : … doit pouvoir être converti en une valeur Enum »).
 */
class FacesMessagesTest {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("fr.passpro.web.faces-messages",
            Locale.FRENCH);

    @Test
    void anUnknownChoiceIsToldWithTheFieldsLabelInFrench() {
        // Mojarra's arguments for EnumConverter.ENUM: the value, an example, the label
        String message = format("jakarta.faces.converter.EnumConverter.ENUM", "SECONDE", "TROISIEME", "Dispositif");

        assertThat(message).isEqualTo("Dispositif : choisissez une valeur de la liste.");
    }

    @Test
    void everyMessageIsAValidFrenchPatternWithoutTechnicalWords() {
        for (String cle : MESSAGES.keySet()) {
            if (cle.endsWith("BeanValidator.MESSAGE")) {
                continue; // the Bean Validation message itself, already French (the entities' constraints)
            }
            String message = format(cle, "valeur", "exemple", "Libellé", "quatre");
            assertThat(message).as(cle).doesNotContainIgnoringCase("enum").doesNotContain("converti")
                    .doesNotContain("{").matches("(?s).*[.…]$");
        }
    }

    private static String format(String cle, Object... arguments) {
        return new MessageFormat(MESSAGES.getString(cle), Locale.FRENCH).format(arguments);
    }
}
