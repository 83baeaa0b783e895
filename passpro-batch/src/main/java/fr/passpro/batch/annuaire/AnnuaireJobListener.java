package fr.passpro.batch.annuaire;

import static java.util.logging.Level.WARNING;

import fr.passpro.domain.shared.BusinessException;
import fr.passpro.infrastructure.excel.FichierRefuseException;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * The import's status follows the job: EN_COURS when it starts or restarts; REFUSE when the file is not the
 * directory's (wrong header: nothing changed); ECHEC with a French message when it fails or is stopped. A file of
 * the nightly drop folder is then filed into archive/ or erreur/.
 */
@Dependent
@Named("annuaireImportJobListener")
public class AnnuaireJobListener extends AbstractJobListener {

    private static final Logger logger = Logger.getLogger(AnnuaireJobListener.class.getName());

    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    @Inject
    private JobContext jobContext;

    @Inject
    private AnnuaireImportSteps steps;

    @Inject
    private DepotAnnuaire depot;

    @Override
    public void beforeJob() {
        steps.demarrer(Long.parseLong(importId), jobContext.getExecutionId());
    }

    @Override
    public void afterJob() {
        long id = Long.parseLong(importId);
        BatchStatus status = jobContext.getBatchStatus();
        Exception echec = jobContext.getTransientUserData() instanceof AnnuaireStepListener.Echec e ? e.exception() : null;
        FichierRefuseException refus = refus(echec);
        if (refus != null) {
            steps.refuser(id, refus.getMessage());
        } else if (status == BatchStatus.FAILED || echec != null) {
            if (echec != null) {
                logger.log(WARNING, "Import de l'annuaire " + id + " en échec", echec);
            }
            steps.echouer(id, "L'import de l'annuaire s'est interrompu" + cause(echec) + " ; les lignes des paquets "
                    + "déjà enregistrés sont appliquées. Relancez-le : il reprendra là où il s'est arrêté.");
        } else if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            steps.echouer(id, "L'import de l'annuaire a été arrêté avant la fin. Relancez-le pour le terminer.");
        }
        depot.classer(id);
    }

    private static FichierRefuseException refus(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof FichierRefuseException f) {
                return f;
            }
        }
        return null;
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
