package fr.passpro.batch.purge;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Hands the exception that failed a step to the job listener, which tells the admin what happened. */
@Dependent
@Named("purgeStepListener")
public class PurgeStepListener extends AbstractStepListener {

    /** Job transient data: the exception that failed the step. */
    record Echec(Exception exception) {
    }

    @Inject
    private StepContext stepContext;

    @Inject
    private JobContext jobContext;

    @Override
    public void afterStep() {
        if (stepContext.getException() != null) {
            jobContext.setTransientUserData(new Echec(stepContext.getException()));
        }
    }
}
