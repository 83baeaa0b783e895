package fr.passpro.it.courrier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passpro.application.courrier.Courriers;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.courrier.ProblemeEnvoi;
import fr.passpro.domain.courrier.StatutCourrier;
import fr.passpro.infrastructure.mail.EnvoiCourriers;
import fr.passpro.infrastructure.persistence.CourrierRepository;
import fr.passpro.it.Deployments;
import fr.passpro.it.support.Donnees;
import fr.passpro.it.support.GreenMail;
import fr.passpro.it.support.Parallele;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mail outbox on the real server: a queued mail reaches the SMTP server (GreenMail), a failed attempt is retried
 * later, and two instances claiming at the same moment never take the same mail.
 */
@ExtendWith(ArquillianExtension.class)
class CourriersIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.passproWithTests(CourriersIT.class, Donnees.class, GreenMail.class, Parallele.class,
                fr.passpro.it.support.Connexion.class);
    }

    @Inject
    Courriers courriers;

    @Inject
    CourrierRepository repository;

    @Inject
    EnvoiCourriers envoi;

    @Inject
    Parallele parallele;

    @Resource(lookup = "mail/passpro")
    Session session;

    private static String adresse() {
        return "outbox." + Donnees.unique() + "@test.passpro.fr";
    }

    @Test
    void aQueuedMailWithAnAttachmentArrives() {
        String a = adresse();
        String jeton = "jeton-" + Donnees.unique();
        Courrier courrier = courriers.deposer(Courrier.nouveau(List.of(a), "Convocation " + jeton,
                "Bonjour,\nvoici la convocation " + jeton + ".", "<p>Bonjour, voici la convocation " + jeton + ".</p>",
                Instant.now()).joindre("convocation.pdf", "application/pdf", "%PDF-1.4 test".getBytes()));

        envoi.envoyerMaintenant();

        GreenMail.attendre(a, "Convocation " + jeton, Duration.ofSeconds(90));
        assertThat(GreenMail.messages(a)).contains("convocation.pdf");
        Courrier envoye = repository.findById(courrier.getId()).orElseThrow();
        assertThat(envoye.getStatut()).isEqualTo(StatutCourrier.ENVOYE);
        assertThat(envoye.getTentatives()).isEqualTo(1);
        assertThat(envoye.getEnvoyeLe()).isNotNull();
    }

    @Test
    void aFailedAttemptIsRetriedAfterABackOffThenSent() {
        String a = adresse();
        String jeton = "retry-" + Donnees.unique();
        // Due in an hour: the worker of the server (every minute) leaves it to this test.
        Instant due = Instant.now().plus(Duration.ofHours(1));
        Courrier courrier = courriers.deposer(Courrier.nouveau(List.of(a), "Essai " + jeton, "Texte " + jeton, null, due));

        envoi.envoyerDus(serveurInjoignable(), due.plusSeconds(1));

        Courrier apresEchec = repository.findById(courrier.getId()).orElseThrow();
        assertThat(apresEchec.getStatut()).isEqualTo(StatutCourrier.EN_ATTENTE);
        assertThat(apresEchec.getTentatives()).isEqualTo(1);
        assertThat(apresEchec.getDerniereErreur()).isNotBlank();
        assertThat(apresEchec.getProchainEssai()).isAfter(due.plusSeconds(1));
        assertThat(GreenMail.recu(a, jeton)).isFalse();

        envoi.envoyerDus(session, apresEchec.getProchainEssai().minusMillis(1));
        assertThat(repository.findById(courrier.getId()).orElseThrow().getStatut())
                .as("pas de nouvel essai avant la fin de l'attente").isEqualTo(StatutCourrier.EN_ATTENTE);

        envoi.envoyerDus(session, apresEchec.getProchainEssai());

        GreenMail.attendre(a, "Essai " + jeton, Duration.ofSeconds(30));
        Courrier envoye = repository.findById(courrier.getId()).orElseThrow();
        assertThat(envoye.getStatut()).isEqualTo(StatutCourrier.ENVOYE);
        assertThat(envoye.getTentatives()).isEqualTo(2);
    }

    @Test
    void twoInstancesClaimingAtOnceNeverTakeTheSameMail() throws Exception {
        Instant due = Instant.now().plus(Duration.ofHours(2));
        Set<Long> miens = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            miens.add(courriers.deposer(Courrier.nouveau(List.of(adresse()), "Lot " + i, "Texte", null, due)).getId());
        }

        CountDownLatch depart = new CountDownLatch(2);
        // The claims expire at once: the mails go back to the queue afterwards.
        var a = parallele.appeler(depart, () -> repository.reserver("instance-a", due.plusSeconds(1), Instant.now(), 1000));
        var b = parallele.appeler(depart, () -> repository.reserver("instance-b", due.plusSeconds(1), Instant.now(), 1000));
        @SuppressWarnings("unchecked")
        List<Long> deA = new ArrayList<>((List<Long>) a.get());
        @SuppressWarnings("unchecked")
        List<Long> deB = new ArrayList<>((List<Long>) b.get());

        deA.retainAll(miens);
        deB.retainAll(miens);
        assertThat(java.util.Collections.disjoint(deA, deB)).as("aucun courriel pris par les deux instances : %s / %s",
                deA, deB).isTrue();
        Set<Long> tous = new HashSet<>(deA);
        tous.addAll(deB);
        assertThat(tous).containsExactlyInAnyOrderElementsOf(miens);
        for (Long id : miens) {
            Courrier c = repository.findById(id).orElseThrow();
            assertThat(c.getStatut()).isEqualTo(StatutCourrier.EN_COURS);
            assertThat(c.getReservePar()).isEqualTo(deA.contains(id) ? "instance-a" : "instance-b");
        }
    }

    @Test
    void aServerThatAcceptsTheConnectionThenStallsCostsATimeoutAndTheMailLeavesOnceItAnswers() throws Exception {
        // The domain's mail session bounds every wait on the server: connecting, reading its replies, writing the mail.
        Properties production = session.getProperties();
        assertThat(production.getProperty("mail.smtp.connectiontimeout")).as("connexion").isNotBlank();
        assertThat(production.getProperty("mail.smtp.timeout")).as("lecture").isNotBlank();
        assertThat(production.getProperty("mail.smtp.writetimeout")).as("écriture").isNotBlank();

        String a = adresse();
        String jeton = "muet-" + Donnees.unique();
        Instant due = Instant.now().plus(Duration.ofMinutes(30));
        Courrier courrier = courriers.deposer(Courrier.nouveau(List.of(a), "Muet " + jeton, "Texte " + jeton, null, due));

        // A server that accepts connections (the kernel completes them) and then never says a word.
        try (ServerSocket muet = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            long debut = System.nanoTime();
            envoi.envoyerDus(serveurMuet(muet.getLocalPort()), due.plusSeconds(1));
            Duration attente = Duration.ofNanos(System.nanoTime() - debut);

            Courrier apres = repository.findById(courrier.getId()).orElseThrow();
            assertThat(apres.getStatut()).as("gardé pour un nouvel essai").isEqualTo(StatutCourrier.EN_ATTENTE);
            assertThat(apres.getProbleme()).contains(ProblemeEnvoi.SERVEUR_INJOIGNABLE);
            assertThat(attente).as("le travailleur ne reste pas pendu au serveur muet")
                    .isLessThan(Duration.ofSeconds(60));

            envoi.envoyerDus(session, apres.getProchainEssai());
        }

        GreenMail.attendre(a, "Muet " + jeton, Duration.ofSeconds(30));
        assertThat(repository.findById(courrier.getId()).orElseThrow().getStatut()).isEqualTo(StatutCourrier.ENVOYE);
        envoi.envoyerDus(session, due.plus(Duration.ofHours(3)));
        assertThat(GreenMail.nombre(a, jeton)).as("remis une seule fois").isEqualTo(1);
    }

    /** The stalled server, with the production session's keys but short waits (each mail due costs one). */
    private static Session serveurMuet(int port) {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", "1500");
        p.put("mail.smtp.timeout", "1500");
        p.put("mail.smtp.writetimeout", "1500");
        p.put("mail.from", "passpro@test.passpro.fr");
        return Session.getInstance(p);
    }

    private static Session serveurInjoignable() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", "1");
        p.put("mail.smtp.connectiontimeout", "2000");
        p.put("mail.smtp.timeout", "2000");
        p.put("mail.from", "passpro@test.passpro.fr");
        return Session.getInstance(p);
    }
}
