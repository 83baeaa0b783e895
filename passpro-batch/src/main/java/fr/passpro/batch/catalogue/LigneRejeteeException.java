package fr.passpro.batch.catalogue;

import fr.passpro.domain.catalogue.importation.Rejet;
import java.util.List;

/**
 * A line of the catalogue file has at least one error: the job skips it and {@link RejetSkipListener} writes its
 * problems (errors and warnings) into the reject report. Skippable in the job XML, so it never fails the job.
 */
public class LigneRejeteeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int ligne;
    private final List<Rejet> rejets;

    public LigneRejeteeException(int ligne, List<Rejet> rejets) {
        super("Ligne " + ligne + " rejetée : " + rejets.stream().filter(Rejet::isErreur).map(Rejet::motif)
                .reduce((a, b) -> a + " ; " + b).orElse("?"));
        this.ligne = ligne;
        this.rejets = List.copyOf(rejets);
    }

    public int getLigne() {
        return ligne;
    }

    /** Every problem of the line, errors first as found. */
    public List<Rejet> getRejets() {
        return rejets;
    }
}
