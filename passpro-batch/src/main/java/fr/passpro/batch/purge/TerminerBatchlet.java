package fr.passpro.batch.purge;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * (d) The last step: unused référents go, the campagne is marked purged, and the summary (counts only) is written to
 * the server log and, once committed, to the audit trail.
 */
@Dependent
@Named("purgeTerminerBatchlet")
public class TerminerBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "purgeId")
    private String purgeId;

    @Inject
    private PurgeSteps steps;

    @Override
    public String process() {
        long id = Long.parseLong(purgeId);
        String resume = steps.terminer(id);
        steps.auditer(id, resume);
        return "TERMINEE";
    }
}
