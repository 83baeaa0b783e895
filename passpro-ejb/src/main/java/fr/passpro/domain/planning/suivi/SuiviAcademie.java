package fr.passpro.domain.planning.suivi;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Every lycée of an académie that has candidates, the largest backlog first, with the convocation deadline.
 */
public record SuiviAcademie(List<BilanLycee> lycees, LocalDate dateLimite, Echeance echeance) implements Serializable {

    public SuiviAcademie {
        lycees = List.copyOf(lycees);
    }

    public long candidats() {
        return lycees.stream().mapToLong(BilanLycee::candidats).sum();
    }

    public long aConvoquer() {
        return lycees.stream().mapToLong(BilanLycee::aConvoquer).sum();
    }

    public long convoques() {
        return candidats() - aConvoquer();
    }

    /** Lycées with at least one candidate still to convoke. */
    public long lyceesEnRetard() {
        return lycees.stream().filter(l -> !l.isAJour()).count();
    }
}
