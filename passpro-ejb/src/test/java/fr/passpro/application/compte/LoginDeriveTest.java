package fr.passpro.application.compte;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The login proposed for a new account is « prenom.nom » without accents, spaces nor apostrophes. */
class LoginDeriveTest {

    @Test
    void accentsSpacesAndApostrophesBecomePlainLettersAndDashes() {
        assertThat(ComptesService.simplifier("Élodie")).isEqualTo("elodie");
        assertThat(ComptesService.simplifier(" Jean-François ")).isEqualTo("jean-francois");
        assertThat(ComptesService.simplifier("N'Diaye  Lœtitia")).isEqualTo("n-diaye-loetitia");
        assertThat(ComptesService.simplifier("’’")).isEqualTo("compte");
    }
}
