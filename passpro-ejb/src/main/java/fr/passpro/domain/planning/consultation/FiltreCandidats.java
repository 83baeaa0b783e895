package fr.passpro.domain.planning.consultation;

import fr.passpro.domain.inscription.StatutInscription;
import java.io.Serializable;

/**
 * The filter of a lycée's list of candidates; every criterion is optional (null: any).
 *
 * @param planifie true: convoked to a séance, false: not yet
 * @param texte    words of the pupil's name, each one found in the nom or the prénom (case and accents ignored)
 */
public record FiltreCandidats(Long domaineId, Long formationId, Long collegeId, StatutInscription statut,
                              Boolean planifie, String texte) implements Serializable {

    /** Words searched, at most; a longer query keeps its first words. */
    public static final int TEXTE_MAX = 100;

    public FiltreCandidats {
        texte = texte == null || texte.isBlank() ? null : texte.strip().replaceAll("\\s+", " ");
        if (texte != null && texte.length() > TEXTE_MAX) {
            texte = texte.substring(0, TEXTE_MAX);
        }
    }

    /** Every candidate. */
    public static FiltreCandidats tous() {
        return new FiltreCandidats(null, null, null, null, null, null);
    }
}
