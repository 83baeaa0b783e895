package fr.passpro.batch.campagne;

import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts, follows and restarts the campagne's jobs ({@value #CLOTURE}, {@value #FERMETURE}). Jobs start outside any
 * transaction. A job already running for the same campagne is not started again (the jobs are idempotent anyway: a
 * second run at the same moment would send nothing twice).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed(Roles.ADMIN)
public class CampagneJobs {

    public static final String CLOTURE = "clotureInscriptions";
    public static final String FERMETURE = "fermetureCampagne";
    public static final String PARAM_CAMPAGNE = "campagneId";
    public static final String PARAM_LANCE_PAR = "lancePar";

    /** Who the timer's runs are recorded as. */
    static final String MINUTERIE = "minuterie";

    private static final Logger LOGGER = Logger.getLogger(CampagneJobs.class.getName());

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    /**
     * Starts a campagne job for a campagne of the admin's académie, on demand.
     *
     * @param options more job parameters (taillePaquet…); may be null
     * @return the execution id
     * @throws InvalidValueException      for an unknown job, or while the same job runs for this campagne
     * @throws AccessDeniedException for a campagne of another académie
     */
    public long demarrer(String job, long campagneId, Properties options) {
        Account admin = currentUser.require();
        Campagne campagne = campagnes.findById(campagneId)
                .orElseThrow(() -> new NotFoundException("La campagne " + campagneId + " n'existe pas."));
        if (!admin.scope().isAcademie() || !campagne.getAcademie().getCode().equals(admin.scope().academieCode())) {
            throw new AccessDeniedException("la campagne " + campagne.getAnneeScolaire() + " relève d'une autre académie.");
        }
        return lancer(job, campagneId, admin.getLogin(), options);
    }

    /**
     * Restarts a failed or stopped execution of a campagne job where it stopped.
     *
     * @return the new execution id
     */
    public long relancer(long executionId) {
        String par = currentUser.require().getLogin();
        JobExecution execution = operator().getJobExecution(executionId);
        if (execution.getBatchStatus() != BatchStatus.FAILED && execution.getBatchStatus() != BatchStatus.STOPPED) {
            throw new InvalidValueException("Seule une exécution en échec ou arrêtée se relance (celle-ci est "
                    + execution.getBatchStatus() + ").");
        }
        Properties parametres = new Properties();
        parametres.putAll(execution.getJobParameters());
        parametres.remove("echecSimuleApres");
        parametres.setProperty(PARAM_LANCE_PAR, par);
        long id = operator().restart(executionId, parametres);
        LOGGER.log(Level.INFO, "{0} relancé par {1} : exécution {2}", new Object[] { execution.getJobName(), par, id });
        return id;
    }

    /** One execution of a job this bean started (Payara lets only the starting component read it). */
    public JobExecution execution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    /** The timer's start, recorded as « minuterie ». */
    @PermitAll
    public long demarrerParMinuterie(String job, long campagneId) {
        return lancer(job, campagneId, MINUTERIE, null);
    }

    private long lancer(String job, long campagneId, String par, Properties options) {
        if (!CLOTURE.equals(job) && !FERMETURE.equals(job)) {
            throw new InvalidValueException("Traitement inconnu : « " + job + " ».");
        }
        JobOperator operator = operator();
        try {
            for (long enCours : operator.getRunningExecutions(job)) {
                Properties p = operator.getParameters(enCours);
                if (p != null && String.valueOf(campagneId).equals(p.getProperty(PARAM_CAMPAGNE))) {
                    throw new InvalidValueException("Le traitement « " + job + " » est déjà en cours pour cette campagne"
                            + " (exécution " + enCours + ") : attendez qu'il se termine.");
                }
            }
        } catch (NoSuchJobException jamaisLance) {
            // Never run yet: nothing runs.
        }
        Properties parametres = new Properties();
        if (options != null) {
            parametres.putAll(options);
        }
        parametres.setProperty(PARAM_CAMPAGNE, String.valueOf(campagneId));
        parametres.setProperty(PARAM_LANCE_PAR, par);
        long id = operator.start(job, parametres);
        LOGGER.log(Level.INFO, "{0} de la campagne {1} lancé par {2} : exécution {3}",
                new Object[] { job, campagneId, par, id });
        return id;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** For the tests and the console: the job names this bean starts. */
    public static List<String> noms() {
        return List.of(CLOTURE, FERMETURE);
    }
}
