package fr.passpro.batch.purge;

import static java.util.logging.Level.INFO;
import static java.util.logging.Level.WARNING;

import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.campagne.PurgeCampagne;
import fr.passpro.domain.campagne.PurgeEnCoursException;
import fr.passpro.domain.campagne.StatutPurge;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.infrastructure.persistence.PurgeCampagneRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The purge of a campagne's pupil data: the one bean that starts, restarts and follows the
 * {@value PurgeCampagneJob#NAME} job (Payara shows a job only to the component that started it). An admin purges a
 * campagne of its académie; the {@code …Traitement} methods, for the daily timer and the tests, take the campagne
 * explicitly.
 *
 * <p>Jobs start outside any transaction (the batch repository is an XA pool): the run is stored by a call to this
 * bean through its own proxy, in a transaction of its own that commits before the job starts. The database lets one
 * run at a time be EN_COURS for a campagne, whichever server instance started it.
 */
@Stateless
@LocalBean
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PurgeCampagneService {

    private static final Logger logger = Logger.getLogger(PurgeCampagneService.class.getName());
    /** A run stored but whose job never started after this long is taken for abandoned. */
    private static final Duration ABANDON = Duration.ofMinutes(10);
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private CurrentUser currentUser;

    @Inject
    private PurgeCampagneRepository purges;

    @Inject
    private PurgeSteps steps;

    @Inject
    private Clock clock;

    @EJB
    private PurgeCampagneService self;

    /**
     * Purges a campagne of the admin's académie.
     *
     * @return the run's id, to follow it with {@link #etat}
     * @throws NotFoundException     for a campagne of another académie
     * @throws InvalidValueException before the end of the retention period (nothing changed)
     * @throws PurgeEnCoursException while a purge of the campagne runs
     */
    public long purger(long campagneId) {
        String academie = currentUser.scope().academieCode();
        Campagne campagne = purges.findCampagne(campagneId).filter(c -> c.getAcademie().getCode().equals(academie))
                .orElseThrow(() -> new NotFoundException("La campagne " + campagneId + " n'existe pas dans votre académie."));
        return purgerTraitement(campagne.getId(), currentUser.require().getLogin(), Map.of());
    }

    /**
     * Stores a run and starts the job. A campagne already purged is accepted: its run ends DEJA_PURGEE, nothing changed.
     *
     * @param options job options ({@link PurgeCampagneJob#OPTION_TAILLE_PAQUET},
     *                {@link PurgeCampagneJob#OPTION_ECHEC_ELEVE}); may be empty
     * @throws InvalidValueException before the end of the retention period (nothing changed)
     * @throws PurgeEnCoursException while a purge of the campagne runs
     */
    @PermitAll
    public long purgerTraitement(long campagneId, String demarrePar, Map<String, String> options) {
        long purgeId = self.enregistrer(campagneId, demarrePar);
        Properties parameters = new Properties();
        options.forEach(parameters::setProperty);
        parameters.setProperty(PurgeCampagneJob.PARAM_PURGE_ID, Long.toString(purgeId));
        long executionId;
        try {
            executionId = operator().start(PurgeCampagneJob.NAME, parameters);
        } catch (RuntimeException e) {
            self.echouer(purgeId, "La purge n'a pas pu être lancée : " + e.getMessage());
            throw e;
        }
        logger.log(INFO, "Purge {0} de la campagne {1} démarrée par {2} : exécution {3}",
                new Object[] {purgeId, campagneId, demarrePar, executionId});
        return purgeId;
    }

    /** Stores the run, EN_COURS, in a transaction of its own (called through {@link #self}). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long enregistrer(long campagneId, String demarrePar) {
        Campagne campagne = purges.getCampagne(campagneId);
        Instant maintenant = clock.instant();
        if (!campagne.isPurgee() && !campagne.isPurgeable(maintenant)) {
            throw new InvalidValueException(refus(campagne));
        }
        purges.findByCampagne(campagneId).stream()
                .filter(p -> p.getStatut() == StatutPurge.EN_COURS)
                .forEach(this::abandonneeSiArretee);
        purges.flushEnCours(campagne);
        return purges.ajouter(new PurgeCampagne(campagne, demarrePar, maintenant)).getId();
    }

    /** Why a campagne cannot be purged yet, in French. */
    static String refus(Campagne campagne) {
        LocalDate jour = Campagne.dateA(campagne.purgeableApres());
        return "La campagne " + campagne.getAnneeScolaire() + " ne peut pas être purgée avant le " + JOUR.format(jour)
                + " : les données des élèves sont conservées " + campagne.getDureeConservationMois()
                + " mois après la fermeture du " + JOUR.format(campagne.getDateFermeture()) + ". Rien n'a été modifié.";
    }

    /** Where a run stands (statut, counts, message). */
    @PermitAll
    public PurgeCampagne etat(long purgeId) {
        return purges.get(purgeId);
    }

    /** Whether the run or its job is still going (its job may outlive the last change of its statut by a moment). */
    @PermitAll
    public boolean enCours(long purgeId) {
        PurgeCampagne purge = purges.get(purgeId);
        if (purge.getStatut() == StatutPurge.EN_COURS) {
            return true;
        }
        return purge.getJobExecutionId() != null && !EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED,
                BatchStatus.ABANDONED, BatchStatus.COMPLETED)
                .contains(operator().getJobExecution(purge.getJobExecutionId()).getBatchStatus());
    }

    /** The runs of a campagne, latest first. */
    @PermitAll
    public List<PurgeCampagne> historique(long campagneId) {
        return purges.findByCampagne(campagneId);
    }

    /**
     * Restarts a run that failed or was stopped: it goes on from its last committed chunk, and ends with every pupil
     * purged once.
     *
     * @throws PurgeEnCoursException while another purge of the campagne runs
     */
    @PermitAll
    public void relancer(long purgeId) {
        PurgeCampagne purge = self.reprendre(purgeId);
        Properties parameters = new Properties();
        parameters.setProperty(PurgeCampagneJob.PARAM_PURGE_ID, Long.toString(purgeId));
        long executionId;
        try {
            executionId = operator().restart(purge.getJobExecutionId(), parameters);
        } catch (RuntimeException e) {
            self.echouer(purgeId, "La reprise n'a pas pu être lancée : " + e.getMessage());
            throw e;
        }
        logger.log(INFO, "Purge {0} relancée : exécution {1}", new Object[] {purgeId, executionId});
    }

    /** A failed run EN_COURS again, in a transaction of its own (called through {@link #self}). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PurgeCampagne reprendre(long purgeId) {
        PurgeCampagne purge = purges.get(purgeId);
        purges.findByCampagne(purge.getCampagne().getId()).stream()
                .filter(p -> p.getStatut() == StatutPurge.EN_COURS)
                .forEach(this::abandonneeSiArretee);
        purge.reprendre();
        purges.flushEnCours(purge.getCampagne());
        return purge;
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void echouer(long purgeId, String message) {
        steps.echouer(purgeId, message);
    }

    /** Stops a running purge (it becomes ECHEC, restartable). */
    @PermitAll
    public void arreter(long purgeId) {
        Long executionId = purges.get(purgeId).getJobExecutionId();
        if (executionId != null) {
            operator().stop(executionId);
        }
    }

    /**
     * Starts the purge of every campagne whose retention is over and that is not purged yet (the daily timer).
     *
     * @return the ids of the runs started
     */
    @PermitAll
    public List<Long> purgerCampagnesEchues(String demarrePar) {
        Instant maintenant = clock.instant();
        List<Long> demarrees = new ArrayList<>();
        for (Campagne campagne : purges.findNonPurgees()) {
            if (!campagne.isPurgeable(maintenant)) {
                continue;
            }
            try {
                demarrees.add(purgerTraitement(campagne.getId(), demarrePar, Map.of()));
            } catch (PurgeEnCoursException e) {
                logger.log(INFO, "Purge de la campagne {0} déjà en cours : rien de plus", campagne.getId());
            } catch (RuntimeException e) {
                logger.log(WARNING, "Purge de la campagne " + campagne.getId() + " non lancée", e);
            }
        }
        return demarrees;
    }

    /**
     * A run left EN_COURS by a job that no longer runs (the server stopped under it) is marked as failed, so that it
     * can be restarted and no longer blocks the campagne.
     */
    private void abandonneeSiArretee(PurgeCampagne p) {
        boolean arretee;
        if (p.getJobExecutionId() == null) {
            arretee = p.getDemarreeLe().isBefore(clock.instant().minus(ABANDON));
        } else {
            BatchStatus status = operator().getJobExecution(p.getJobExecutionId()).getBatchStatus();
            arretee = EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED, BatchStatus.COMPLETED)
                    .contains(status);
        }
        if (arretee) {
            p.echouer("La purge a été interrompue (arrêt ou redémarrage du serveur) : relancez-la.", clock.instant());
            logger.log(WARNING, "Purge {0} interrompue, marquée en échec", p.getId());
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
