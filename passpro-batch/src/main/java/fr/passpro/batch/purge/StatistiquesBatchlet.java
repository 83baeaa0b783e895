package fr.passpro.batch.purge;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** (b) The anonymous statistics of the campagne, computed before anything is deleted. */
@Dependent
@Named("purgeStatistiquesBatchlet")
public class StatistiquesBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "purgeId")
    private String purgeId;

    @Inject
    private PurgeSteps steps;

    @Override
    public String process() {
        int lignes = steps.statistiques(Long.parseLong(purgeId));
        return lignes < 0 ? "STATISTIQUES_GARDEES" : "STATISTIQUES_CALCULEES";
    }
}
