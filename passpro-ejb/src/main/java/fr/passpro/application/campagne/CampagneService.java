package fr.passpro.application.campagne;

import java.util.Optional;

import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.compte.Roles;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The campagne of the caller's académie: its calendar drives every page and every deadline. */
@Stateless
@RolesAllowed({ Roles.ORIGINE, Roles.ACCUEIL, Roles.ADMIN })
public class CampagneService {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    /** The latest campagne of the caller's académie, if the académie has prepared one. */
    public Optional<Campagne> courante() {
        return campagnes.findCourante(currentUser.scope().academieCode());
    }
}
