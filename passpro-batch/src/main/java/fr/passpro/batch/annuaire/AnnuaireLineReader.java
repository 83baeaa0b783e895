package fr.passpro.batch.annuaire;

import fr.passpro.infrastructure.excel.FichierRefuseException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the lines of the import's file, kept in the import row so that any server instance can run the job. Before
 * the first line it reads the whole file once: a wrong header or a broken quote refuses the file before anything is
 * changed, the lines are counted, and the first line of each UAI is noted (a later line of the same UAI is rejected).
 * The checkpoint is the last line read; a restart goes on after it.
 */
@Dependent
@Named("annuaireLineReader")
public class AnnuaireLineReader extends AbstractItemReader {

    /** Step transient data: the first line of each UAI in the file. */
    record FileFacts(Map<String, Integer> premiereLigne) implements Serializable {
    }

    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    @Inject
    private StepContext stepContext;

    @Inject
    private AnnuaireImportSteps steps;

    private AnnuaireCsv csv;
    private int lastLine;

    @Override
    public void open(Serializable checkpoint) {
        long id = Long.parseLong(importId);
        byte[] contenu = steps.contenuGzip(id);
        Map<String, Integer> premiere = new HashMap<>();
        int total = 0;
        try (AnnuaireCsv first = AnnuaireCsv.ouvrir(contenu)) {
            while (first.hasNext()) {
                LigneBrute ligne = first.next();
                total++;
                premiere.putIfAbsent(ligne.valeur(AnnuaireColonne.UAI).toUpperCase(Locale.ROOT), ligne.ligne());
            }
        } catch (FichierRefuseException e) {
            // recorded at once: the step fails and its transaction is rolled back
            steps.refuserSansAttendre(id, e.getMessage());
            throw e;
        }
        steps.definirLignesTotal(id, total);
        stepContext.setTransientUserData(new FileFacts(premiere));
        lastLine = checkpoint == null ? 0 : (Integer) checkpoint;
        csv = AnnuaireCsv.ouvrir(contenu);
    }

    @Override
    public Object readItem() {
        while (csv.hasNext()) {
            LigneBrute ligne = csv.next();
            if (ligne.ligne() > lastLine) {
                lastLine = ligne.ligne();
                return ligne;
            }
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastLine;
    }

    @Override
    public void close() {
        if (csv != null) {
            csv.close();
        }
    }
}
