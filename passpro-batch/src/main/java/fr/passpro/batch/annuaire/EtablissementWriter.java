package fr.passpro.batch.annuaire;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Applies a chunk of lines to the établissements and adds what it did to the import's counts, in the chunk's
 * transaction: a restart neither repeats nor misses a line.
 */
@Dependent
@Named("annuaireEtablissementWriter")
public class EtablissementWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    /** Tests only: a line at which the step fails (a restart without it then completes the import). */
    @Inject
    @BatchProperty(name = "echecSimuleLigne")
    private String echecSimuleLigne;

    @Inject
    private AnnuaireImportSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        Integer echec = echecSimuleLigne == null || echecSimuleLigne.isBlank() ? null
                : Integer.valueOf(echecSimuleLigne.strip());
        steps.appliquer(Long.parseLong(importId), items, echec);
    }
}
