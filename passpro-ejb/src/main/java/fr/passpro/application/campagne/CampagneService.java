package fr.passpro.application.campagne;

import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.campagne.EtatCampagne;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The campagnes of the caller's académie: the current one drives every page and every deadline; the académie's
 * admins prepare next year's from the last one and correct the calendar while the campagne is not closed (issue 7).
 */
@Stateless
@RolesAllowed({ Roles.ORIGINE, Roles.ACCUEIL, Roles.ADMIN })
public class CampagneService {

    private static final Logger LOGGER = Logger.getLogger(CampagneService.class.getName());

    /** A campagne as the académie's page shows it: its state now, the dates to check, whether its archive is kept. */
    public record VueCampagne(Campagne campagne, EtatCampagne etat, List<String> alertes, boolean archivee,
                              boolean purgeable) implements Serializable {

        public VueCampagne {
            alertes = List.copyOf(alertes);
        }

        /** Whether the calendar may still be changed. */
        public boolean isModifiable() {
            return etat.compareTo(EtatCampagne.CLOTUREE) < 0;
        }
    }

    /** The calendar as the académie types it. */
    public record Calendrier(LocalDate ouverture, LocalDate clotureInscriptions, LocalDate limiteConvocations,
                             LocalDate limiteEntretiens, int delaiCompteRenduJours, LocalDate fermeture)
            implements Serializable {
    }

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private Clock clock;

    /** The current campagne of the caller's académie, if the académie has prepared one. */
    public Optional<Campagne> courante() {
        return campagnes.findCourante(currentUser.scope().academieCode());
    }

    /** Every campagne of the admin's académie, the latest school year first. */
    @RolesAllowed(Roles.ADMIN)
    public List<VueCampagne> campagnesDeLAcademie() {
        String academie = academieDeLAdmin();
        List<Campagne> toutes = new java.util.ArrayList<>(campagnes.findAll(academie));
        java.util.Collections.reverse(toutes);
        return toutes.stream().map(this::vue).toList();
    }

    /**
     * Creates next year's campagne from the latest one, its dates moved by one year; the page then shows the dates
     * that fall on a Sunday or a bank holiday.
     *
     * @throws InvalidValueException when the académie has no campagne to start from, or next year's already exists
     */
    @RolesAllowed(Roles.ADMIN)
    public VueCampagne creerSuivante() {
        Account admin = currentUser.require();
        String academie = academieDeLAdmin();
        List<Campagne> toutes = campagnes.findAll(academie);
        if (toutes.isEmpty()) {
            throw new InvalidValueException("Votre académie n'a encore aucune campagne dont reprendre le calendrier.");
        }
        Campagne suivante = toutes.get(toutes.size() - 1).suivante();
        try {
            campagnes.save(suivante);
        } catch (PersistenceException | jakarta.ejb.EJBException doublon) {
            throw new InvalidValueException("La campagne " + suivante.getAnneeScolaire() + " existe déjà.");
        }
        LOGGER.log(Level.INFO, "Campagne {0} créée par {1}", new Object[] { suivante, admin.getLogin() });
        return vue(suivante);
    }

    /**
     * Replaces the calendar of a campagne of the admin's académie.
     *
     * @throws InvalidValueException when the dates are out of order, or once the campagne is closed
     * @throws AccessDeniedException for another académie's campagne
     */
    @RolesAllowed(Roles.ADMIN)
    public VueCampagne modifierCalendrier(long campagneId, Calendrier calendrier) {
        Account admin = currentUser.require();
        Campagne campagne = campagneDeLAcademie(campagneId);
        VueCampagne avant = vue(campagne);
        if (!avant.isModifiable()) {
            throw new InvalidValueException("La campagne " + campagne.getAnneeScolaire() + " est "
                    + avant.etat().libelle().toLowerCase(java.util.Locale.ROOT) + " : son calendrier ne se modifie plus.");
        }
        campagne.changerCalendrier(calendrier.ouverture(), calendrier.clotureInscriptions(),
                calendrier.limiteConvocations(), calendrier.limiteEntretiens(), calendrier.delaiCompteRenduJours(),
                calendrier.fermeture());
        LOGGER.log(Level.INFO, "Calendrier de la campagne {0} modifié par {1}", new Object[] { campagne, admin.getLogin() });
        return vue(campagne);
    }

    /**
     * The campagne's archive kept by the closure job: file name and content.
     *
     * @throws NotFoundException when the closure job has not run yet
     */
    @RolesAllowed(Roles.ADMIN)
    public Object[] archive(long campagneId) {
        Campagne campagne = campagneDeLAcademie(campagneId);
        return campagnes.archive(campagne.getId()).orElseThrow(() -> new NotFoundException("L'archive de la campagne "
                + campagne.getAnneeScolaire() + " n'existe pas encore : elle est produite par la fermeture."));
    }

    /** Who the jobs of one of the académie's campagnes would concern, for the confirmation asked before starting one. */
    @RolesAllowed(Roles.ADMIN)
    public CampagneRepository.Concernes concernes(long campagneId) {
        return campagnes.concernes(campagneDeLAcademie(campagneId).getId());
    }

    private VueCampagne vue(Campagne campagne) {
        boolean archivee = campagne.getId() != null && campagnes.isArchivee(campagne.getId());
        return new VueCampagne(campagne, campagne.etat(clock.instant(), archivee), campagne.alertesCalendrier(), archivee,
                campagne.getId() != null && campagne.isPurgeable(clock.instant()));
    }

    private Campagne campagneDeLAcademie(long campagneId) {
        String academie = academieDeLAdmin();
        Campagne campagne = campagnes.findById(campagneId)
                .orElseThrow(() -> new NotFoundException("La campagne " + campagneId + " n'existe pas."));
        if (!campagne.getAcademie().getCode().equals(academie)) {
            throw new AccessDeniedException("la campagne " + campagne.getAnneeScolaire() + " relève d'une autre académie.");
        }
        return campagne;
    }

    private String academieDeLAdmin() {
        var scope = currentUser.require().scope();
        if (!scope.isAcademie()) {
            throw new AccessDeniedException("les campagnes sont gérées par les services de l'académie.");
        }
        return scope.academieCode();
    }
}
