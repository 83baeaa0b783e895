package fr.passpro.domain.tableau;

import java.io.Serializable;

/**
 * One lycée's candidates registered by the cut-off (not withdrawn) and how many of them hold a convocation.
 */
public record ConvocationsLycee(long lyceeId, String nom, String uai, String departement, long candidats,
                                long convoques) implements Serializable {

    public long aConvoquer() {
        return candidats - convoques;
    }

    /** Convoked candidates in percent, rounded down (100 without candidate: nothing is late). */
    public int taux() {
        return candidats == 0 ? 100 : (int) (convoques * 100 / candidats);
    }
}
