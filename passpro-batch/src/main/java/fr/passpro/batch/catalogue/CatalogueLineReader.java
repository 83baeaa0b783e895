package fr.passpro.batch.catalogue;

import fr.passpro.domain.etablissement.Uai;
import fr.passpro.infrastructure.excel.CatalogueColumn;
import fr.passpro.infrastructure.excel.RawRow;
import fr.passpro.infrastructure.excel.TabularReader;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads the lines of the import's file, stored in the import row so that any server instance can run the job.
 * Before the first line, it reads the file once to count the lines and to collect the UAI of every établissement it
 * names: an accueil-référent that the file itself creates is then accepted. The checkpoint is the last line number
 * read; a restart goes on after it.
 */
@Dependent
@Named("catalogueLineReader")
public class CatalogueLineReader extends AbstractItemReader {

    /** Step transient data: the UAIs of the établissements named by the file. */
    static final class FileFacts implements Serializable {
        private static final long serialVersionUID = 1L;
        final Set<String> uaisEtablissement;

        FileFacts(Set<String> uaisEtablissement) {
            this.uaisEtablissement = uaisEtablissement;
        }
    }

    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    @Inject
    private StepContext stepContext;

    @Inject
    private CatalogueImportSteps steps;

    private TabularReader reader;
    private Iterator<RawRow> rows;
    private int lastLine;

    @Override
    public void open(Serializable checkpoint) {
        long id = Long.parseLong(importId);
        byte[] contenu = steps.contenu(id);
        String nom = steps.nomFichier(id);
        long max = Math.max(ImportCatalogueJob.tailleMax(), contenu.length);
        Set<String> uais = new HashSet<>();
        int total = 0;
        try (TabularReader first = TabularReader.open(nom, contenu, max)) {
            for (RawRow row : first) {
                total++;
                String uai = row.text(CatalogueColumn.UAI_ETABLISSEMENT).toUpperCase(java.util.Locale.ROOT);
                if (Uai.isValid(uai)) {
                    uais.add(uai);
                }
            }
        }
        steps.definirLignesTotal(id, total);
        stepContext.setTransientUserData(new FileFacts(uais));
        lastLine = checkpoint == null ? 0 : (Integer) checkpoint;
        reader = TabularReader.open(nom, contenu, max);
        rows = reader.iterator();
    }

    @Override
    public Object readItem() {
        while (rows.hasNext()) {
            RawRow row = rows.next();
            if (row.lineNumber() > lastLine) {
                lastLine = row.lineNumber();
                return row;
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
        if (reader != null) {
            reader.close();
        }
    }
}
