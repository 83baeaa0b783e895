package fr.passpro.infrastructure.fiche;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import fr.passpro.domain.inscription.Avis;

/**
 * What the fiche récapitulative of one pupil shows, already resolved to text: the pupil, the collège, the personne
 * référente, and each inscription with its interview, its vœux, both avis and the compte rendu. A fiche that would
 * print something wrong or empty to a family is refused here, with a message that says what is missing.
 *
 * @param eleveClasse    « 3e B », may be null
 * @param collegeCommune may be null
 * @param referentNom    may be null, as its e-mail
 */
public record FicheRecapitulative(String academieNom, String anneeScolaire, String eleveNom, String elevePrenom,
        String eleveClasse, LocalDate eleveNaissance, String collegeNom, String collegeCommune, String referentNom,
        String referentEmail, List<Entretien> entretiens) {

    /** The presences a lycée records. */
    public static final Set<String> PRESENCES = Set.of("Présent", "Absent", "Excusé");

    public FicheRecapitulative {
        requis(academieNom, "le nom de l'académie");
        requis(anneeScolaire, "l'année scolaire");
        requis(eleveNom, "le nom de l'élève");
        requis(elevePrenom, "le prénom de l'élève");
        if (eleveNaissance == null) {
            throw new IllegalArgumentException("Fiche récapitulative sans la date de naissance de l'élève.");
        }
        requis(collegeNom, "le nom du collège");
        if (entretiens == null || entretiens.isEmpty() || entretiens.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Fiche récapitulative sans entretien pour l'élève " + elevePrenom + " "
                    + eleveNom + ".");
        }
        entretiens = List.copyOf(entretiens);
    }

    /**
     * One inscription and its interview.
     *
     * @param lyceeCommune may be null
     * @param debut        null while the interview is not yet held
     * @param presence     « Présent », « Absent », « Excusé », or null when not recorded
     * @param compteRendu  null for a collective interview (which has none) or while the lycée has not given it
     */
    public record Entretien(String domaine, String lyceeNom, String lyceeCommune, LocalDateTime debut,
            boolean individuel, boolean distanciel, String presence, List<Voeu> voeux, String compteRendu) {

        public Entretien {
            requis(domaine, "le domaine de l'entretien");
            requis(lyceeNom, "le lycée de l'entretien");
            if (presence != null && !PRESENCES.contains(presence)) {
                throw new IllegalArgumentException("Présence inconnue : « " + presence + " » (attendu : Présent,"
                        + " Absent ou Excusé).");
            }
            if (voeux == null || voeux.isEmpty() || voeux.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("Entretien du domaine « " + domaine + " » sans vœu.");
            }
            if (!individuel && compteRendu != null && !compteRendu.isBlank()) {
                throw new IllegalArgumentException("Un entretien collectif n'a pas de compte rendu (domaine « "
                        + domaine + " »).");
            }
            voeux = List.copyOf(voeux);
            compteRendu = compteRendu == null || compteRendu.isBlank() ? null : compteRendu.strip();
        }
    }

    /**
     * One formation asked for in an inscription.
     *
     * @param avisOrigine        « Favorable », « Assez favorable », « Réservé », or null
     * @param commentaireOrigine may be null
     * @param avisAccueil        the same words, or null while not given
     * @param ajouteALEntretien  the vœu was added by the lycée at the interview
     */
    public record Voeu(int rang, String formation, String etablissement, String avisOrigine,
            String commentaireOrigine, String avisAccueil, boolean ajouteALEntretien) {

        public Voeu {
            if (rang < 1) {
                throw new IllegalArgumentException("Rang de vœu invalide : " + rang + ".");
            }
            requis(formation, "la formation du vœu");
            requis(etablissement, "l'établissement de la formation « " + formation + " »");
            avis(avisOrigine);
            avis(avisAccueil);
        }
    }

    private static void requis(String text, String quoi) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Fiche récapitulative sans " + quoi + ".");
        }
    }

    private static void avis(String avis) {
        if (avis != null && Arrays.stream(Avis.values()).noneMatch(a -> a.libelle().equals(avis))) {
            throw new IllegalArgumentException("Avis inconnu : « " + avis + " » (attendu : Favorable, Assez favorable"
                    + " ou Réservé).");
        }
    }
}
