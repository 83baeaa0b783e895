package fr.passpro.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModaliteEntretienTest {

    @ParameterizedTest
    @ValueSource(strings = {"individuel", "Individuel", "INDIVIDUEL", "indiv.", "Indiv", "Entretien individuel",
            "individuelle"})
    void readsIndividuel(String value) {
        assertThat(ModaliteEntretien.parse(value)).contains(ModaliteEntretien.INDIVIDUEL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"collectif", "Collectif", "coll.", "COLL", "Entretien collectif", "collective"})
    void readsCollectif(String value) {
        assertThat(ModaliteEntretien.parse(value)).contains(ModaliteEntretien.COLLECTIF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mixte", "individuel ou collectif", "présentiel"})
    void refusesOtherValues(String value) {
        assertThat(ModaliteEntretien.parse(value)).isEmpty();
    }

    @Test
    void fromTextListsTheAcceptedValues() {
        assertThatThrownBy(() -> ModaliteEntretien.fromText("mixte"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("La modalité d'entretien « mixte » n'est pas reconnue : valeurs acceptées "
                        + "« Individuel » (ou « indiv. ») et « Collectif » (ou « coll. »).");
    }

    @Test
    void libelles() {
        assertThat(ModaliteEntretien.INDIVIDUEL.libelle()).isEqualTo("Individuel");
        assertThat(Diplome.SECONDE_PRO.libelle()).isEqualTo("2de professionnelle");
    }
}
