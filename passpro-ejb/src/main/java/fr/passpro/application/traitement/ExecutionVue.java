package fr.passpro.application.traitement;

import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One execution of a job, as the console and the operations endpoint show it.
 *
 * @param statut        the Jakarta Batch status
 * @param libelleStatut the status in French
 * @param debut         when it started (or was created, while it has not started yet)
 * @param fin           when it ended; null while it runs
 * @param duree         from start to end, or to now while it runs
 * @param lus           items read (by the first step that reads)
 * @param ecrits        items written (by the last step that writes)
 * @param ignores       items skipped, all steps together
 * @param lancePar      the login of who started it; « inconnu » for an execution started outside the console
 * @param parametres    its job parameters, {@code lancePar} and {@code academie} included
 * @param arretable     whether it may be stopped from the console now
 * @param relancable    whether it may be restarted from the console now
 */
public record ExecutionVue(long id, long instanceId, String traitement, BatchStatus statut, String libelleStatut,
                           String exitStatus, Instant debut, Instant fin, Duration duree, long lus, long ecrits,
                           long ignores, String lancePar, Map<String, String> parametres, boolean arretable,
                           boolean relancable) {

    public ExecutionVue {
        parametres = Map.copyOf(parametres);
    }

    /** Whether it is starting, running or stopping. */
    public boolean enCours() {
        return statut == BatchStatus.STARTING || statut == BatchStatus.STARTED || statut == BatchStatus.STOPPING;
    }

    /** Whether it is over (completed, failed, stopped or abandoned). */
    public boolean termine() {
        return !enCours();
    }
}
