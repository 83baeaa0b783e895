package fr.passpro.application.delai;

import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.ExceptionDelai;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The académie grants a collège a delay after the end of registration (e.g. a pupil arrived late): until the end of
 * a given day, Paris time, that collège may still register pupils and give avis d'origine. Each grant is recorded
 * with who and when; grants are never changed.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ExceptionDelaiService {

    private static final Logger LOGGER = Logger.getLogger(ExceptionDelaiService.class.getName());

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private EtablissementRepository etablissements;

    @Inject
    private InscriptionRepository inscriptions;

    @Inject
    private Clock clock;

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /** The établissements d'origine of the admin's académie, by nom: those a delay may be granted to. */
    public List<Etablissement> etablissementsOrigine() {
        return etablissements.findVisible(currentUser.scope()).stream().filter(Etablissement::isOrigine).toList();
    }

    /** The current campagne of the admin's académie. */
    public Campagne campagne() {
        return campagnes.getCourante(currentUser.scope().academieCode());
    }

    /** The delays of the current campagne, the latest granted first. */
    public List<ExceptionDelai> lister() {
        return campagnes.findCourante(currentUser.scope().academieCode())
                .map(c -> em.createQuery("SELECT x FROM ExceptionDelai x WHERE x.campagne.id = :campagneId"
                                + " ORDER BY x.accordeeLe DESC, x.id DESC", ExceptionDelai.class)
                        .setParameter("campagneId", c.getId())
                        .getResultList())
                .orElse(List.of());
    }

    /**
     * Grants the collège a delay until the end of {@code dernierJour} (inclusive, Paris time).
     *
     * @throws NotFoundException     for an établissement outside the admin's académie
     * @throws InvalidValueException for a day not after the end of registration, after the closure, or no motif
     */
    public ExceptionDelai accorder(long collegeId, LocalDate dernierJour, String motif) {
        Account admin = currentUser.require();
        Etablissement college = etablissements.findVisibleById(admin.scope(), collegeId).orElseThrow(() ->
                new NotFoundException("Cet établissement n'existe pas ou n'est pas de votre académie : rechargez la page."));
        if (dernierJour == null) {
            throw new InvalidValueException("Indiquez le dernier jour du délai.");
        }
        Campagne campagne = campagnes.getCourante(admin.scope().academieCode());
        ExceptionDelai exception = ExceptionDelai.accorder(college, campagne,
                dernierJour.plusDays(1).atStartOfDay(Campagne.ZONE).toInstant(), admin, motif, clock.instant());
        inscriptions.ajouterExceptionDelai(exception);
        LOGGER.log(Level.INFO, "Délai accordé à {0} jusqu''au {1} inclus par {2}",
                new Object[] { college.getUai(), dernierJour, admin.getLogin() });
        return exception;
    }
}
