package fr.passpro.domain.tableau;

import java.io.Serializable;

/** One lycée's interviews whose presence was entered: held (pupil present), absent, excused. */
public record EntretiensLycee(long lyceeId, String nom, String uai, String departement, long tenus, long absents,
                              long excuses) implements Serializable {

    /** Absences, excused ones included. */
    public long absences() {
        return absents + excuses;
    }
}
