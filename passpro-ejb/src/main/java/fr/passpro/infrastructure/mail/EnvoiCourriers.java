package fr.passpro.infrastructure.mail;

import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.courrier.PieceJointe;
import fr.passpro.domain.courrier.ProblemeEnvoi;
import fr.passpro.infrastructure.convocation.InvitationCalendrier;
import fr.passpro.infrastructure.convocation.PiecesConvocation;
import fr.passpro.infrastructure.persistence.CourrierRepository;
import jakarta.annotation.Resource;
import jakarta.activation.DataHandler;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The outbox worker: every minute, on each Payara instance, claims the due mails batch after batch, produces the
 * attachments queued as snapshots (a convocation's PDF and invitation), sends them through {@code mail/passpro}
 * outside any transaction, and records the outcome. A failure is retried later with an exponential back-off
 * ({@link Courrier#delaiAvantEssai}); when the server does not answer, the rest of the batch waits for the next run.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EnvoiCourriers {

    private static final Logger LOGGER = Logger.getLogger(EnvoiCourriers.class.getName());

    /** Mails per run and instance: at most about LOT × SMTP time per minute. */
    static final int LOT = 50;
    /** How long a claim holds: longer than sending a whole batch. */
    static final Duration BAIL = Duration.ofMinutes(10);
    /** How long one run keeps taking batches: less than the minute between two runs. */
    static final Duration DUREE_PASSAGE = Duration.ofSeconds(40);

    private static final String INSTANCE = instance();
    private static final String CALENDRIER = "text/calendar";

    @Resource(lookup = "mail/passpro")
    private Session session;

    @Inject
    private CourrierRepository courriers;

    /**
     * MicroProfile Config property: {@code false} stops the worker of this deployment (mails stay queued until
     * {@link #envoyerMaintenant} or {@link #envoyerDus}); for tests that drive the outbox themselves. Default true.
     */
    public static final String AUTOMATIQUE = "passpro.courriers.envoi.automatique";

    /** The services' clock: mails are queued at its instant, so the worker reads the same time. */
    @Inject
    private Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "Envoi des courriels en attente")
    void toutesLesMinutes() {
        boolean automatique = ConfigProvider.getConfig(EnvoiCourriers.class.getClassLoader())
                .getOptionalValue(AUTOMATIQUE, Boolean.class).orElse(true);
        if (automatique) {
            // full batches follow one another for most of the minute, so that a planning of 1,000 pupils leaves in
            // about a minute, not 20; a batch with a failure ends the run (the server is in trouble)
            long fin = System.nanoTime() + DUREE_PASSAGE.toNanos();
            Bilan bilan;
            do {
                bilan = envoyerDus(session, maintenant());
            } while (bilan.reserves() == LOT && bilan.echecs() == 0 && System.nanoTime() < fin);
        }
    }

    /** Sends the due mails through {@code mail/passpro} now, e.g. right after a test or an administrator queued one. */
    public Bilan envoyerMaintenant() {
        return envoyerDus(session, maintenant());
    }

    /**
     * The later of the services' clock and the real time: a mail queued at the instant of a rehearsal clock set
     * ahead leaves at once, and so does one queued at the real time.
     */
    private Instant maintenant() {
        Instant reel = Instant.now();
        Instant services = clock.instant();
        return services.isAfter(reel) ? services : reel;
    }

    /**
     * Claims the mails due at {@code maintenant} and sends them through this session; outcomes are dated from
     * {@code maintenant} on. Public for tests, which give an unreachable server to make an attempt fail.
     */
    public Bilan envoyerDus(Session smtp, Instant maintenant) {
        Instant debut = Instant.now();
        int liberes = courriers.libererReservationsExpirees(maintenant);
        if (liberes > 0) {
            LOGGER.log(Level.WARNING, "{0} courriel(s) dont l''envoi avait été interrompu sont remis en attente", liberes);
        }
        List<Long> ids = courriers.reserver(INSTANCE, maintenant, maintenant.plus(BAIL), LOT);
        int envoyes = 0;
        int echecs = 0;
        // One SMTP connection for the whole batch (a new one after a failure): the server's greeting and EHLO are
        // paid once per batch instead of once per mail.
        Transport connexion = null;
        for (int rang = 0; rang < ids.size(); rang++) {
            Long id = ids.get(rang);
            var courrier = courriers.chargerReserve(id, INSTANCE);
            if (courrier.isEmpty()) {
                continue;
            }
            try {
                MimeMessage message = message(smtp, courrier.get());
                message.saveChanges();
                if (connexion == null) {
                    connexion = smtp.getTransport("smtp");
                    connexion.connect();
                }
                connexion.sendMessage(message, message.getAllRecipients());
                courriers.marquerEnvoye(id, maintenant.plus(Duration.between(debut, Instant.now())));
                envoyes++;
            } catch (MessagingException | RuntimeException e) {
                fermer(connexion);
                connexion = null;
                Courrier apres = courriers.marquerEchec(id, erreur(e),
                        maintenant.plus(Duration.between(debut, Instant.now())));
                echecs++;
                LOGGER.log(Level.WARNING, "Échec de l''envoi du courriel n° {0} (tentative {1}, {2}) : {3}",
                        new Object[] { String.valueOf(id), apres.getTentatives(), apres.getStatut(), e.getMessage() });
                if (apres.getProbleme().filter(p -> p == ProblemeEnvoi.SERVEUR_INJOIGNABLE).isPresent()) {
                    // the server does not answer: the rest of the batch would cost one time-out each; they wait
                    // for the next run, with no attempt counted
                    int rendus = courriers.rendre(ids.subList(rang + 1, ids.size()), INSTANCE);
                    if (rendus > 0) {
                        LOGGER.log(Level.INFO, "Serveur de messagerie injoignable : {0} courriel(s) attendent le prochain passage",
                                rendus);
                    }
                    break;
                }
            }
        }
        fermer(connexion);
        if (!ids.isEmpty()) {
            LOGGER.log(Level.INFO, "Courriels : {0} envoyé(s), {1} en échec sur {2}", new Object[] { envoyes, echecs, INSTANCE });
        }
        return new Bilan(ids.size(), envoyes, echecs);
    }

    /**
     * The error as the académie reads it, with its causes: Jakarta Mail's message alone often hides what happened
     * (« Exception reading response » for a server that stopped answering: the cause is a read time-out).
     */
    static String erreur(Throwable e) {
        StringBuilder texte = new StringBuilder(e.getClass().getSimpleName()).append(" : ").append(e.getMessage());
        Throwable cause = e.getCause();
        if (e instanceof MessagingException m && m.getNextException() != null) {
            cause = m.getNextException();
        }
        for (int profondeur = 0; cause != null && profondeur < 5; profondeur++) {
            texte.append(" ; cause : ").append(cause.getClass().getSimpleName()).append(" : ").append(cause.getMessage());
            cause = cause instanceof MessagingException m && m.getNextException() != null ? m.getNextException()
                    : cause.getCause();
        }
        return texte.toString();
    }

    private static void fermer(Transport connexion) {
        if (connexion == null) {
            return;
        }
        try {
            connexion.close();
        } catch (MessagingException e) {
            LOGGER.log(Level.FINE, "Fermeture de la connexion SMTP", e);
        }
    }

    static MimeMessage message(Session smtp, Courrier courrier) throws MessagingException {
        MimeMessage message = new MimeMessage(smtp);
        message.setFrom();
        message.setRecipients(Message.RecipientType.TO,
                InternetAddress.parse(String.join(",", courrier.getDestinataires()), true));
        message.setSubject(courrier.getObjet(), "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        List<PieceJointe> pieces = courrier.getPiecesJointes();
        if (courrier.getHtml() == null && pieces.isEmpty()) {
            message.setText(courrier.getTexte(), "UTF-8");
            return message;
        }
        MimeMultipart corps = new MimeMultipart("alternative");
        MimeBodyPart texte = new MimeBodyPart();
        texte.setText(courrier.getTexte(), "UTF-8");
        corps.addBodyPart(texte);
        if (courrier.getHtml() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(courrier.getHtml(), "UTF-8", "html");
            corps.addBodyPart(html);
        }
        if (pieces.isEmpty()) {
            message.setContent(corps);
            return message;
        }
        MimeMultipart tout = new MimeMultipart("mixed");
        MimeBodyPart corpsPart = new MimeBodyPart();
        corpsPart.setContent(corps);
        tout.addBodyPart(corpsPart);
        for (PieceJointe piece : pieces) {
            MimeBodyPart part = new MimeBodyPart();
            byte[] contenu = piece.isAProduire() ? PiecesConvocation.produire(piece.getModele(), piece.getDonnees())
                    : piece.getContenu();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(contenu, typeContenu(piece, contenu))));
            part.setFileName(piece.getNomFichier());
            tout.addBodyPart(part);
        }
        message.setContent(tout);
        return message;
    }

    /**
     * The Content-Type of an attachment: a calendar carries its iTIP method ({@code text/calendar; method=REQUEST;
     * charset=UTF-8}), so that mail clients offer it as an invitation to add to the agenda, or apply its cancellation.
     */
    static String typeContenu(PieceJointe piece, byte[] contenu) {
        if (!CALENDRIER.equals(piece.getTypeContenu())) {
            return piece.getTypeContenu();
        }
        return InvitationCalendrier.methode(contenu)
                .map(methode -> CALENDRIER + "; method=" + methode + "; charset=UTF-8")
                .orElse(CALENDRIER + "; charset=UTF-8");
    }

    private static String instance() {
        String nom = System.getProperty("com.sun.aas.instanceName", "passpro");
        try {
            nom = nom + "@" + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // The instance name alone is enough to tell claims apart on one machine.
        }
        return nom.length() > Courrier.RESERVE_PAR_MAX ? nom.substring(0, Courrier.RESERVE_PAR_MAX) : nom;
    }

    /** What one run did. */
    public record Bilan(int reserves, int envoyes, int echecs) {
    }
}
