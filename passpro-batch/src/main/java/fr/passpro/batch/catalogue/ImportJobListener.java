package fr.passpro.batch.catalogue;

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
 * The import's status follows the job: EN_COURS with the execution id when it starts or restarts, ECHEC with a
 * French message when it fails or is stopped (TERMINE and REFUSE are set by the steps themselves). A file of the
 * nightly drop folder is then filed into archive/ or erreur/.
 */
@Dependent
@Named("catalogueImportJobListener")
public class ImportJobListener extends AbstractJobListener {

    private static final Logger logger = Logger.getLogger(ImportJobListener.class.getName());

    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    @Inject
    private JobContext jobContext;

    @Inject
    private CatalogueImportSteps steps;

    @Inject
    private DepotCatalogue depot;

    @Override
    public void beforeJob() {
        steps.demarrer(Long.parseLong(importId), jobContext.getExecutionId());
    }

    @Override
    public void afterJob() {
        long id = Long.parseLong(importId);
        BatchStatus status = jobContext.getBatchStatus();
        Object data = jobContext.getTransientUserData();
        ImportStepListener.EchecEtape echec = data instanceof ImportStepListener.EchecEtape e ? e : null;
        if (echec != null && echec.exception() instanceof fr.passpro.infrastructure.excel.FichierRefuseException refus) {
            steps.refuser(id, refus.getMessage() + " Aucune formation n'a été modifiée.");
        } else if (status == BatchStatus.FAILED || echec != null) {
            if (echec != null) {
                logger.log(WARNING, "Import du catalogue " + id + " en échec à l'étape " + echec.etape(), echec.exception());
            }
            steps.echouer(id, messageEchec(echec));
        } else if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            steps.echouer(id, "L'import a été arrêté avant la fin. Relancez-le pour le terminer.");
        }
        depot.classer(id);
    }

    private static String messageEchec(ImportStepListener.EchecEtape echec) {
        String cause = echec == null ? null : causeLisible(echec.exception());
        String etape = echec == null ? "" : echec.etape();
        String debut = "appliquer".equals(etape) || "desactiver".equals(etape)
                ? "L'import s'est interrompu pendant la mise à jour du catalogue, qui est partiellement à jour"
                : "L'import s'est interrompu pendant la lecture du fichier ; le catalogue n'a pas été modifié";
        return debut + (cause == null ? "" : " (" + cause + ")") + ". Relancez l'import pour le terminer : il reprendra "
                + "là où il s'est arrêté.";
    }

    /** The French message of a business failure in the causes, else a short technical description. */
    private static String causeLisible(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BusinessException || c instanceof IllegalStateException && c.getMessage() != null) {
                return c.getMessage();
            }
        }
        return "erreur technique : " + t.getClass().getSimpleName();
    }
}
