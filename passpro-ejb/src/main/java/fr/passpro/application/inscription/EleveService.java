package fr.passpro.application.inscription;

import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Delais;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Ine;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.EleveRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The pupils a collège registers in the current campagne. */
@Stateless
@RolesAllowed({ Roles.ORIGINE, Roles.ADMIN })
public class EleveService {

    private static final Logger LOGGER = Logger.getLogger(EleveService.class.getName());

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private EleveRepository eleves;

    @Inject
    private InscriptionRepository inscriptions;

    @Inject
    private Clock clock;

    /** For the container. */
    public EleveService() {
    }

    /** For tests, with fakes. */
    EleveService(CurrentUser currentUser, CampagneRepository campagnes, EleveRepository eleves,
                 InscriptionRepository inscriptions, Clock clock) {
        this.currentUser = currentUser;
        this.campagnes = campagnes;
        this.eleves = eleves;
        this.inscriptions = inscriptions;
        this.clock = clock;
    }

    /**
     * Creates a pupil of the caller's collège. When the collège already has a pupil with the same nom, prénom and
     * birth date, nothing is created unless {@code doublonConfirme}: the result carries the existing pupils.
     *
     * @throws fr.passpro.domain.inscription.DelaiDepasseException after the registration deadline
     * @throws InvalidValueException for an invalid field, or an INE already given to another pupil of the collège
     */
    @RolesAllowed(Roles.ORIGINE)
    public CreationEleve creer(NouvelEleve demande, boolean doublonConfirme) {
        Objects.requireNonNull(demande, "Les informations de l'élève sont obligatoires.");
        Account auteur = currentUser.require();
        Etablissement college = Acces.collegeDe(auteur);
        Campagne campagne = campagnes.getCourante(auteur.scope().academieCode());
        Delais.pour(campagne, college, inscriptions.findExceptionsDelai(college.getId(), campagne.getId()))
                .verifierOuvert(clock, "inscrire un élève");
        Ine ine = Ine.optional(demande.ine()).orElse(null);
        Eleve eleve = Eleve.nouveau(college, campagne, demande.nom(), demande.prenom(), demande.dateNaissance(),
                demande.classe(), demande.dispositif(), ine, clock.instant());
        if (ine != null) {
            eleves.findByIne(college.getId(), campagne.getId(), ine).ifPresent(autre -> {
                throw new InvalidValueException("L'INE " + ine + " est déjà celui de " + autre.getNomComplet() + " ("
                        + autre.getClasse() + ") : vérifiez la saisie ou ouvrez la fiche de cet élève.");
            });
        }
        List<Eleve> doublons = eleves.findByCleDoublon(college.getId(), campagne.getId(), eleve.normalisedKey());
        if (!doublons.isEmpty() && !doublonConfirme) {
            return CreationEleve.aConfirmer(doublons);
        }
        eleves.save(eleve);
        LOGGER.log(Level.INFO, "Élève créé par {0} pour {1}{2}", new Object[] { auteur.getLogin(), college.getUai(),
                doublons.isEmpty() ? "" : " (doublon possible confirmé)" });
        return CreationEleve.creee(eleve, doublons);
    }

    /** The pupils the caller sees in the current campagne (the collège's, or the académie's); empty without one. */
    public List<Eleve> lister() {
        var scope = currentUser.scope();
        return campagnes.findCourante(scope.academieCode())
                .map(campagne -> eleves.findVisible(scope, campagne.getId()))
                .orElse(List.of());
    }

    /**
     * @throws fr.passpro.domain.shared.AccessDeniedException for another collège's pupil (audited)
     * @throws fr.passpro.domain.shared.NotFoundException     for a pupil that does not exist
     */
    public Eleve get(long id) {
        Account compte = currentUser.require();
        return eleves.findVisibleById(compte.scope(), id)
                .orElseThrow(() -> Acces.introuvableOuRefuse(compte, "l'élève", id, eleves.exists(id)));
    }
}
