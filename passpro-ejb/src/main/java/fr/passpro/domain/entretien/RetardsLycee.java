package fr.passpro.domain.entretien;

import java.util.List;

/** One lycée's overdue comptes rendus, for the académie's dashboard (the lycée with most first). */
public record RetardsLycee(long lyceeId, String lycee, List<CompteRenduEnRetard> retards) {

    public RetardsLycee {
        retards = List.copyOf(retards);
    }

    public int nombre() {
        return retards.size();
    }
}
