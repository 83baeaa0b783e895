package fr.passpro.batch.catalogue;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Takes out of the catalogue (never deletes) the active formations of the campagne that the file no longer lists,
 * then marks the import as finished, in one transaction.
 */
@Dependent
@Named("catalogueDesactivationBatchlet")
public class DesactivationBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    @Inject
    private CatalogueImportFinisher finisher;

    @Override
    public String process() {
        int desactivees = finisher.desactiverEtTerminer(Long.parseLong(importId));
        return "DESACTIVEES_" + desactivees;
    }
}
