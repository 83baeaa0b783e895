package fr.passpro.domain.courrier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemeEnvoiTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "MailConnectException : Couldn't connect to host, port: 127.0.0.1, 3025; timeout 10000 | SERVEUR_INJOIGNABLE",
        "MessagingException : Exception reading response; nested exception is: java.net.SocketTimeoutException: Read timed out | SERVEUR_INJOIGNABLE",
        "MessagingException : Exception reading response | SERVEUR_INJOIGNABLE",
        "SendFailedException : Invalid Addresses; nested exception is: SMTPAddressFailedException: 550 5.1.1 <ce.0930000x@ac-creteil.fr>: Recipient address rejected: User unknown | ADRESSE_REFUSEE",
        "SMTPSendFailedException : 552 5.2.2 Mailbox full | BOITE_PLEINE",
        "SMTPSendFailedException : 452 4.2.2 Over quota | BOITE_PLEINE",
        "SMTPSendFailedException : 421 4.3.2 Service not available, closing transmission channel | REFUS_TEMPORAIRE",
        "SMTPSendFailedException : 451 4.7.1 Greylisted, try again later | REFUS_TEMPORAIRE",
        "IllegalStateException : quelque chose d'imprévu | AUTRE",
    })
    void aTechnicalErrorIsToldAsAProblemStaffCanActOn(String erreur, ProblemeEnvoi attendu) {
        assertThat(ProblemeEnvoi.de(erreur)).isEqualTo(attendu);
    }

    @ParameterizedTest
    @CsvSource({ "SERVEUR_INJOIGNABLE, true", "REFUS_TEMPORAIRE, true", "ADRESSE_REFUSEE, false",
        "BOITE_PLEINE, false", "AUTRE, false" })
    void onlyAnUnreachableServerOrATemporaryRefusalPassesByItself(ProblemeEnvoi probleme, boolean passager) {
        assertThat(probleme.isPassager()).isEqualTo(passager);
    }
}
