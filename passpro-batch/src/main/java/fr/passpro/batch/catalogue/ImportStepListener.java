package fr.passpro.batch.catalogue;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Hands the exception that failed a step to the job listener, which tells the admin what happened. */
@Dependent
@Named("catalogueImportStepListener")
public class ImportStepListener extends AbstractStepListener {

    /** Job transient data: the step that failed and why. */
    record EchecEtape(String etape, Exception exception) {
    }

    @Inject
    private StepContext stepContext;

    @Inject
    private JobContext jobContext;

    @Override
    public void afterStep() {
        if (stepContext.getException() != null) {
            jobContext.setTransientUserData(new EchecEtape(stepContext.getStepName(), stepContext.getException()));
        }
    }
}
