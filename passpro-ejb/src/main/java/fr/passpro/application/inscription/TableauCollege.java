package fr.passpro.application.inscription;

import fr.passpro.domain.inscription.StatutInscription;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The collège dashboard, counted in the database (issue 14): its figures, and the first rows of what is missing
 * (each list with its full count), never the collège's whole list of inscriptions.
 *
 * @param sansAvis           inscriptions before their interview that still have a vœu without avis d'origine (first rows)
 * @param nombreSansAvis     how many such inscriptions in all
 * @param sansReferentActif  inscriptions before their interview whose personne référente is no longer active (first rows)
 * @param nombreSansReferent how many such inscriptions in all
 */
public record TableauCollege(long nombreEleves, long elevesSansInscription, Map<StatutInscription, Long> parStatut,
                             long voeuxSansAvis, List<Manque> sansAvis, long nombreSansAvis,
                             List<Manque> sansReferentActif, long nombreSansReferent, long convocationsAVenir,
                             long convocationsSansReponse) implements Serializable {

    /** How many rows of each list of what is missing the dashboard shows; the full list is the inscriptions page. */
    public static final int LIGNES_MAX = 20;

    /** An inscription with something missing: the pupil, the domaine, how many vœux lack an avis d'origine. */
    public record Manque(long inscriptionId, String elevePrenom, String eleveNom, String domaine, long voeuxSansAvis)
            implements Serializable {
    }

    public static TableauCollege vide() {
        return new TableauCollege(0, 0, Map.of(), 0, List.of(), 0, List.of(), 0, 0, 0);
    }

    public long nombre(StatutInscription statut) {
        return parStatut.getOrDefault(statut, 0L);
    }

    /** Every inscription, withdrawn ones included. */
    public long total() {
        return parStatut.values().stream().mapToLong(Long::longValue).sum();
    }
}
