package fr.passpro.it.planning;

import fr.passpro.application.courrier.Courriers;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.infrastructure.convocation.ConvocationCourriel;
import fr.passpro.infrastructure.convocation.ConvocationCourriel.Nature;
import fr.passpro.infrastructure.convocation.ConvocationDocument;
import fr.passpro.infrastructure.convocation.ConvocationPdf;
import fr.passpro.infrastructure.convocation.InvitationCalendrier;
import fr.passpro.infrastructure.mail.EnvoiCourriers;
import fr.passpro.it.Deployments;
import jakarta.activation.DataHandler;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (run by {@code bench/outbox.sh}, never by the suite): N convocation mails (text, HTML, PDF,
 * invitation) through the outbox to a local SMTP server, beside a bare Jakarta Mail loop sending the same messages,
 * alternated A B A B in one run. Prints the figures; asserts nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CourrielsBench {

    private static final Logger LOGGER = Logger.getLogger(CourrielsBench.class.getName());

    @Deployment
    static EnterpriseArchive deployment() {
        // Read here (client side) from bench/outbox.sh's -D options, handed to the server as configuration.
        return Deployments.withConfig(Deployments.passproWithTests(CourrielsBench.class),
                EnvoiCourriers.AUTOMATIQUE + "=false\n"
                        + "bench.courriels=" + System.getProperty("bench.courriels", "10000") + "\n"
                        + "bench.tours=" + System.getProperty("bench.tours", "2") + "\n"
                        + "bench.smtp.port=" + System.getProperty("bench.smtp.port", "3125") + "\n");
    }

    /** The file the figures are written to, in the server's temporary directory. */
    static final String RAPPORT = "passpro-bench-courriels.txt";

    @Inject
    Courriers courriers;

    @Inject
    EnvoiCourriers envoi;

    @Test
    void outboxBesideABareJakartaMailLoop() throws Exception {
        var config = ConfigProvider.getConfig(CourrielsBench.class.getClassLoader());
        int n = config.getValue("bench.courriels", Integer.class);
        int tours = config.getValue("bench.tours", Integer.class);
        Session smtp = session(config.getValue("bench.smtp.port", Integer.class));
        ConvocationDocument d = document();
        byte[] pdf = ConvocationPdf.une(d);
        byte[] ics = InvitationCalendrier.requete(d);
        String objet = ConvocationCourriel.objet(d, Nature.NOUVELLE);
        String texte = ConvocationCourriel.texte(d, Nature.NOUVELLE);
        String html = ConvocationCourriel.html(d, Nature.NOUVELLE);
        StringBuilder rapport = new StringBuilder("\nBENCH courriels n=" + n + " pdf=" + pdf.length + " o ics=" + ics.length
                + " o\n");
        for (int tour = 1; tour <= tours; tour++) {
            Instant due = Instant.now();
            for (int i = 0; i < n; i++) {
                courriers.deposer(Courrier.nouveau(List.of(adresse(tour, i)), objet + " #" + i, texte, html, due)
                        .joindre("convocation.pdf", "application/pdf", pdf)
                        .joindre("convocation.ics", "text/calendar", ics));
            }
            long a0 = System.nanoTime();
            int envoyes = 0;
            for (var bilan = envoi.envoyerDus(smtp, Instant.now()); bilan.reserves() > 0;
                 bilan = envoi.envoyerDus(smtp, Instant.now())) {
                envoyes += bilan.envoyes();
            }
            double a = (System.nanoTime() - a0) / 1e9;

            long b0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Transport.send(nu(smtp, adresse(tour, i), objet + " #" + i, texte, html, pdf, ics));
            }
            double b = (System.nanoTime() - b0) / 1e9;
            rapport.append(String.format(java.util.Locale.ROOT,
                    "tour %d : A file %d envoyés en %.1f s = %.0f/s ; B boucle nue %.1f s = %.0f/s ; A/B temps %.2f%n",
                    tour, envoyes, a, envoyes / a, b, n / b, a / b));
        }
        LOGGER.info(rapport.toString());
        // Same machine as bench/outbox.sh, which prints it.
        java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), RAPPORT),
                rapport.toString());
    }

    private static String adresse(int tour, int i) {
        return "bench" + tour + "-" + (i % 100) + "@bench.passpro.fr";
    }

    /** The same message as the outbox builds: alternative text/HTML, then the PDF and the invitation. */
    private static MimeMessage nu(Session smtp, String a, String objet, String texte, String html, byte[] pdf,
                                  byte[] ics) throws MessagingException {
        MimeMessage message = new MimeMessage(smtp);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(a));
        message.setSubject(objet, "UTF-8");
        message.setSentDate(new Date());
        MimeMultipart corps = new MimeMultipart("alternative");
        MimeBodyPart t = new MimeBodyPart();
        t.setText(texte, "UTF-8");
        MimeBodyPart h = new MimeBodyPart();
        h.setContent(html, "text/html; charset=UTF-8");
        corps.addBodyPart(t);
        corps.addBodyPart(h);
        MimeMultipart tout = new MimeMultipart("mixed");
        MimeBodyPart c = new MimeBodyPart();
        c.setContent(corps);
        tout.addBodyPart(c);
        tout.addBodyPart(piece("convocation.pdf", "application/pdf", pdf));
        tout.addBodyPart(piece("convocation.ics", "text/calendar; method=REQUEST; charset=UTF-8", ics));
        message.setContent(tout);
        return message;
    }

    private static MimeBodyPart piece(String nom, String type, byte[] contenu) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(contenu, type)));
        part.setFileName(nom);
        return part;
    }

    private static Session session(int port) {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.from", "passpro@bench.passpro.fr");
        // The name given in HELO: without it, every connection looks the machine's name up.
        p.put("mail.smtp.localhost", "passpro.bench");
        return Session.getInstance(p);
    }

    private static ConvocationDocument document() {
        LocalDateTime debut = LocalDateTime.of(2027, 3, 17, 13, 30);
        return new ConvocationDocument("convocation-bench@passpro.ac-creteil.fr", 0, Instant.now(), "Créteil",
                "Lefèvre", "Éloïse", "3e B", "Collège Jean Jaurès", "Montreuil", "ce.0931234l@ac-creteil.fr",
                "Samira Benali", "samira.benali@ac-creteil.fr", "Lycée professionnel Jean Lurçat",
                "Saint-Maur-des-Fossés", "ce.0940132h@ac-creteil.fr", "Métiers de la relation client",
                new ArrayList<>(List.of("Métiers de l'accueil", "Métiers du commerce et de la vente")), true, false,
                debut, debut.plus(Duration.ofMinutes(20)), "B12", null, "M. Martin");
    }
}
