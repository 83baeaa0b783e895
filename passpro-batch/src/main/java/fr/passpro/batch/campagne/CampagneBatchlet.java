package fr.passpro.batch.campagne;

import fr.passpro.application.campagne.CycleCampagne;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One step of the campagne's jobs done in one transaction: {@code cloreInscriptions} locks the inscriptions,
 * {@code fermer} makes the campagne read-only, {@code archiver} keeps its Excel archive. Each is safe to run again.
 */
@Dependent
@Named("campagneBatchlet")
public class CampagneBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty(name = "campagneId")
    private String campagneId;

    @Inject
    @BatchProperty(name = "action")
    private String action;

    @Inject
    private CycleCampagne cycle;

    @Override
    public String process() {
        long id = Long.parseLong(campagneId);
        return switch (action) {
            case "cloreInscriptions" -> cycle.cloreInscriptions(id) ? "CLOSES" : "DEJA_CLOSES";
            case "fermer" -> cycle.fermer(id) ? "FERMEE" : "DEJA_FERMEE";
            case "archiver" -> "ARCHIVEES_" + cycle.archiver(id);
            default -> throw new IllegalArgumentException("Action inconnue : " + action);
        };
    }
}
