package fr.passpro.domain.academie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name an académie's public pages carry in their address (its pre-registration form: /public/preinscription/…). */
class AcademieTest {

    @Test
    void theAddressNameIsTheNameInLowerCaseWithoutAccentsOrSpaces() {
        assertThat(new Academie(Academie.CRETEIL, "Créteil").getSlug()).isEqualTo("creteil");
        assertThat(new Academie(Academie.PARIS, "Paris").getSlug()).isEqualTo("paris");
        assertThat(new Academie(Academie.VERSAILLES, "Versailles").getSlug()).isEqualTo("versailles");
        assertThat(new Academie("02", "Aix-Marseille").getSlug()).isEqualTo("aix-marseille");
        assertThat(new Academie("28", "La Réunion").getSlug()).isEqualTo("la-reunion");
    }
}
