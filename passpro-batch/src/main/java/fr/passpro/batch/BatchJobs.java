package fr.passpro.batch;

import static java.util.logging.Level.INFO;
import static java.util.logging.Level.WARNING;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

import fr.passpro.application.traitement.TraitementEnCoursException;
import fr.passpro.domain.compte.Roles;
import fr.passpro.infrastructure.persistence.VerrouTraitementRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import fr.passpro.application.inscription.ClockProducer;
import jakarta.inject.Inject;

/**
 * The one bean through which Passpro starts and queries its batch jobs: Payara tags each job with the component
 * that started it ({@code asadmin list-batch-jobs -l} shows {@code passpro_passpro-batch.jar_BatchJobs_…}) and shows it
 * to that component only. Jobs start outside any transaction, so that the job repository in MariaDB is never
 * enlisted in a caller's transaction. The plain {@link #start}, {@link #restart} and {@link #execution} are open to
 * services that checked their caller themselves (the nightly catalogue import has none); the rest is for admins.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed(Roles.ADMIN)
public class BatchJobs {

    /** The statuses of an execution that has not ended. */
    public static final Set<BatchStatus> EN_COURS = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    private static final Logger logger = Logger.getLogger(BatchJobs.class.getName());

    @Inject
    private VerrouTraitementRepository verrous;

    @Inject
    private Clock clock;

    @EJB
    private BatchJobs self;

    @PermitAll
    public long start(String jobName, Properties parameters) {
        return operator().start(jobName, parameters);
    }

    @PermitAll
    public long restart(long executionId, Properties parameters) {
        return operator().restart(executionId, parameters);
    }

    @PermitAll
    public JobExecution execution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    public List<JobExecution> executions(long instanceId) {
        return operator().getJobExecutions(operator().getJobInstance(instanceId));
    }

    /** An execution visible to Passpro; empty when it does not exist or belongs to another application. */
    public Optional<JobExecution> findExecution(long executionId) {
        try {
            return Optional.of(operator().getJobExecution(executionId));
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            return Optional.empty();
        }
    }

    /** The executions of the latest {@code instances} instances of a job, latest first. */
    public List<JobExecution> latestExecutions(String jobName, int instances) {
        List<JobInstance> latest;
        try {
            latest = operator().getJobInstances(jobName, 0, instances);
        } catch (NoSuchJobException e) {
            return List.of();
        }
        return latest.stream().flatMap(i -> operator().getJobExecutions(i).stream())
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed()).toList();
    }

    /** The id of the instance of an execution. */
    public long instanceId(long executionId) {
        return operator().getJobInstance(executionId).getInstanceId();
    }

    public List<StepExecution> steps(long executionId) {
        return operator().getStepExecutions(executionId);
    }

    /** Asks a running execution to stop; it stops at its next checkpoint. */
    public void stop(long executionId) {
        operator().stop(executionId);
        logger.log(INFO, "Arrêt demandé de l''exécution {0}", executionId);
    }

    /**
     * Starts a job (or restarts the execution {@code restartOf}, when not null) unless the execution last started
     * under the same job and key still runs. The check and the start hold the lock of the key's row in the
     * database, so that on any number of server instances two starts of the same job and key follow each other.
     *
     * @param libelle  the job's French label, for the refusal
     * @param dureeMax beyond this, an execution still marked as running is taken for one left behind by a server
     *                 stop: it no longer prevents the start
     * @return the id of the new execution
     * @throws TraitementEnCoursException if the execution last started under this key still runs
     */
    @PermitAll // the nightly timers start jobs with no caller; the services that call it check who may start what
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long startAlone(String jobName, String key, String libelle, Duration dureeMax, Long restartOf,
                           Properties parameters, String startedBy) {
        Optional<Long> previous = verrous.verrouiller(jobName, key);
        long executionId = self.startUnlessRunning(jobName, libelle, dureeMax, previous, restartOf, parameters);
        verrous.enregistrer(jobName, key, executionId, startedBy, clock.instant());
        logger.log(INFO, "Traitement {0} ({1}) {2} par {3} : exécution {4}", new Object[] {jobName, key,
                restartOf == null ? "lancé" : "relancé (exécution " + restartOf + ")", startedBy, executionId});
        return executionId;
    }

    /** The check and the start of {@link #startAlone}, outside its transaction (the job repository is XA). */
    @PermitAll
    public long startUnlessRunning(String jobName, String libelle, Duration dureeMax, Optional<Long> previous,
                                   Long restartOf, Properties parameters) {
        if (previous.isPresent() && running(previous.get(), dureeMax)) {
            throw new TraitementEnCoursException(libelle, previous.get());
        }
        return restartOf == null ? operator().start(jobName, parameters) : operator().restart(restartOf, parameters);
    }

    private boolean running(long executionId, Duration dureeMax) {
        Optional<JobExecution> execution = findExecution(executionId);
        if (execution.isEmpty() || !EN_COURS.contains(execution.get().getBatchStatus())) {
            return false;
        }
        java.util.Date debut = execution.get().getStartTime() != null ? execution.get().getStartTime()
                : execution.get().getCreateTime();
        if (debut != null && ClockProducer.selonHorloge(clock, debut.toInstant()).isBefore(clock.instant().minus(dureeMax))) {
            logger.log(WARNING, "L''exécution {0} est marquée {1} depuis plus de {2} : prise pour abandonnée",
                    new Object[] {executionId, execution.get().getBatchStatus(), dureeMax});
            return false;
        }
        return true;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
