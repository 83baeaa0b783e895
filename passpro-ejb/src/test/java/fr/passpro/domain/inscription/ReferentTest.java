package fr.passpro.domain.inscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferentTest {

    private final Fixtures f = new Fixtures();

    @Test
    void aReferentHasAnAcademicAddressStoredInLowerCase() {
        Referent referent = Referent.designer(f.college, " Moreau ", "Luc", "Luc.Moreau@AC-Creteil.FR");

        assertThat(referent.getEmail()).isEqualTo("luc.moreau@ac-creteil.fr");
        assertThat(referent.isActif()).isTrue();
        assertThat(referent.getNomComplet()).isEqualTo("Luc Moreau");
    }

    @ParameterizedTest
    @ValueSource(strings = { "luc.moreau@ac-versailles.fr", "l.moreau@ac-aix-marseille.fr", "ce.0931234x@ac-creteil.fr" })
    void acceptsTheAddressesOfEveryAcademie(String email) {
        assertThat(Referent.emailAcademique(email)).isEqualTo(email);
    }

    @ParameterizedTest
    @ValueSource(strings = { "luc.moreau@gmail.com", "luc.moreau@ac-.fr", "luc.moreau@ac-creteil.com",
            "luc.moreau@education.gouv.fr", "luc.moreau@ac-creteil.fr.example.com", "@ac-creteil.fr",
            "luc moreau@ac-creteil.fr" })
    void refusesAnAddressThatIsNotAcademic(String email) {
        assertThatThrownBy(() -> Referent.designer(f.college, "Moreau", "Luc", email))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("n'est pas une adresse académique")
                .hasMessageContaining("@ac-<académie>.fr");
    }

    @Test
    void refusesABlankName() {
        assertThatThrownBy(() -> Referent.designer(f.college, " ", "Luc", "luc.moreau@ac-creteil.fr"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Le nom de la personne référente est obligatoire.");
    }

    @Test
    void onlyAnEtablissementDOrigineDesignatesReferents() {
        assertThatThrownBy(() -> Referent.designer(f.lycee, "Moreau", "Luc", "luc.moreau@ac-creteil.fr"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Lycée Jean Lurçat");
    }

    @Test
    void aDeactivatedReferentCanBeReactivated() {
        Referent referent = Referent.designer(f.college, "Moreau", "Luc", "luc.moreau@ac-creteil.fr");
        referent.desactiver();
        assertThat(referent.isActif()).isFalse();
        referent.reactiver();
        assertThat(referent.isActif()).isTrue();
    }
}
