package fr.passpro.application.planning;

import fr.passpro.domain.inscription.RetraitInscription;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.infrastructure.persistence.PlanningRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When a convoked pupil renounces, the seat goes back to the séance, the collège's calendar gets the cancellation and
 * the lycée is told by mail, in the transaction of the withdrawal.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LiberationPlaces {

    private static final Logger LOGGER = Logger.getLogger(LiberationPlaces.class.getName());

    @Inject
    private PlanningRepository planning;

    @Inject
    private EnvoiConvocations envois;

    @Inject
    private Clock clock;

    public void apresRetrait(@Observes RetraitInscription retrait) {
        planning.findConvocationDe(retrait.inscription().getId())
                .filter(Convocation::isActive)
                .ifPresent(convocation -> {
                    convocation.annuler(retrait.par(), clock.instant());
                    envois.annulation(convocation);
                    envois.retraitAuLycee(convocation);
                    planning.flush();
                    LOGGER.log(Level.INFO, "Place libérée à la séance {0} après le retrait de l''inscription {1}",
                            new Object[] { convocation.getSeance().getId(), retrait.inscription().getId() });
                });
    }
}
