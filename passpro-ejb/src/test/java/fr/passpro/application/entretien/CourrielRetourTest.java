package fr.passpro.application.entretien;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passpro.domain.entretien.RetourEntretien;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourrielRetourTest {

    @Test
    void the_lycee_takes_its_article_and_the_pupil_her_elision() {
        RetourEntretien r = new RetourEntretien(1L, "Alice Martin", "Électricité", "Lycée professionnel Jean Lurçat",
                LocalDate.of(2027, 3, 17), "Très motivée.", List.of(), null, null);
        assertThat(CourrielRetour.texte(r, false)).contains(
                "Le lycée professionnel Jean Lurçat a saisi le compte rendu de l'entretien d’Alice Martin du ");
    }

    @Test
    void article_of_a_lycee() {
        assertThat(CourrielRetour.avecArticle("Lycée Louise Michel")).isEqualTo("Le lycée Louise Michel");
        assertThat(CourrielRetour.avecArticle("LP Jean Moulin")).isEqualTo("Le LP Jean Moulin");
        assertThat(CourrielRetour.avecArticle("EREA Jean Monnet")).isEqualTo("L’EREA Jean Monnet");
        assertThat(CourrielRetour.avecArticle("Établissement régional adapté")).isEqualTo("L’établissement régional adapté");
        assertThat(CourrielRetour.avecArticle("Le Corbusier")).as("a name that has its own").isEqualTo("Le Corbusier");
    }
}
