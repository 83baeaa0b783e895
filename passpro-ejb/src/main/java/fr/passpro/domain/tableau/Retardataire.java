package fr.passpro.domain.tableau;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An établissement that lags: a lycée with candidates left to convoke or comptes rendus overdue, a collège with
 * vœux of registered pupils still without avis d'origine. The reminder mail says what {@link #motifs()} says.
 */
public record Retardataire(long etablissementId, String nom, String uai, String departement, boolean lycee,
                           long aConvoquer, long comptesRendusEnRetard, long avisOrigineManquants)
        implements Serializable {

    /** What is late, in French, one item each: « 3 candidats à convoquer », « 2 comptes rendus en retard »… */
    public List<String> motifs() {
        List<String> motifs = new ArrayList<>();
        if (aConvoquer > 0) {
            motifs.add(pluriel(aConvoquer, "candidat à convoquer", "candidats à convoquer"));
        }
        if (comptesRendusEnRetard > 0) {
            motifs.add(pluriel(comptesRendusEnRetard, "compte rendu d'entretien en retard",
                    "comptes rendus d'entretien en retard"));
        }
        if (avisOrigineManquants > 0) {
            motifs.add(pluriel(avisOrigineManquants, "vœu sans avis d'origine", "vœux sans avis d'origine"));
        }
        return motifs;
    }

    private static String pluriel(long n, String un, String plusieurs) {
        return n + " " + (n > 1 ? plusieurs : un);
    }
}
