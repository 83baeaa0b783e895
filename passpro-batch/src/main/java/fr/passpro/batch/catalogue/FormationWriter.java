package fr.passpro.batch.catalogue;

import fr.passpro.domain.catalogue.importation.LigneCatalogue;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Applies a chunk of staging lines to the catalogue (domaines, établissements, formations) and adds what it created
 * and modified to the import's counts, in the chunk's transaction: a restart neither repeats nor misses a line.
 */
@Dependent
@Named("catalogueFormationWriter")
public class FormationWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    /** Tests only: a line at which the step fails (a restart without it then completes the import). */
    @Inject
    @BatchProperty(name = "echecSimuleLigne")
    private String echecSimuleLigne;

    @Inject
    private CatalogueImportSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        Integer echec = echecSimuleLigne == null || echecSimuleLigne.isBlank() ? null : Integer.valueOf(echecSimuleLigne.strip());
        steps.appliquer(Long.parseLong(importId), items.stream().map(LigneCatalogue.class::cast).toList(), echec);
    }
}
