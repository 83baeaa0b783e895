package fr.passpro.batch.purge;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * (a) The first step: a campagne already purged ends the job at once (nothing changed, no mail); one whose retention
 * is not over fails it cleanly (the run is REFUSEE with the reason in French, nothing changed).
 */
@Dependent
@Named("purgeVerificationBatchlet")
public class VerificationBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "purgeId")
    private String purgeId;

    @Inject
    private PurgeSteps steps;

    @Override
    public String process() {
        return steps.verifier(Long.parseLong(purgeId));
    }
}
