package fr.passpro.it.planning;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.github.mangstadt.vinnie.VObjectProperty;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.passpro.application.inscription.InscriptionService;
import fr.passpro.application.planning.NouvelleSeance;
import fr.passpro.application.planning.PlanningService;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.courrier.StatutCourrier;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Deroulement;
import fr.passpro.domain.planning.Seance;
import fr.passpro.infrastructure.mail.EnvoiCourriers;
import fr.passpro.infrastructure.persistence.CourrierRepository;
import fr.passpro.it.Deployments;
import fr.passpro.it.support.Connexion;
import fr.passpro.it.support.Donnees;
import fr.passpro.it.support.HorlogeDeTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Convocation mails through the outbox to a real SMTP server started and stopped by the test, inside Payara: with the
 * server down nothing is lost, once it is up every convocation arrives exactly once, with its PDF and an invitation
 * that an independent iCalendar library reads (TZID Europe/Paris, METHOD, stable UID, SEQUENCE raised on a move,
 * CANCEL on a cancellation). The worker of the deployment is stopped: the test drives the outbox.
 */
@ExtendWith(ArquillianExtension.class)
class ConvocationsCourrielIT {

    private static final String JEAN_LURCAT = "0940132H";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withLibrariesOf(Deployments.withConfig(
                        Deployments.passproWithTestClock(ConvocationsCourrielIT.class),
                        EnvoiCourriers.AUTOMATIQUE + "=false\n"),
                GreenMail.class, Biweekly.class, VObjectProperty.class);
    }

    @Inject
    Donnees donnees;

    @Inject
    PlanningService planning;

    @Inject
    InscriptionService inscriptions;

    @Inject
    EnvoiCourriers envoi;

    @Inject
    CourrierRepository courriers;

    private Campagne campagne;
    private Etablissement college;
    private String collegeLogin;
    private Referent referent;
    private Formation formation;
    private Instant maintenant;

    @BeforeEach
    void aCollegeAReferentAndAnIndividualFormation() {
        campagne = donnees.campagne();
        college = donnees.nouveauCollege();
        collegeLogin = donnees.nouveauCompte(college);
        referent = donnees.nouveauReferent(college);
        formation = donnees.formations().stream()
                .filter(f -> f.getAccueilReferent().getUai().toString().equals(JEAN_LURCAT)
                        && f.getModalite() == ModaliteEntretien.INDIVIDUEL)
                .findFirst().orElseThrow();
        maintenant = ZonedDateTime.of(LocalDate.of(campagne.getDateOuverture().getYear(), Month.APRIL, 2),
                LocalTime.of(8, 0), Campagne.ZONE).toInstant();
        HorlogeDeTest.regler(maintenant);
    }

    @AfterEach
    void realTimeAgain() {
        HorlogeDeTest.regler(null);
    }

    @Test
    void convocationsQueuedWhileTheSmtpServerIsDownArriveExactlyOnceWhenItIsBack() throws Exception {
        List<Inscription> candidats = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            candidats.add(inscrire());
        }
        Connexion.en(donnees.nouveauCompteLycee(formation.getAccueilReferent()));
        List<Convocation> convocations = new ArrayList<>();
        LocalDateTime debut = LocalDate.of(campagne.getDateOuverture().getYear(), Month.APRIL, 7).atTime(13, 30);
        for (int i = 0; i < candidats.size(); i++) {
            Seance seance = planning.creerSeance(seance(debut.plusMinutes(25L * i)));
            convocations.add(planning.convoquer(candidats.get(i).getId(), seance.getId()));
        }
        int port = portLibre();

        int echecs = vider(session(port), maintenant);

        assertThat(echecs).as("tentatives refusées, serveur arrêté").isGreaterThanOrEqualTo(3);
        for (Convocation c : convocations) {
            var courrier = courriers.findById(c.getDernierCourrier().orElseThrow().getId()).orElseThrow();
            assertThat(courrier.getStatut()).isEqualTo(StatutCourrier.EN_ATTENTE);
            assertThat(courrier.getDerniereErreur()).as("raison donnée par le serveur").isNotBlank();
        }

        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Instant apresAttente = maintenant.plus(Duration.ofMinutes(5));
            vider(session(port), apresAttente);
            vider(session(port), apresAttente.plus(Duration.ofHours(1)));

            MimeMessage[] recus = pour(smtp, referent.getEmail());
            assertThat(recus).as("une fois chacune, au référent").hasSize(3);
            assertThat(Arrays.stream(recus).map(ConvocationsCourrielIT::objet).distinct()).hasSize(3);
            assertThat(pour(smtp, recus[0].getHeader("To", ",").split(",")[0].strip()))
                    .as("et une fois à la boîte du collège").hasSize(3);
            for (Convocation c : convocations) {
                assertThat(courriers.findById(c.getDernierCourrier().orElseThrow().getId()).orElseThrow().getStatut())
                        .isEqualTo(StatutCourrier.ENVOYE);
            }

            MimeMessage premier = Arrays.stream(recus)
                    .filter(m -> objet(m).contains(candidats.get(0).getEleve().getNomComplet())).findFirst().orElseThrow();
            ICalendar invitation = Biweekly.parse(new String(piece(premier, "text/calendar"), StandardCharsets.UTF_8))
                    .first();
            assertThat(invitation.getMethod().getValue()).isEqualTo("REQUEST");
            VEvent evenement = invitation.getEvents().get(0);
            assertThat(evenement.getUid().getValue()).isEqualTo(convocations.get(0).getUid());
            assertThat(evenement.getSequence().getValue()).isZero();
            assertThat(invitation.getTimezoneInfo().getTimezone(evenement.getDateStart()).getTimeZone().getID())
                    .isEqualTo("Europe/Paris");
            var heureLocale = evenement.getDateStart().getValue().getRawComponents();
            assertThat(LocalDateTime.of(heureLocale.getYear(), heureLocale.getMonth(), heureLocale.getDate(),
                    heureLocale.getHour(), heureLocale.getMinute())).as("heure murale de Paris").isEqualTo(debut);
            String pdf = texte(piece(premier, "application/pdf"));
            assertThat(pdf).contains(candidats.get(0).getEleve().getPrenom(), "13 h 30", "Salle");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aMovedSeanceSendsAnUpdateWithAHigherSequenceAndACancelledOneACancellation() throws Exception {
        Inscription candidat = inscrire();
        Connexion.en(donnees.nouveauCompteLycee(formation.getAccueilReferent()));
        LocalDateTime debut = LocalDate.of(campagne.getDateOuverture().getYear(), Month.APRIL, 8).atTime(9, 0);
        Seance seance = planning.creerSeance(seance(debut));
        Convocation convocation = planning.convoquer(candidat.getId(), seance.getId());

        planning.deplacerSeance(seance.getId(), debut.plusHours(2), debut.plusHours(2).plusMinutes(20));
        planning.annulerSeance(seance.getId());

        int port = portLibre();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            vider(session(port), maintenant);
            List<MimeMessage> recus = List.of(pour(smtp, referent.getEmail()));
            assertThat(recus).extracting(ConvocationsCourrielIT::objet).hasSize(3)
                    .anySatisfy(o -> assertThat(o).startsWith("Convocation modifiée"))
                    .anySatisfy(o -> assertThat(o).startsWith("Convocation annulée"));
            List<ICalendar> invitations = new ArrayList<>();
            for (MimeMessage m : recus) {
                invitations.add(Biweekly.parse(new String(piece(m, "text/calendar"), StandardCharsets.UTF_8)).first());
            }
            assertThat(invitations).extracting(i -> i.getEvents().get(0).getUid().getValue())
                    .containsOnly(convocation.getUid());
            assertThat(invitations).extracting(i -> i.getMethod().getValue() + " " + i.getEvents().get(0).getSequence()
                    .getValue()).containsExactlyInAnyOrder("REQUEST 0", "REQUEST 1", "CANCEL 2");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void askingAgainForAConvocationWhoseMailWaitsForARetrySendsItOnceWhenTheServerIsBack() throws Exception {
        Inscription candidat = inscrire();
        Connexion.en(donnees.nouveauCompteLycee(formation.getAccueilReferent()));
        LocalDateTime debut = LocalDate.of(campagne.getDateOuverture().getYear(), Month.APRIL, 9).atTime(10, 0);
        Convocation convocation = planning.convoquer(candidat.getId(), planning.creerSeance(seance(debut)).getId());
        int port = portLibre();
        assertThat(vider(session(port), maintenant)).as("serveur arrêté : une tentative refusée").isEqualTo(1);

        planning.renvoyer(convocation.getId());
        planning.renvoyer(convocation.getId());

        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            vider(session(port), maintenant.plusSeconds(30));
            assertThat(pour(smtp, referent.getEmail())).as("avancée, sans attendre le nouvel essai").hasSize(1);
            vider(session(port), maintenant.plus(Duration.ofHours(3)));
            assertThat(pour(smtp, referent.getEmail())).as("une seule fois, même après chaque nouvel essai prévu")
                    .hasSize(1);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aPupilConvokedAgainAfterACancellationGetsAConvocationNotAnUpdate() throws Exception {
        Inscription candidat = inscrire();
        Connexion.en(donnees.nouveauCompteLycee(formation.getAccueilReferent()));
        LocalDateTime matin = LocalDate.of(campagne.getDateOuverture().getYear(), Month.APRIL, 12).atTime(9, 0);
        Seance premiere = planning.creerSeance(seance(matin));
        planning.convoquer(candidat.getId(), premiere.getId());
        planning.annulerSeance(premiere.getId());
        planning.convoquer(candidat.getId(), planning.creerSeance(seance(matin.plusHours(5))).getId());

        int port = portLibre();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            vider(session(port), maintenant);
            assertThat(pour(smtp, referent.getEmail())).extracting(ConvocationsCourrielIT::objet)
                    .hasSize(3)
                    .noneSatisfy(o -> assertThat(o).startsWith("Convocation modifiée"))
                    .filteredOn(o -> o.startsWith("Convocation Passpro")).hasSize(2);
        } finally {
            smtp.stop();
        }
    }

    private Inscription inscrire() {
        Connexion.en(collegeLogin);
        var eleve = donnees.nouvelEleve(college);
        return inscriptions.inscrire(eleve.getId(), formation.getDomaine().getId(),
                formation.getAccueilReferent().getId(), referent.getId(), List.of(formation.getId()));
    }

    private NouvelleSeance seance(LocalDateTime debut) {
        return new NouvelleSeance(formation.getDomaine().getId(), Set.of(), ModaliteEntretien.INDIVIDUEL,
                Deroulement.PRESENTIEL, debut, debut.plusMinutes(20), "Salle " + Donnees.unique(), null, 1, "M. Test");
    }

    private static Session session(int port) {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", "2000");
        p.put("mail.smtp.timeout", "5000");
        p.put("mail.from", "passpro@test.passpro.fr");
        return Session.getInstance(p);
    }

    private static int portLibre() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Sends every due mail (batch after batch) through this server; returns the failed attempts. */
    private int vider(Session smtp, Instant instant) {
        int echecs = 0;
        for (int lot = 0; lot < 20; lot++) {
            var bilan = envoi.envoyerDus(smtp, instant);
            echecs += bilan.echecs();
            if (bilan.reserves() == 0) {
                break;
            }
        }
        return echecs;
    }

    /** What the server delivered to this mailbox. */
    private static MimeMessage[] pour(GreenMail smtp, String adresse) {
        var utilisateur = smtp.getUserManager().getUserByEmail(adresse);
        if (utilisateur == null) {
            return new MimeMessage[0];
        }
        try {
            return smtp.getManagers().getImapHostManager().getInbox(utilisateur).getMessages().stream()
                    .map(m -> m.getMimeMessage()).toArray(MimeMessage[]::new);
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String objet(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bytes of the first attachment of this type, searched through nested multiparts. */
    private static byte[] piece(MimeMessage message, String type) throws Exception {
        byte[] trouve = chercher(message.getContent(), type);
        assertThat(trouve).as("pièce " + type).isNotNull();
        return trouve;
    }

    private static byte[] chercher(Object contenu, String type) throws Exception {
        if (!(contenu instanceof Multipart multipart)) {
            return null;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith(type)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getDataHandler().writeTo(out);
                return out.toByteArray();
            }
            byte[] dedans = chercher(part.getContent(), type);
            if (dedans != null) {
                return dedans;
            }
        }
        return null;
    }

    private static String texte(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            StringBuilder texte = new StringBuilder();
            PdfTextExtractor extracteur = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                texte.append(extracteur.getTextFromPage(page)).append('\n');
            }
            return texte.toString();
        }
    }
}
