package fr.passpro.domain.inscription;

import static fr.passpro.domain.inscription.Fixtures.clockAt;
import static fr.passpro.domain.inscription.Fixtures.paris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelaisTest {

    private final Fixtures f = new Fixtures();
    private final Instant dernierInstant = paris(2027, 4, 30, 23, 59, 59);
    private final Instant premierMai = paris(2027, 5, 1, 0, 0, 0);

    private Delais sansException() {
        return Delais.pour(f.campagne, f.college, List.of());
    }

    private ExceptionDelai delaiJusquAu(Instant fin, fr.passpro.domain.etablissement.Etablissement college) {
        return ExceptionDelai.accorder(college, f.campagne, fin, f.admin, "Absence du chef d'établissement",
                paris(2027, 4, 28, 10, 0, 0));
    }

    @Test
    void openUntilTheLastSecondOf30AprilInParis() {
        assertThat(sansException().isOuvert(dernierInstant)).isTrue();
        assertThatCode(() -> sansException().verifierOuvert(clockAt(dernierInstant), "inscrire un élève"))
                .doesNotThrowAnyException();
    }

    @Test
    void closedAtMidnightOn1MayInParis() {
        assertThat(sansException().isOuvert(premierMai)).isFalse();
        // 22:30 UTC on 30 April is already 1 May in Paris (summer time): closed.
        assertThat(sansException().isOuvert(Instant.parse("2027-04-30T22:30:00Z"))).isFalse();
        assertThatThrownBy(() -> sansException().verifierOuvert(clockAt(premierMai), "inscrire un élève"))
                .isInstanceOf(DelaiDepasseException.class)
                .hasMessage("Les inscriptions et les avis d'origine étaient ouverts jusqu'au 30/04/2027 inclus"
                        + " (heure de Paris) : inscrire un élève n'est plus possible. En cas de besoin, l'académie"
                        + " peut accorder un délai à votre établissement.");
    }

    @Test
    void closedBeforeTheOpening() {
        Instant avant = paris(2027, 1, 31, 23, 59, 59);

        assertThat(sansException().isOuvert(avant)).isFalse();
        assertThatThrownBy(() -> sansException().verifierOuvert(clockAt(avant), "inscrire un élève"))
                .isInstanceOf(DelaiDepasseException.class)
                .hasMessageContaining("ouvriront le 01/02/2027");
    }

    @Test
    void aDelayKeepsTheCollegeOpenUntilItsEnd() {
        Instant fin = paris(2027, 5, 5, 18, 0, 0);
        Delais delais = Delais.pour(f.campagne, f.college, List.of(delaiJusquAu(fin, f.college)));

        assertThat(delais.isOuvert(premierMai)).isTrue();
        assertThat(delais.isOuvert(fin.minusSeconds(1))).isTrue();
        assertThat(delais.exceptionEnCours(premierMai)).isPresent();
        assertThat(delais.isOuvert(fin)).isFalse();
        assertThat(delais.finEffective()).isEqualTo(fin);
        assertThatThrownBy(() -> delais.verifierOuvert(clockAt(fin), "saisir un avis d'origine"))
                .isInstanceOf(DelaiDepasseException.class)
                .hasMessageContaining("jusqu'au 05/05/2027 à 18:00 (heure de Paris), délai accordé par l'académie compris")
                .hasMessageContaining("saisir un avis d'origine n'est plus possible");
    }

    @Test
    void aDelayGrantedToAnotherCollegeDoesNotCount() {
        Delais delais = Delais.pour(f.campagne, f.college,
                List.of(delaiJusquAu(paris(2027, 5, 5, 18, 0, 0), f.autreCollege)));

        assertThat(delais.isOuvert(premierMai)).isFalse();
        assertThat(delais.finEffective()).isEqualTo(f.campagne.finInscriptions());
    }

    @Test
    void withdrawingStaysPossibleUntilTheLastInterviewDay() {
        assertThat(sansException().isRetraitPossible(paris(2027, 5, 17, 12, 0, 0))).isTrue();
        assertThat(sansException().isRetraitPossible(paris(2027, 5, 21, 23, 59, 59))).isTrue();
        assertThat(sansException().isRetraitPossible(paris(2027, 5, 22, 0, 0, 0))).isFalse();
        assertThatThrownBy(() -> sansException().verifierRetraitPossible(clockAt(paris(2027, 5, 22, 0, 0, 0))))
                .isInstanceOf(DelaiDepasseException.class)
                .hasMessageContaining("jusqu'au 21/05/2027 inclus");
    }
}
