package fr.passpro.batch.catalogue;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.Decider;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** After the reading step: REFUSE (the import is refused, nothing is applied) or APPLIQUER. */
@Dependent
@Named("catalogueSeuilDecider")
public class SeuilDecider implements Decider {

    static final String REFUSE = "REFUSE";
    static final String APPLIQUER = "APPLIQUER";

    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    @Inject
    private CatalogueImportSteps steps;

    @Override
    public String decide(StepExecution[] executions) {
        return steps.refuserSiSeuilDepasse(Long.parseLong(importId)) ? REFUSE : APPLIQUER;
    }
}
