package fr.passpro.batch.purge;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** (c) Deletes a chunk of pupils and pre-registrations with all their data, in the chunk's transaction. */
@Dependent
@Named("purgePersonneWriter")
public class PersonneWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty(name = "purgeId")
    private String purgeId;

    /** Tests only: the rank of the pupil at which the step fails (a restart without it then completes the purge). */
    @Inject
    @BatchProperty(name = "echecSimuleEleve")
    private String echecSimuleEleve;

    @Inject
    private PurgeSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        Integer echec = echecSimuleEleve == null || echecSimuleEleve.isBlank() ? null
                : Integer.valueOf(echecSimuleEleve.strip());
        steps.purger(Long.parseLong(purgeId), items.stream().map(Personne.class::cast).toList(), echec);
    }
}
