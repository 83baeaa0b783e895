package fr.passpro.batch.purge;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * (c) Reads the campagne's pupils, then its pre-registrations, by id. The checkpoint is the last of each committed;
 * as every committed chunk deleted its rows, a restart reads exactly those still there. The checkpoint is a plain
 * « eleve:preinscription » string, so that any server instance reads it back.
 */
@Dependent
@Named("purgePersonneReader")
public class PersonneReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "purgeId")
    private String purgeId;

    @Inject
    private PurgeSteps steps;

    private final Deque<Personne> aLire = new ArrayDeque<>();
    private long dernierEleve;
    private long dernierePreinscription;

    @Override
    public void open(Serializable checkpoint) {
        if (checkpoint instanceof String position) {
            String[] ids = position.split(":");
            dernierEleve = Long.parseLong(ids[0]);
            dernierePreinscription = Long.parseLong(ids[1]);
        }
        long id = Long.parseLong(purgeId);
        steps.eleves(id, dernierEleve).forEach(e -> aLire.add(new Personne(Personne.Type.ELEVE, e)));
        steps.preinscriptions(id, dernierePreinscription)
                .forEach(p -> aLire.add(new Personne(Personne.Type.PREINSCRIPTION, p)));
    }

    @Override
    public Object readItem() {
        Personne personne = aLire.poll();
        if (personne != null) {
            if (personne.type() == Personne.Type.ELEVE) {
                dernierEleve = personne.id();
            } else {
                dernierePreinscription = personne.id();
            }
        }
        return personne;
    }

    @Override
    public Serializable checkpointInfo() {
        return dernierEleve + ":" + dernierePreinscription;
    }
}
