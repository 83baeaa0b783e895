package fr.passpro.batch.campagne;

import fr.passpro.application.security.CurrentUser;
import fr.passpro.application.traitement.ConsoleTraitements;
import fr.passpro.batch.BatchJobs;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * Starts, follows and restarts the campagne's jobs ({@value #CLOTURE}, {@value #FERMETURE}) for any campagne of the
 * admin's académie, through {@link BatchJobs} (so that the console sees them): a job already running for the same
 * campagne is not started again, on any number of server instances (the jobs are idempotent anyway).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed(Roles.ADMIN)
public class CampagneJobs {

    public static final String CLOTURE = "clotureInscriptions";
    public static final String FERMETURE = "fermetureCampagne";
    public static final String PARAM_CAMPAGNE = "campagneId";
    public static final String PARAM_LANCE_PAR = ConsoleTraitements.PARAM_LANCE_PAR;

    /** Beyond this, an execution still marked as running is taken for one left behind by a server stop. */
    static final Duration DUREE_MAX = Duration.ofHours(2);

    /** Who the timer's runs are recorded as. */
    static final String MINUTERIE = "minuterie";

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private BatchJobs batch;

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
        return lancer(job, campagne, admin.getLogin(), options);
    }

    /**
     * Restarts a failed or stopped execution of a campagne job where it stopped.
     *
     * @return the new execution id
     */
    public long relancer(long executionId) {
        String par = currentUser.require().getLogin();
        JobExecution execution = batch.execution(executionId);
        if (execution.getBatchStatus() != BatchStatus.FAILED && execution.getBatchStatus() != BatchStatus.STOPPED) {
            throw new InvalidValueException("Seule une exécution en échec ou arrêtée se relance (celle-ci est "
                    + execution.getBatchStatus() + ").");
        }
        Properties parametres = new Properties();
        parametres.putAll(execution.getJobParameters());
        parametres.remove("echecSimuleApres");
        parametres.setProperty(PARAM_LANCE_PAR, par);
        String job = execution.getJobName();
        return batch.startAlone(job, TraitementsCampagne.DeLaCampagne.cle(parametres.getProperty(PARAM_CAMPAGNE)),
                libelle(job), DUREE_MAX, executionId, parametres, par);
    }

    /** One execution of a campagne job. */
    public JobExecution execution(long executionId) {
        return batch.execution(executionId);
    }

    /** The timer's start, recorded as « minuterie ». */
    @PermitAll
    public long demarrerParMinuterie(String job, long campagneId) {
        Campagne campagne = campagnes.findById(campagneId)
                .orElseThrow(() -> new NotFoundException("La campagne " + campagneId + " n'existe pas."));
        return lancer(job, campagne, MINUTERIE, null);
    }

    private long lancer(String job, Campagne campagne, String par, Properties options) {
        if (!CLOTURE.equals(job) && !FERMETURE.equals(job)) {
            throw new InvalidValueException("Traitement inconnu : « " + job + " ».");
        }
        Properties parametres = new Properties();
        if (options != null) {
            parametres.putAll(options);
        }
        parametres.setProperty(PARAM_CAMPAGNE, String.valueOf(campagne.getId()));
        parametres.setProperty(ConsoleTraitements.PARAM_ACADEMIE, campagne.getAcademie().getCode());
        parametres.setProperty(PARAM_LANCE_PAR, par);
        return batch.startAlone(job, TraitementsCampagne.DeLaCampagne.cle(campagne.getId()), libelle(job), DUREE_MAX,
                null, parametres, par);
    }

    private static String libelle(String job) {
        return CLOTURE.equals(job) ? "Clôture des inscriptions" : "Fermeture de la campagne";
    }

    /** For the tests and the console: the job names this bean starts. */
    public static List<String> noms() {
        return List.of(CLOTURE, FERMETURE);
    }
}
