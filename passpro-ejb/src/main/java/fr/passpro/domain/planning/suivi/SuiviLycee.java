package fr.passpro.domain.planning.suivi;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A lycée's own backlog: its counts, its first candidates still to convoke (oldest inscription first), and the
 * convocation deadline with how close it is.
 *
 * @param premiers at most the number the caller asked for; {@code bilan.aConvoquer()} says how many there are
 */
public record SuiviLycee(BilanLycee bilan, List<CandidatAConvoquer> premiers, LocalDate dateLimite, Echeance echeance)
        implements Serializable {

    public SuiviLycee {
        Objects.requireNonNull(bilan, "Le bilan est obligatoire.");
        premiers = List.copyOf(premiers);
    }

    /** Candidates to convoke beyond the ones listed. */
    public long autres() {
        return bilan.aConvoquer() - premiers.size();
    }
}
