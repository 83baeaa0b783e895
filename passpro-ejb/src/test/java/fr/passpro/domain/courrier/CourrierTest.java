package fr.passpro.domain.courrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourrierTest {

    private static final Instant T0 = Instant.parse("2027-03-15T09:00:00Z");

    private static Courrier courrier() {
        return Courrier.nouveau(List.of("secretariat@cfa-exemple.fr"), "Objet", "Texte", null, T0);
    }

    @Test
    void aNewMailWaitsForItsFirstAttemptAtTheGivenInstant() {
        Courrier c = courrier();

        assertThat(c.getStatut()).isEqualTo(StatutCourrier.EN_ATTENTE);
        assertThat(c.isAEnvoyer(T0.minusSeconds(1))).isFalse();
        assertThat(c.isAEnvoyer(T0)).isTrue();
    }

    @Test
    void theWaitDoublesAfterEachFailureUpToTwoHours() {
        assertThat(Courrier.delaiAvantEssai(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Courrier.delaiAvantEssai(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Courrier.delaiAvantEssai(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Courrier.delaiAvantEssai(7)).isEqualTo(Duration.ofMinutes(64));
        assertThat(Courrier.delaiAvantEssai(8)).isEqualTo(Duration.ofHours(2));
        assertThat(Courrier.delaiAvantEssai(40)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aFailureKeepsTheErrorAndSchedulesTheNextAttempt() {
        Courrier c = courrier();

        c.echec("Connexion refusée", T0);
        c.echec("Connexion refusée encore", T0.plusSeconds(60));

        assertThat(c.getStatut()).isEqualTo(StatutCourrier.EN_ATTENTE);
        assertThat(c.getTentatives()).isEqualTo(2);
        assertThat(c.getDerniereErreur()).isEqualTo("Connexion refusée encore");
        assertThat(c.getProchainEssai()).isEqualTo(T0.plusSeconds(60).plus(Duration.ofMinutes(2)));
        assertThat(c.isAEnvoyer(T0.plusSeconds(60 + 119))).isFalse();
    }

    @Test
    void afterTheLastAttemptTheMailIsGivenUpUntilRelaunched() {
        Courrier c = courrier();
        for (int i = 0; i < Courrier.TENTATIVES_MAX; i++) {
            c.echec("refus", T0);
        }

        assertThat(c.getStatut()).isEqualTo(StatutCourrier.ECHEC);
        assertThat(c.isAEnvoyer(T0.plus(Duration.ofDays(1)))).isFalse();

        c.relancer(T0.plus(Duration.ofDays(1)));
        assertThat(c.getStatut()).isEqualTo(StatutCourrier.EN_ATTENTE);
        assertThat(c.getTentatives()).isZero();
    }

    @Test
    void aSentMailIsNoLongerToSend() {
        Courrier c = courrier();
        c.envoye(T0);

        assertThat(c.getStatut()).isEqualTo(StatutCourrier.ENVOYE);
        assertThat(c.getEnvoyeLe()).isEqualTo(T0);
        assertThat(c.isAEnvoyer(T0.plusSeconds(3600))).isFalse();
        assertThatThrownBy(() -> c.relancer(T0)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void recipientsSubjectAndAttachmentsAreChecked() {
        assertThatThrownBy(() -> Courrier.nouveau(List.of(), "Objet", "Texte", null, T0))
                .hasMessageContaining("au moins un destinataire");
        assertThatThrownBy(() -> Courrier.nouveau(List.of("a@b.fr, c@d.fr"), "Objet", "Texte", null, T0))
                .hasMessageContaining("n'est pas une adresse");
        assertThatThrownBy(() -> Courrier.nouveau(List.of("a@b.fr"), "Objet\r\nBcc: x@y.fr", "Texte", null, T0))
                .as("pas d'en-tête injecté par l'objet").hasMessageContaining("plusieurs lignes");
        assertThatThrownBy(() -> courrier().joindre("../x.pdf", "application/pdf", new byte[] { 1 }))
                .isInstanceOf(InvalidValueException.class);
        assertThat(Courrier.nouveau(List.of("a@b.fr", "a@b.fr", "c@d.fr"), "Objet", "Texte", "<p>x</p>", T0)
                .getDestinataires()).containsExactly("a@b.fr", "c@d.fr");
    }

    @Test
    void aRetryIsDueAtTheTickOfTheMinuteStaffAreToldEvenWhenTheRunTookTime() {
        // the worker's run started on the 09:00 tick, the attempt failed 800 ms later: staff read « nouvel essai à
        // 9 h 01 », and the 09:01 tick (a few milliseconds past the minute) must take it
        Courrier c = courrier();
        c.echec("MailConnectException : Couldn't connect to host", T0.plusMillis(800));

        assertThat(c.getProchainEssai()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(c.isAEnvoyer(T0.plus(Duration.ofMinutes(1)).plusMillis(3))).isTrue();

        c.echec("MailConnectException : Couldn't connect to host", T0.plus(Duration.ofMinutes(1)).plusMillis(950));
        assertThat(c.isAEnvoyer(T0.plus(Duration.ofMinutes(3)).plusMillis(2))).isTrue();
    }

    @Test
    void aWaitingMailAskedForAgainIsBroughtForwardNotDuplicated() {
        Courrier c = courrier();
        c.echec("refus", T0);

        c.avancer(T0.plusSeconds(5));

        assertThat(c.isAEnvoyer(T0.plusSeconds(5))).isTrue();
        assertThat(c.getTentatives()).isEqualTo(1);
        assertThat(c.isEnAttenteDEnvoi()).isTrue();
        c.envoye(T0.plusSeconds(60));
        assertThat(c.isEnAttenteDEnvoi()).isFalse();
        assertThatThrownBy(() -> c.avancer(T0.plusSeconds(70))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theProblemOfTheLastAttemptIsNamedForStaffAndForgottenOnceSent() {
        Courrier c = courrier();
        assertThat(c.getProbleme()).isEmpty();

        c.echec("MailConnectException : Couldn't connect to host, port: 127.0.0.1, 3025; timeout 10000", T0);
        assertThat(c.getProbleme()).contains(ProblemeEnvoi.SERVEUR_INJOIGNABLE);

        c.envoye(T0.plusSeconds(60));
        assertThat(c.getProbleme()).isEmpty();
    }
}
