package fr.passpro.batch.campagne;

import fr.passpro.application.campagne.CycleCampagne;
import fr.passpro.application.campagne.CycleCampagne.Notification;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Queues the step's mail to each établissement of the chunk, in the chunk's transaction, unless it was sent already.
 * For the tests of restart, {@code echecSimuleApres} makes the job fail once after that many établissements of the
 * step have been processed in this execution.
 */
@Dependent
@Named("campagneNotificationWriter")
public class NotificationWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "campagneId")
    private String campagneId;

    @Inject
    @BatchProperty(name = "notification")
    private String notification;

    @Inject
    @BatchProperty(name = "echecSimuleApres")
    private String echecSimuleApres;

    @Inject
    private CycleCampagne cycle;

    private int ecrits;

    @Override
    public void writeItems(List<Object> items) {
        int echec = echecSimuleApres == null || echecSimuleApres.isBlank() ? -1 : Integer.parseInt(echecSimuleApres.strip());
        for (Object item : items) {
            if (echec >= 0 && ecrits >= echec) {
                throw new IllegalStateException("Échec simulé après " + echec + " établissements (test de reprise).");
            }
            cycle.prevenir(Long.parseLong(campagneId), Notification.valueOf(notification), (Long) item);
            ecrits++;
        }
    }
}
