package fr.passpro.application.inscription;

import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.infrastructure.persistence.ReferentRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The personnes référentes a collège designates; convocations go to their academic e-mail. */
@Stateless
@RolesAllowed({ Roles.ORIGINE, Roles.ADMIN })
public class ReferentService {

    private static final Logger LOGGER = Logger.getLogger(ReferentService.class.getName());

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReferentRepository referents;

    /** For the container. */
    public ReferentService() {
    }

    /** For tests, with fakes. */
    ReferentService(CurrentUser currentUser, ReferentRepository referents) {
        this.currentUser = currentUser;
        this.referents = referents;
    }

    /**
     * Designates a référent of the caller's collège; an inactive one with the same address is reactivated.
     *
     * @throws InvalidValueException for a non-academic address, or an address already of an active référent
     */
    @RolesAllowed(Roles.ORIGINE)
    public Referent ajouter(String nom, String prenom, String email) {
        Account auteur = currentUser.require();
        Etablissement college = Acces.collegeDe(auteur);
        Referent nouveau = Referent.designer(college, nom, prenom, email);
        var existant = referents.findByCollegeAndEmail(college.getId(), nouveau.getEmail());
        if (existant.isPresent()) {
            Referent referent = existant.get();
            if (referent.isActif()) {
                throw new InvalidValueException(referent.getNomComplet() + " est déjà personne référente avec l'adresse "
                        + referent.getEmail() + ".");
            }
            referent.reactiver();
            LOGGER.log(Level.INFO, "Référent {0} réactivé par {1}",
                    new Object[] { String.valueOf(referent.getId()), auteur.getLogin() });
            return referent;
        }
        referents.save(nouveau);
        LOGGER.log(Level.INFO, "Référent ajouté par {0} pour {1}", new Object[] { auteur.getLogin(), college.getUai() });
        return nouveau;
    }

    /** The référents the caller sees, active or not, ordered by nom. */
    public List<Referent> lister() {
        return referents.findVisible(currentUser.scope());
    }

    /** The active référents, those that may be chosen for an inscription. */
    public List<Referent> listerActifs() {
        return lister().stream().filter(Referent::isActif).toList();
    }

    /**
     * The référent can no longer be chosen; the inscriptions that name them keep them.
     *
     * @throws fr.passpro.domain.shared.AccessDeniedException for another collège's référent (audited)
     */
    @RolesAllowed(Roles.ORIGINE)
    public Referent desactiver(long id) {
        Account auteur = currentUser.require();
        Acces.collegeDe(auteur);
        Referent referent = referents.findVisibleById(auteur.scope(), id)
                .orElseThrow(() -> Acces.introuvableOuRefuse(auteur, "la personne référente", id, referents.exists(id)));
        referent.desactiver();
        LOGGER.log(Level.INFO, "Référent {0} désactivé par {1}", new Object[] { String.valueOf(id), auteur.getLogin() });
        return referent;
    }
}
