package fr.passpro.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FrancaisTest {

    @Test
    void de_is_elided_before_a_vowel_or_a_mute_h() {
        assertThat(Francais.de("Alice Martin")).isEqualTo("d’Alice Martin");
        assertThat(Francais.de("Éloïse Lefèvre")).isEqualTo("d’Éloïse Lefèvre");
        assertThat(Francais.de("Orléans-Tours")).isEqualTo("d’Orléans-Tours");
        assertThat(Francais.de("Hélène Dupont")).isEqualTo("d’Hélène Dupont");
        assertThat(Francais.de("Yves Robert")).isEqualTo("d’Yves Robert");
        assertThat(Francais.de("Martin Inès")).isEqualTo("de Martin Inès");
        assertThat(Francais.de("Yasmine Haddad")).as("y before a vowel").isEqualTo("de Yasmine Haddad");
        assertThat(Francais.de("Hugues Petit")).as("aspirated h").isEqualTo("de Hugues Petit");
        assertThat(Francais.de("Créteil")).isEqualTo("de Créteil");
    }

    @Test
    void a_message_pattern_is_elided_only_where_its_argument_asks_for_it() {
        String pattern = "La fiche de {0} a été enregistrée par {1} ; la personne référente de {2} est changée.";
        Object[] arguments = { "Inès Martin", "Alice", "Moussa Diallo" };
        assertThat(new MessageFormat(Francais.eliderDe(pattern, arguments), Locale.FRENCH).format(arguments))
                .isEqualTo("La fiche d’Inès Martin a été enregistrée par Alice ; la personne référente de Moussa Diallo"
                        + " est changée.");
        assertThat(Francais.eliderDe("Académie de {0}", "Amiens")).isEqualTo("Académie d’{0}");
        assertThat(Francais.eliderDe("Plus de {0} lignes", 12)).as("a number is left alone").isEqualTo("Plus de {0} lignes");
        assertThat(Francais.eliderDe("De {0} à {1}", "Aubervilliers", "Bondy")).isEqualTo("D’{0} à {1}");
    }

    @Test
    void the_spaces_inside_guillemets_do_not_break() {
        assertThat(Francais.guillemets("domaine « Électricité »")).isEqualTo("domaine «\u00A0Électricité\u00A0»");
        assertThat(Francais.guillemets("«Électricité»")).isEqualTo("«\u00A0Électricité\u00A0»");
        assertThat(Francais.guillemets("sans guillemets")).isEqualTo("sans guillemets");
        assertThat(Francais.guillemets(null)).isNull();
    }
}
