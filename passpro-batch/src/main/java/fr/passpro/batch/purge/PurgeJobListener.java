package fr.passpro.batch.purge;

import static java.util.logging.Level.WARNING;

import fr.passpro.domain.shared.BusinessException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * The run follows the job: it records the execution when the job starts or restarts, and becomes ECHEC with a French
 * message when the job fails or is stopped (the pupils of committed chunks stay purged; a restart completes it).
 */
@Dependent
@Named("purgeJobListener")
public class PurgeJobListener extends AbstractJobListener {

    private static final Logger logger = Logger.getLogger(PurgeJobListener.class.getName());

    @Inject
    @BatchProperty(name = "purgeId")
    private String purgeId;

    @Inject
    private JobContext jobContext;

    @Inject
    private PurgeSteps steps;

    @Override
    public void beforeJob() {
        steps.demarrer(Long.parseLong(purgeId), jobContext.getExecutionId());
    }

    @Override
    public void afterJob() {
        long id = Long.parseLong(purgeId);
        BatchStatus status = jobContext.getBatchStatus();
        Exception echec = jobContext.getTransientUserData() instanceof PurgeStepListener.Echec e ? e.exception() : null;
        if (echec != null) {
            logger.log(WARNING, "Purge " + id + " en échec", echec);
        }
        if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            steps.echouer(id, "La purge a été arrêtée avant la fin. Les élèves des paquets déjà enregistrés sont "
                    + "purgés ; relancez-la pour la terminer.");
        } else if (status == BatchStatus.FAILED || echec != null) {
            steps.echouer(id, "La purge s'est interrompue" + cause(echec) + " ; les élèves des paquets déjà "
                    + "enregistrés sont purgés. Relancez-la : elle reprendra là où elle s'est arrêtée.");
        }
    }

    private static String cause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BusinessException || c instanceof IllegalStateException && c.getMessage() != null) {
                return " (" + c.getMessage() + ")";
            }
        }
        return t == null ? "" : " (erreur technique : " + t.getClass().getSimpleName() + ")";
    }
}
