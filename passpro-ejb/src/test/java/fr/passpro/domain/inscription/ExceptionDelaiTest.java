package fr.passpro.domain.inscription;

import static fr.passpro.domain.inscription.Fixtures.paris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExceptionDelaiTest {

    private final Fixtures f = new Fixtures();
    private final Instant maintenant = paris(2027, 4, 29, 10, 0, 0);
    private final Instant cinqMai = paris(2027, 5, 6, 0, 0, 0);

    @Test
    void anAdminOfTheAcademieGrantsADelay() {
        ExceptionDelai delai = ExceptionDelai.accorder(f.college, f.campagne, cinqMai, f.admin, "Fermeture du collège",
                maintenant);

        assertThat(delai.getJusquA()).isEqualTo(cinqMai);
        assertThat(delai.getAccordeePar()).isSameAs(f.admin);
        assertThat(delai.couvre(paris(2027, 5, 5, 23, 59, 59))).isTrue();
        assertThat(delai.couvre(cinqMai)).isFalse();
    }

    @Test
    void onlyTheAcademieOfTheCollegeGrantsADelay() {
        Account adminParis = Account.pourAcademie("saio75", "Saio", "Paris", "saio@ac-paris.fr",
                new Academie(Academie.PARIS, "Paris"));

        assertThatThrownBy(() -> ExceptionDelai.accorder(f.college, f.campagne, cinqMai, f.chef, "Motif", maintenant))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ExceptionDelai.accorder(f.college, f.campagne, cinqMai, adminParis, "Motif",
                maintenant)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDelayEndsAfterTheCutOffAndNoLaterThanTheClosure() {
        assertThatThrownBy(() -> ExceptionDelai.accorder(f.college, f.campagne, paris(2027, 4, 30, 12, 0, 0), f.admin,
                "Motif", maintenant))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("au-delà de la clôture des inscriptions (30/04/2027 inclus)");
        assertThatThrownBy(() -> ExceptionDelai.accorder(f.college, f.campagne, paris(2027, 6, 1, 0, 0, 0), f.admin,
                "Motif", maintenant))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("fermeture de Passpro (28/05/2027 inclus)");
    }

    @Test
    void aDelayHasAMotif() {
        assertThatThrownBy(() -> ExceptionDelai.accorder(f.college, f.campagne, cinqMai, f.admin, " ", maintenant))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Le motif du délai est obligatoire.");
    }
}
