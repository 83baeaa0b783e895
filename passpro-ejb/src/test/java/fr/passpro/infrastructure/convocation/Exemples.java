package fr.passpro.infrastructure.convocation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** Convocations to test the documents with. */
final class Exemples {

    static final LocalDateTime SAMEDI_13_30 = LocalDateTime.of(2027, 3, 27, 13, 30);
    static final LocalDateTime LUNDI_13_30 = LocalDateTime.of(2027, 3, 29, 13, 30);
    static final LocalDateTime MERCREDI_13_30 = LocalDateTime.of(2027, 3, 17, 13, 30);

    private Exemples() {
    }

    /** Éloïse Lefèvre, on site, individual, on Wednesday 17 March 2027 from 13:30 to 13:50. */
    static ConvocationDocument eloise() {
        return surPlace(MERCREDI_13_30, "Lefèvre", "Éloïse");
    }

    static ConvocationDocument surPlace(LocalDateTime debut, String nom, String prenom) {
        return new ConvocationDocument("convocation-42@passpro.ac-creteil.fr", 0, Instant.parse("2027-03-01T08:15:00Z"),
                "Créteil", nom, prenom, "3e B", "Collège Jean Moulin", "Vincennes", "ce.0941234a@ac-creteil.fr",
                "Mme Anne-Sophie Côté", "anne-sophie.cote@ac-creteil.fr", "Lycée professionnel Jean Lurçat",
                "Saint-Maur-des-Fossés", "ce.0940132h@ac-creteil.fr", "Électricité, énergie",
                List.of("2de pro Métiers de l'électricité et de ses environnements connectés", "CAP Électricien"),
                true, false, debut, debut.plusMinutes(20), "104", null, "M. Dubœuf, chef de travaux");
    }

    /** A collective interview by video. */
    static ConvocationDocument aDistance(LocalDateTime debut) {
        return new ConvocationDocument("convocation-43@passpro.ac-creteil.fr", 2, Instant.parse("2027-03-02T09:00:00Z"),
                "Créteil", "N'Diaye", "Moussa", "3e Prépa-métiers", "Collège Pablo Picasso", "Montreuil",
                "ce.0931111x@ac-creteil.fr", "M. Karim Benali", "karim.benali@ac-creteil.fr",
                "Lycée professionnel Léonard de Vinci", "Tremblay-en-France", "ce.0930135s@ac-creteil.fr",
                "Hôtellerie-restauration", List.of("CAP Cuisine"), false, true, debut, debut.plusMinutes(45), null,
                "https://visio.education.fr/meeting/passpro-4?pwd=a&b=1", null);
    }
}
