package fr.passpro.infrastructure.convocation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

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
