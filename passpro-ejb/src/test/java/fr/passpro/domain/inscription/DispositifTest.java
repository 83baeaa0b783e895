package fr.passpro.domain.inscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class DispositifTest {

    @Test
    void theListIsClosedToTheFiveDispositifsOf3eLevel() {
        assertThat(Dispositif.values()).extracting(Dispositif::libelle).containsExactly(
                "3e", "3e SEGPA", "3e Prépa-métiers", "EANA", "MLDS de niveau collège");
    }

    @Test
    void readsALibelleWhateverTheCaseAndAccents() {
        assertThat(Dispositif.fromText("3E PREPA METIERS")).isEqualTo(Dispositif.TROISIEME_PREPA_METIERS);
        assertThat(Dispositif.fromText(" 3e segpa ")).isEqualTo(Dispositif.TROISIEME_SEGPA);
        assertThat(Dispositif.fromText("mlds de niveau collège")).isEqualTo(Dispositif.MLDS);
    }

    @Test
    void aLyceePupilCannotBeRepresented() {
        assertThatThrownBy(() -> Dispositif.fromText("2de professionnelle"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("« 2de professionnelle » ne relève pas de Passpro")
                .hasMessageContaining("« 3e SEGPA »");
        assertThat(Dispositif.parse("1re")).isEmpty();
        assertThat(Dispositif.parse("CAP")).isEmpty();
    }
}
