package fr.passpro.batch.annuaire;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The last step: the whole file was read, the import is TERMINE with its summary. */
@Dependent
@Named("annuaireTerminerBatchlet")
public class TerminerBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    @Inject
    private AnnuaireImportSteps steps;

    @Override
    public String process() {
        steps.terminer(Long.parseLong(importId));
        return "TERMINE";
    }
}
