package fr.passpro.domain.preinscription;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiegeTest {

    @Test
    void peopleLeaveTheHiddenFieldEmpty() {
        assertThat(Piege.estRempli(null)).isFalse();
        assertThat(Piege.estRempli("")).isFalse();
        assertThat(Piege.estRempli("   ")).isFalse();
    }

    @Test
    void robotsFillIt() {
        assertThat(Piege.estRempli("http://spam.example")).isTrue();
        assertThat(Piege.estRempli(" x ")).isTrue();
    }
}
