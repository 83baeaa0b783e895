package fr.passpro.domain.planning.suivi;

import java.io.Serializable;

/**
 * One lycée's candidates registered by the cut-off (withdrawn ones left out) and how many of them no séance holds yet.
 *
 * @param candidats  inscriptions at this lycée made by the end of registration, not withdrawn
 * @param aConvoquer those of them still « inscrite »: no active convocation
 */
public record BilanLycee(long lyceeId, String nom, String uai, String commune, long candidats, long aConvoquer)
        implements Serializable {

    /** The candidates that hold a convocation (or had their interview already). */
    public long convoques() {
        return candidats - aConvoquer;
    }

    public boolean isAJour() {
        return aConvoquer == 0;
    }
}
