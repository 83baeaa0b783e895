package fr.passpro.batch.console;

import static java.util.logging.Level.WARNING;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.application.traitement.ConsoleTraitements;
import fr.passpro.application.traitement.ExecutionVue;
import fr.passpro.application.traitement.TraitementVue;
import fr.passpro.batch.BatchJobs;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import fr.passpro.application.inscription.ClockProducer;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The jobs console for the académie's admins: every job of the {@link RegistreTraitements registry}, its latest
 * executions in the caller's académie, and start, stop and restart through {@link BatchJobs}. The académie and the
 * login of who starts are job parameters set here, never taken from the caller.
 */
@Stateless
@Local(ConsoleTraitements.class)
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConsoleTraitementsService implements ConsoleTraitements {

    /** The job parameters that Passpro sets itself: a caller cannot give them. */
    static final Set<String> RESERVES = Set.of(PARAM_ACADEMIE, PARAM_LANCE_PAR);

    private static final Logger logger = Logger.getLogger(ConsoleTraitementsService.class.getName());
    private static final int EXECUTIONS_MAX = 50;
    private static final Set<BatchStatus> RELANCABLES = EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED);
    private static final String AUTEUR_INCONNU = "inconnu";

    @Inject
    private RegistreTraitements registre;

    @Inject
    private BatchJobs jobs;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private JournalAudit journal;

    @Inject
    private Clock clock;

    @Override
    public List<TraitementVue> traitements() {
        return registre.tous().stream().map(registre::vue).toList();
    }

    @Override
    public List<ExecutionVue> dernieresExecutions(String traitement, int max) {
        Traitement t = registre.get(traitement);
        String academie = academie();
        int n = Math.max(1, Math.min(max, EXECUTIONS_MAX));
        // other académies' instances are skipped: read more instances than asked for
        return jobs.latestExecutions(t.nom(), n * 3).stream()
                .filter(e -> t.concerne(e.getJobParameters(), academie))
                .limit(n)
                .map(e -> vue(t, e))
                .toList();
    }

    @Override
    public ExecutionVue execution(long executionId) {
        Visible v = visible(executionId);
        return vue(v.traitement(), v.execution());
    }

    @Override
    public long lancer(String traitement, Map<String, String> donnees) {
        Traitement t = registre.get(traitement);
        pilotable(t);
        Properties parametres = registre.parametres(t, donnees == null ? Map.of() : donnees);
        String academie = academie();
        String login = currentUser.require().getLogin();
        parametres.setProperty(PARAM_ACADEMIE, academie);
        parametres.setProperty(PARAM_LANCE_PAR, login);
        t.completer(parametres, academie);
        return jobs.startAlone(t.nom(), t.cle(parametres), registre.libelle(t), t.dureeMax(), null, parametres, login);
    }

    @Override
    public void arreter(long executionId) {
        Visible v = visible(executionId);
        pilotable(v.traitement());
        if (!BatchJobs.EN_COURS.contains(v.execution().getBatchStatus())) {
            throw new InvalidValueException("L'exécution n° " + executionId + " n'est pas en cours (elle est "
                    + registre.libelleStatut(v.execution().getBatchStatus()).toLowerCase(java.util.Locale.ROOT)
                    + ") : rien à arrêter.");
        }
        try {
            jobs.stop(executionId);
        } catch (JobExecutionNotRunningException e) {
            logger.log(WARNING, "Arrêt de l''exécution {0} impossible : {1}", new Object[] {executionId, e.getMessage()});
            throw new InvalidValueException("L'exécution n° " + executionId + " ne tourne pas sur ce serveur : "
                    + "elle tourne sur une autre instance de Payara, ou a été interrompue par un arrêt du serveur. "
                    + "Dans ce cas, elle ne bloque plus de nouveau lancement après "
                    + heures(v.traitement().dureeMax()) + ".");
        }
    }

    @Override
    public long relancer(long executionId) {
        Visible v = visible(executionId);
        Traitement t = v.traitement();
        pilotable(t);
        JobExecution execution = v.execution();
        if (!RELANCABLES.contains(execution.getBatchStatus())) {
            throw new InvalidValueException("Seule une exécution en échec ou arrêtée se relance ; l'exécution n° "
                    + executionId + " est " + registre.libelleStatut(execution.getBatchStatus())
                    .toLowerCase(java.util.Locale.ROOT) + ".");
        }
        long derniere = derniere(jobs.instanceId(executionId));
        if (derniere != executionId) {
            throw new InvalidValueException("L'exécution n° " + executionId + " a déjà été relancée : relancez la "
                    + "dernière, n° " + derniere + ".");
        }
        Properties parametres = new Properties();
        parametres.putAll(execution.getJobParameters() == null ? new Properties() : execution.getJobParameters());
        String login = currentUser.require().getLogin();
        parametres.setProperty(PARAM_LANCE_PAR, login);
        return jobs.startAlone(t.nom(), t.cle(parametres), registre.libelle(t), t.dureeMax(), executionId,
                parametres, login);
    }

    private void pilotable(Traitement t) {
        if (!t.lancementManuel()) {
            throw new InvalidValueException("Le traitement « " + registre.libelle(t) + " » se pilote depuis sa page"
                    + (t.page() == null ? "" : " (" + t.page() + ")") + ", pas depuis la console.");
        }
    }

    private record Visible(Traitement traitement, JobExecution execution) {
    }

    /**
     * An execution of a known job in the caller's académie. One of another académie is refused and audited, as every
     * access to data outside the caller's scope.
     */
    private Visible visible(long executionId) {
        Optional<JobExecution> execution = jobs.findExecution(executionId);
        Optional<Traitement> traitement = execution.flatMap(e -> registre.find(e.getJobName()));
        if (execution.isEmpty() || traitement.isEmpty()) {
            throw new NotFoundException("L'exécution n° " + executionId + " n'existe pas.");
        }
        if (!traitement.get().concerne(execution.get().getJobParameters(), academie())) {
            Account compte = currentUser.require();
            logger.log(WARNING, "audit : accès refusé à l''exécution {0} pour {1} (périmètre {2})",
                    new Object[] {executionId, compte.getLogin(), compte.scope()});
            journal.enregistrer(compte.getLogin(), AuditEvent.ACCES_REFUSE, "execution", Long.toString(executionId),
                    "Accès refusé à l'exécution n° " + executionId + " du traitement " + traitement.get().nom()
                            + " (" + compte.scope().libelle() + ")");
            throw new AccessDeniedException("l'exécution n° " + executionId + " ne fait pas partie de votre académie.");
        }
        return new Visible(traitement.get(), execution.get());
    }

    private String academie() {
        return currentUser.scope().academieCode();
    }

    /**
     * The counts of an execution from its steps' metrics: items read by the first step that reads, written by the last
     * step that writes (a job that validates then applies counts each line once), skipped in all steps.
     */
    private ExecutionVue vue(Traitement t, JobExecution e) {
        List<StepExecution> steps = jobs.steps(e.getExecutionId()).stream()
                .sorted(Comparator.comparingLong(StepExecution::getStepExecutionId)).toList();
        long lus = 0;
        long ecrits = 0;
        long ignores = 0;
        for (StepExecution step : steps) {
            Map<Metric.MetricType, Long> m = new HashMap<>();
            if (step.getMetrics() != null) {
                for (Metric metric : step.getMetrics()) {
                    m.put(metric.getType(), metric.getValue());
                }
            }
            long read = m.getOrDefault(Metric.MetricType.READ_COUNT, 0L);
            long written = m.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L);
            if (lus == 0 && read > 0) {
                lus = read;
            }
            if (written > 0) {
                ecrits = written;
            }
            ignores += m.getOrDefault(Metric.MetricType.READ_SKIP_COUNT, 0L)
                    + m.getOrDefault(Metric.MetricType.PROCESS_SKIP_COUNT, 0L)
                    + m.getOrDefault(Metric.MetricType.WRITE_SKIP_COUNT, 0L);
        }
        // the creation time: Payara records as start time a moment close to the end (asadmin shows them equal);
        // Jakarta Batch stamps them with the real time, shown on the services' clock like every other time
        Instant debut = ClockProducer.selonHorloge(clock, instant(e.getCreateTime() != null ? e.getCreateTime() : e.getStartTime()));
        Instant fin = ClockProducer.selonHorloge(clock, instant(e.getEndTime()));
        BatchStatus statut = e.getBatchStatus();
        boolean enCours = BatchJobs.EN_COURS.contains(statut);
        Duration duree = debut == null ? Duration.ZERO
                : Duration.between(debut, fin != null ? fin : enCours ? clock.instant() : debut);
        Properties p = e.getJobParameters() == null ? new Properties() : e.getJobParameters();
        Map<String, String> parametres = new HashMap<>();
        p.stringPropertyNames().forEach(n -> parametres.put(n, p.getProperty(n)));
        String lancePar = Optional.ofNullable(t.lancePar(p)).orElse(AUTEUR_INCONNU);
        boolean pilotable = t.lancementManuel();
        long instanceId = jobs.instanceId(e.getExecutionId());
        boolean relancable = pilotable && RELANCABLES.contains(statut) && derniere(instanceId) == e.getExecutionId();
        return new ExecutionVue(e.getExecutionId(), instanceId, t.nom(), statut, registre.libelleStatut(statut),
                e.getExitStatus(), debut, fin, duree.isNegative() ? Duration.ZERO : duree, lus, ecrits, ignores,
                lancePar, parametres, pilotable && statut != BatchStatus.STOPPING && enCours,
                relancable);
    }

    /** The latest execution of a job instance: the only one that may be restarted. */
    private long derniere(long instanceId) {
        return jobs.executions(instanceId).stream().mapToLong(JobExecution::getExecutionId).max().orElse(-1);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String heures(Duration d) {
        long minutes = d.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
    }
}
