package fr.passpro.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiSansSessionFilterTest {

    @ParameterizedTest(name = "Origin {0}, Host {1} → {2}")
    @CsvSource(nullValues = "AUCUN", value = {
        "AUCUN, passpro.ac-creteil.fr, true",
        "https://passpro.ac-creteil.fr, passpro.ac-creteil.fr, true",
        "http://localhost:28080, localhost:28080, true",
        "https://passpro.ac-creteil.fr, passpro.ac-creteil.fr:443, true",
        "https://intranet.ac-creteil.fr, passpro.ac-creteil.fr, false",
        "http://localhost:9999, localhost:28080, false",
        "null, passpro.ac-creteil.fr, false",
        "https://passpro.ac-creteil.fr, AUCUN, false",
    })
    void onlyASchedulerOrAPageOfPassproItselfMayCallTheApi(String origin, String host, boolean accepte) {
        assertThat(ApiSansSessionFilter.memeOrigine(origin, host)).isEqualTo(accepte);
    }
}
