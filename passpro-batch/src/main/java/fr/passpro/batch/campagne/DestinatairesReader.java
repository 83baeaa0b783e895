package fr.passpro.batch.campagne;

import fr.passpro.application.campagne.CycleCampagne;
import fr.passpro.application.campagne.CycleCampagne.Notification;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The établissements a step mails, in id order; the checkpoint is the last id done, so that a restart resumes after it
 * (and the record of each mail makes a replayed chunk send nothing twice).
 */
@Dependent
@Named("campagneDestinatairesReader")
public class DestinatairesReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "campagneId")
    private String campagneId;

    @Inject
    @BatchProperty(name = "notification")
    private String notification;

    @Inject
    private CycleCampagne cycle;

    private List<Long> ids;
    private int position;
    private long dernier;

    @Override
    public void open(Serializable checkpoint) {
        dernier = checkpoint == null ? 0L : (Long) checkpoint;
        ids = cycle.destinataires(Long.parseLong(campagneId), Notification.valueOf(notification)).stream()
                .filter(id -> id > dernier).toList();
        position = 0;
    }

    @Override
    public Object readItem() {
        if (position >= ids.size()) {
            return null;
        }
        Long id = ids.get(position++);
        dernier = id;
        return id;
    }

    @Override
    public Serializable checkpointInfo() {
        return dernier;
    }
}
