package fr.passpro.batch.purge;

import static java.util.logging.Level.INFO;

import fr.passpro.domain.campagne.Campagne;
import fr.passpro.infrastructure.persistence.ExecutionsQuotidiennes;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Every night at 3:15 (Paris), starts the purge of every campagne whose retention after closure is over and that is
 * not purged yet. It only starts jobs. With several Payara instances each one wakes up, but only the first to claim
 * the day in the database ({@code execution_quotidienne}) starts them; a campagne already being purged is refused by
 * the database anyway. A claimed day whose start failed is tried again the next night.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PurgeQuotidienne {

    /** The job's name in {@code execution_quotidienne}. */
    public static final String TRAITEMENT = "purge-campagnes";

    private static final Logger logger = Logger.getLogger(PurgeQuotidienne.class.getName());

    @Inject
    private PurgeCampagneService service;

    @Inject
    private ExecutionsQuotidiennes executions;

    @Inject
    private Clock clock;

    @Schedule(hour = "3", minute = "15", timezone = "Europe/Paris", persistent = false,
            info = "Purge des données des élèves des campagnes dont la durée de conservation est écoulée")
    void chaqueNuit() {
        purger(Campagne.dateA(clock.instant()));
    }

    /**
     * Starts the purges of this day unless another run (or instance) already claimed it.
     *
     * @return the runs started, or empty when the day was already claimed
     */
    public Optional<List<Long>> purger(LocalDate jour) {
        // the claim commits on its own (the repository opens a transaction): the jobs start outside any
        if (!executions.reserver(TRAITEMENT, jour, clock.instant())) {
            logger.log(INFO, "Purge des campagnes du {0} : déjà lancée par une autre exécution", jour);
            return Optional.empty();
        }
        List<Long> purges = service.purgerCampagnesEchues(PurgeCampagneJob.AUTEUR_QUOTIDIEN);
        logger.log(INFO, "Purge des campagnes du {0} : {1} purge(s) lancée(s)", new Object[] {jour, purges.size()});
        return Optional.of(purges);
    }
}
