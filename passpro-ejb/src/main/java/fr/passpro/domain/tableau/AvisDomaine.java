package fr.passpro.domain.tableau;

import fr.passpro.domain.inscription.Avis;
import java.io.Serializable;

/**
 * The avis on the vœux of one domaine (inscriptions not withdrawn): the collège's avis d'origine and the lycée's avis
 * d'accueil, counted by value, with the vœux that have none yet.
 */
public record AvisDomaine(long domaineId, String domaine, Repartition origine, Repartition accueil)
        implements Serializable {

    /** Vœux by avis: favorable, assez favorable, réservé, none yet. */
    public record Repartition(long favorable, long assezFavorable, long reserve, long sansAvis) implements Serializable {

        public long nombre(Avis avis) {
            return switch (avis) {
                case FAVORABLE -> favorable;
                case ASSEZ_FAVORABLE -> assezFavorable;
                case RESERVE -> reserve;
            };
        }

        public long total() {
            return favorable + assezFavorable + reserve + sansAvis;
        }
    }
}
