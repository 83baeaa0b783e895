package fr.passpro.batch.campagne;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.ExecutionsQuotidiennes;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every night at 0:05 (Paris), just after the end of the day: starts the cut-off of every campagne whose cut-off day is
 * over and whose inscriptions are not locked yet, and the closure of every campagne whose closure day is over and which
 * is not closed yet. With several Payara instances, only the first to claim the night in {@code execution_quotidienne}
 * starts them; a night missed (server down) is caught up the next one, since the campagne is still due.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CycleCampagneMinuterie {

    static final String TRAITEMENT = "cycle-campagne";

    private static final Logger LOGGER = Logger.getLogger(CycleCampagneMinuterie.class.getName());

    @Inject
    private AcademieRepository academies;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private ExecutionsQuotidiennes executions;

    @Inject
    private CampagneJobs jobs;

    @Inject
    private Clock clock;

    @Resource
    private TimerService timers;

    @Schedule(hour = "0", minute = "5", timezone = "Europe/Paris", persistent = false,
            info = "Clôture des inscriptions et fermeture des campagnes échues")
    void chaqueNuit() {
        Instant maintenant = clock.instant();
        if (!reserver(Campagne.dateA(maintenant), maintenant)) {
            LOGGER.info("Cycle des campagnes : cette nuit est déjà traitée par une autre instance");
            return;
        }
        for (String[] echeance : echeances(maintenant)) {
            try {
                jobs.demarrerParMinuterie(echeance[0], Long.parseLong(echeance[1]));
            } catch (RuntimeException e) {
                LOGGER.log(Level.SEVERE, "Cycle des campagnes : " + echeance[0] + " de la campagne " + echeance[1]
                        + " non lancé", e);
            }
        }
    }

    /** The jobs due at this instant: « job, campagne id » pairs. */
    public List<String[]> echeances(Instant maintenant) {
        List<String[]> dues = new ArrayList<>();
        for (Academie academie : academies.findAll()) {
            for (Campagne c : campagnes.findAll(academie.getCode())) {
                if (c.isPurgee()) {
                    continue;
                }
                if (c.getFermeeLe() == null && !maintenant.isBefore(c.fermeture())) {
                    dues.add(new String[] { CampagneJobs.FERMETURE, String.valueOf(c.getId()) });
                } else if (c.getInscriptionsClosesLe() == null && !maintenant.isBefore(c.finInscriptions())
                        && c.getFermeeLe() == null) {
                    dues.add(new String[] { CampagneJobs.CLOTURE, String.valueOf(c.getId()) });
                }
            }
        }
        return dues;
    }

    /** Claims the night, committed at once by the repository's own transaction (this bean runs without one). */
    private boolean reserver(LocalDate jour, Instant maintenant) {
        return executions.reserver(TRAITEMENT, jour, maintenant);
    }

    /** When the nightly timer fires next, as the server computed it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> prochainPassage() {
        return timers.getTimers().stream().map(Timer::getNextTimeout).map(java.util.Date::toInstant).min(Instant::compareTo);
    }
}
