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
    private final String codeFormation;
    private final String uaiEtablissement;

    public LigneRejeteeException(int ligne, List<Rejet> rejets) {
        this(ligne, rejets, null, null);
    }

    /**
     * @param codeFormation    the code formation of the line when readable, else null
     * @param uaiEtablissement the UAI établissement of the line when readable, else null
     */
    public LigneRejeteeException(int ligne, List<Rejet> rejets, String codeFormation, String uaiEtablissement) {
        super("Ligne " + ligne + " rejetée : " + rejets.stream().filter(Rejet::isErreur).map(Rejet::motif)
                .reduce((a, b) -> a + " ; " + b).orElse("?"));
        this.ligne = ligne;
        this.rejets = List.copyOf(rejets);
        this.codeFormation = codeFormation;
        this.uaiEtablissement = uaiEtablissement;
    }

    /** What the line names, as far as it can be read: the formation it names keeps its state. May be null. */
    public String getCodeFormation() {
        return codeFormation;
    }

    /** May be null. */
    public String getUaiEtablissement() {
        return uaiEtablissement;
    }

    public int getLigne() {
        return ligne;
    }

    /** Every problem of the line, errors first as found. */
    public List<Rejet> getRejets() {
        return rejets;
    }
}
