package fr.passpro.application.entretien;

import fr.passpro.application.courrier.Courriers;
import fr.passpro.application.planning.DocumentsConvocation;
import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.entretien.CompteRenduEnRetard;
import fr.passpro.domain.entretien.RetardsLycee;
import fr.passpro.domain.scope.Scope;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.EntretienRepository;
import fr.passpro.infrastructure.persistence.ExecutionsQuotidiennes;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every morning at 7:00 (Paris), mails each lycée the list of its individual interviews whose compte rendu or avis
 * are overdue. With several Payara instances each one wakes up, but only the first to claim the day in the database
 * ({@code execution_quotidienne}) sends: the claim and the mails commit together, so a failed run leaves the day to
 * be claimed again.
 */
@Stateless
public class RelanceComptesRendus {

    /** The job's name in {@code execution_quotidienne}. */
    public static final String TRAITEMENT = "relance-comptes-rendus";

    private static final Logger LOGGER = Logger.getLogger(RelanceComptesRendus.class.getName());

    @Inject
    private AcademieRepository academies;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private EntretienRepository entretiens;

    @Inject
    private ExecutionsQuotidiennes executions;

    @Inject
    private Courriers courriers;

    @Inject
    private InscriptionRepository inscriptions;

    @Inject
    private Clock clock;

    @Schedule(hour = "7", minute = "0", timezone = "Europe/Paris", persistent = false,
            info = "Relance des comptes rendus d'entretien en retard")
    void chaqueMatin() {
        relancer(Campagne.dateA(clock.instant()));
    }

    /**
     * Sends the reminders of this day unless another run (or instance) already did.
     *
     * @return the number of lycées mailed, or empty when the day was already claimed
     */
    public OptionalInt relancer(LocalDate jour) {
        if (!executions.reserver(TRAITEMENT, jour, clock.instant())) {
            LOGGER.log(Level.INFO, "Relance des comptes rendus du {0} : déjà faite par une autre exécution", jour);
            return OptionalInt.empty();
        }
        int lycees = 0;
        for (Academie academie : academies.findAll()) {
            Campagne campagne = campagnes.findCourante(academie.getCode()).orElse(null);
            if (campagne == null || campagne.isFermee(jour.atStartOfDay(Campagne.ZONE).toInstant())) {
                continue;
            }
            var retards = entretiens.findComptesRendusEnRetard(Scope.academie(academie.getCode()), campagne, jour);
            for (RetardsLycee lycee : EntretienService.parLycee(retards)) {
                var etablissement = entretiens.findLycee(lycee.lyceeId()).orElseThrow();
                courriers.deposer(Courrier.nouveau(java.util.List.of(DocumentsConvocation.boite(etablissement)),
                        CourrielRetour.relanceObjet(lycee.nombre()),
                        CourrielRetour.relanceTexte(lycee.lycee(), lycee.retards(), jour,
                                campagne.getDelaiCompteRenduJours()), null, clock.instant())
                        .concerneEleves(inscriptions.findEleveIds(lycee.retards().stream()
                                .map(CompteRenduEnRetard::inscriptionId).toList())));
                lycees++;
            }
        }
        LOGGER.log(Level.INFO, "Relance des comptes rendus du {0} : {1} lycée(s) relancé(s)", new Object[] { jour, lycees });
        return OptionalInt.of(lycees);
    }
}
