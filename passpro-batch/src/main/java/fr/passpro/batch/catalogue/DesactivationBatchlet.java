package fr.passpro.batch.catalogue;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Takes out of the catalogue (never deletes) the active formations of the campagne that the file no longer lists,
 * except those a rejected line names and those pupils ask for (their withdrawal awaits the admin's decision), then
 * marks the import as finished, in one transaction.
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
        CatalogueImportSteps.Retraits retraits = finisher.retirerEtTerminer(Long.parseLong(importId));
        return "RETIREES_" + retraits.retirees() + "_EN_ATTENTE_" + retraits.avecVoeux();
    }
}
