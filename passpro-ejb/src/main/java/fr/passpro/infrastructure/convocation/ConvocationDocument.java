package fr.passpro.infrastructure.convocation;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Everything a convocation shows, already resolved to text by the caller: the same record feeds the calendar
 * invitation, the printed convocation and the mails, so that they never disagree.
 *
 * @param uid          the calendar UID, stable for one inscription (e.g. {@code convocation-42@passpro.ac-creteil.fr})
 * @param sequence     the RFC 5545 SEQUENCE: 0 for the first convocation, raised on each change and on the cancellation
 * @param horodatage   when this version was issued (DTSTAMP)
 * @param academieNom  e.g. « Créteil », shown as « Académie de Créteil »
 * @param collegeMail  the collège's functional mailbox
 * @param referentNom  first name and name of the personne référente
 * @param lyceeMail    the lycée's mailbox: organizer of the invitation and contact for the family
 * @param formations   the libellés of the formations asked for in this domaine, at least one
 * @param individuel   entretien individuel, else collectif
 * @param distanciel   by video, else on site
 * @param debut        start, Europe/Paris wall-clock time
 * @param fin          end, Europe/Paris wall-clock time, after {@code debut}
 * @param salle        the room, required on site, null when distanciel
 * @param lienVisio    the https link of the video meeting, required when distanciel, null on site
 * @param intervenants who holds the interview, may be null
 */
public record ConvocationDocument(
        String uid,
        int sequence,
        Instant horodatage,
        String academieNom,
        String eleveNom,
        String elevePrenom,
        String eleveClasse,
        String collegeNom,
        String collegeCommune,
        String collegeMail,
        String referentNom,
        String referentEmail,
        String lyceeNom,
        String lyceeCommune,
        String lyceeMail,
        String domaine,
        List<String> formations,
        boolean individuel,
        boolean distanciel,
        LocalDateTime debut,
        LocalDateTime fin,
        String salle,
        String lienVisio,
        String intervenants) {

    public ConvocationDocument {
        requireText(uid, "uid");
        Objects.requireNonNull(horodatage, "L'horodatage de la convocation est obligatoire.");
        if (sequence < 0) {
            throw new IllegalArgumentException("La séquence d'une convocation est positive ou nulle : " + sequence);
        }
        requireText(academieNom, "academieNom");
        requireText(eleveNom, "eleveNom");
        requireText(elevePrenom, "elevePrenom");
        requireText(collegeNom, "collegeNom");
        requireText(collegeMail, "collegeMail");
        requireText(lyceeNom, "lyceeNom");
        requireText(lyceeCommune, "lyceeCommune");
        requireText(lyceeMail, "lyceeMail");
        requireText(domaine, "domaine");
        Objects.requireNonNull(formations, "Les formations demandées sont obligatoires.");
        formations = List.copyOf(formations);
        if (formations.isEmpty()) {
            throw new IllegalArgumentException("Une convocation porte sur au moins une formation.");
        }
        Objects.requireNonNull(debut, "Le début de l'entretien est obligatoire.");
        Objects.requireNonNull(fin, "La fin de l'entretien est obligatoire.");
        if (!fin.isAfter(debut)) {
            throw new IllegalArgumentException("L'entretien finit après avoir commencé : " + debut + " – " + fin);
        }
        if (distanciel) {
            requireText(lienVisio, "lienVisio");
            if (!isHttps(lienVisio)) {
                throw new IllegalArgumentException("Le lien de visioconférence doit être une adresse https : " + lienVisio);
            }
        } else {
            requireText(salle, "salle");
        }
    }

    /**
     * The document as text (properties), kept with a queued mail so that its PDF and invitation are produced when the
     * mail is sent, exactly as they were at the change; {@link #depuisTexte} reads it back.
     */
    public String enTexte() {
        Properties p = new Properties();
        mettre(p, "uid", uid);
        mettre(p, "sequence", String.valueOf(sequence));
        mettre(p, "horodatage", horodatage.toString());
        mettre(p, "academieNom", academieNom);
        mettre(p, "eleveNom", eleveNom);
        mettre(p, "elevePrenom", elevePrenom);
        mettre(p, "eleveClasse", eleveClasse);
        mettre(p, "collegeNom", collegeNom);
        mettre(p, "collegeCommune", collegeCommune);
        mettre(p, "collegeMail", collegeMail);
        mettre(p, "referentNom", referentNom);
        mettre(p, "referentEmail", referentEmail);
        mettre(p, "lyceeNom", lyceeNom);
        mettre(p, "lyceeCommune", lyceeCommune);
        mettre(p, "lyceeMail", lyceeMail);
        mettre(p, "domaine", domaine);
        mettre(p, "formations", String.valueOf(formations.size()));
        for (int i = 0; i < formations.size(); i++) {
            mettre(p, "formation." + i, formations.get(i));
        }
        mettre(p, "individuel", String.valueOf(individuel));
        mettre(p, "distanciel", String.valueOf(distanciel));
        mettre(p, "debut", debut.toString());
        mettre(p, "fin", fin.toString());
        mettre(p, "salle", salle);
        mettre(p, "lienVisio", lienVisio);
        mettre(p, "intervenants", intervenants);
        StringWriter texte = new StringWriter();
        try {
            p.store(texte, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the first line is the date of the store: the same document always gives the same text
        return texte.toString().lines().filter(l -> !l.startsWith("#")).sorted().collect(Collectors.joining("\n"));
    }

    /** The document {@link #enTexte} wrote. */
    public static ConvocationDocument depuisTexte(String texte) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(texte));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int nombre = Integer.parseInt(p.getProperty("formations", "0"));
        List<String> formations = new ArrayList<>();
        for (int i = 0; i < nombre; i++) {
            formations.add(p.getProperty("formation." + i));
        }
        return new ConvocationDocument(p.getProperty("uid"), Integer.parseInt(p.getProperty("sequence")),
                Instant.parse(p.getProperty("horodatage")), p.getProperty("academieNom"), p.getProperty("eleveNom"),
                p.getProperty("elevePrenom"), p.getProperty("eleveClasse"), p.getProperty("collegeNom"),
                p.getProperty("collegeCommune"), p.getProperty("collegeMail"), p.getProperty("referentNom"),
                p.getProperty("referentEmail"), p.getProperty("lyceeNom"), p.getProperty("lyceeCommune"),
                p.getProperty("lyceeMail"), p.getProperty("domaine"), formations,
                Boolean.parseBoolean(p.getProperty("individuel")), Boolean.parseBoolean(p.getProperty("distanciel")),
                LocalDateTime.parse(p.getProperty("debut")), LocalDateTime.parse(p.getProperty("fin")),
                p.getProperty("salle"), p.getProperty("lienVisio"), p.getProperty("intervenants"));
    }

    private static void mettre(Properties p, String cle, String valeur) {
        if (valeur != null) {
            p.setProperty(cle, valeur);
        }
    }

    /** « Éloïse Lefèvre ». */
    public String eleve() {
        return elevePrenom + " " + eleveNom;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Champ obligatoire de la convocation absent : " + name);
        }
    }

    private static boolean isHttps(String link) {
        try {
            URI uri = new URI(link.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
