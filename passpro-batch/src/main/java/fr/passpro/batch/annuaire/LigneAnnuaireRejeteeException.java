package fr.passpro.batch.annuaire;

import fr.passpro.domain.catalogue.importation.Rejet;
import java.util.List;

/**
 * A line of the directory has at least one error: the job skips it (skippable in the job XML) and
 * {@link AnnuaireRejetSkipListener} writes its problems into the reject report.
 */
public class LigneAnnuaireRejeteeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int ligne;
    private final List<Rejet> rejets;

    public LigneAnnuaireRejeteeException(int ligne, List<Rejet> rejets) {
        super("Ligne " + ligne + " rejetée : " + rejets.stream().map(Rejet::motif).reduce((a, b) -> a + " ; " + b)
                .orElse("?"));
        this.ligne = ligne;
        this.rejets = List.copyOf(rejets);
    }

    public int getLigne() {
        return ligne;
    }

    public List<Rejet> getRejets() {
        return rejets;
    }
}
