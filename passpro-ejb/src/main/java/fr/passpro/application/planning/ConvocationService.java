package fr.passpro.application.planning;

import fr.passpro.application.inscription.Acces;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.planning.AccuseReception;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.PlanningRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * The convocations as the collège sees them (received, answered, printed) and as documents for both sides.
 * A collège sees the convocations of its pupils, a lycée those of its candidates.
 */
@Stateless
@RolesAllowed({ Roles.ORIGINE, Roles.ACCUEIL, Roles.ADMIN })
public class ConvocationService {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private PlanningRepository planning;

    @Inject
    private DocumentsConvocation documents;

    @Inject
    private Clock clock;

    /** The convocations of the caller's collège in the current campagne (active and cancelled), by date. */
    @RolesAllowed(Roles.ORIGINE)
    public List<Convocation> convocationsRecues() {
        Account compte = currentUser.require();
        Etablissement college = Acces.collegeDe(compte);
        return campagnes.findCourante(compte.scope().academieCode())
                .map(c -> planning.findConvocationsDuCollege(college.getId(), c.getId()))
                .orElseGet(List::of);
    }

    /** One convocation the caller may see. */
    public Convocation get(long convocationId) {
        return visible(currentUser.require(), convocationId);
    }

    /**
     * The collège says whether the pupil will come; the lycée sees the answer.
     *
     * @throws fr.passpro.domain.shared.AccessDeniedException for a convocation of another collège (audited)
     */
    @RolesAllowed(Roles.ORIGINE)
    public Convocation accuserReception(long convocationId, AccuseReception reponse) {
        Account compte = currentUser.require();
        Acces.collegeDe(compte);
        Convocation convocation = visible(compte, convocationId);
        Campagne campagne = convocation.getInscription().getCampagne();
        if (campagne.isFermee(clock.instant())) {
            throw new InvalidValueException("La campagne " + campagne.getAnneeScolaire() + " est close.");
        }
        convocation.accuserReception(reponse, compte, clock.instant());
        return convocation;
    }

    /** The PDF of one active convocation, for printing. */
    public byte[] pdf(long convocationId) {
        Convocation convocation = visible(currentUser.require(), convocationId);
        if (!convocation.isActive()) {
            throw new InvalidValueException("Cette convocation a été annulée : il n'y a rien à imprimer.");
        }
        return documents.pdf(List.of(convocation));
    }

    /** Every active convocation of the caller's collège in one PDF, one page each, by date. */
    @RolesAllowed(Roles.ORIGINE)
    public byte[] pdfToutes() {
        List<Convocation> actives = convocationsRecues().stream().filter(Convocation::isActive).toList();
        if (actives.isEmpty()) {
            throw new InvalidValueException("Aucune convocation à imprimer pour le moment.");
        }
        return documents.pdf(actives);
    }

    private Convocation visible(Account compte, long convocationId) {
        return planning.findConvocation(compte.scope(), convocationId)
                .orElseThrow(() -> Acces.introuvableOuRefuse(compte, "la convocation", convocationId,
                        planning.convocationExiste(convocationId)));
    }
}
