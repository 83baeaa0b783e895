package fr.passpro.application.planning;

import fr.passpro.application.inscription.Acces;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.planning.suivi.BilanLycee;
import fr.passpro.domain.planning.suivi.CandidatAConvoquer;
import fr.passpro.domain.planning.suivi.Echeance;
import fr.passpro.domain.planning.suivi.SuiviAcademie;
import fr.passpro.domain.planning.suivi.SuiviLycee;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.SuiviQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Read-only follow-up of the convocations (rule 5: every pupil registered by the cut-off is convoked): a lycée sees
 * its own candidates still to convoke, the académie every lycée's count, both against the convocation deadline.
 */
@Stateless
public class SuiviPlanningService {

    /** How many candidates to convoke a lycée's dashboard lists; the count says how many there are. */
    public static final int CANDIDATS_LISTES = 10;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private SuiviQueries queries;

    @Inject
    private Clock clock;

    /** The caller's lycée: its counts and its first candidates to convoke; empty when no campagne is prepared. */
    @RolesAllowed(Roles.ACCUEIL)
    public Optional<SuiviLycee> suiviDuLycee() {
        Account compte = currentUser.require();
        Etablissement lycee = Acces.lyceeDe(compte);
        return campagnes.findCourante(compte.scope().academieCode()).map(c -> {
            BilanLycee bilan = queries.bilanDuLycee(lycee.getId(), c.getId(), c.finInscriptions());
            List<CandidatAConvoquer> premiers = bilan.aConvoquer() == 0 ? List.of()
                    : queries.candidatsAConvoquer(lycee.getId(), c.getId(), c.finInscriptions(), CANDIDATS_LISTES);
            return new SuiviLycee(bilan, premiers, c.getDateLimiteConvocations(), echeance(c));
        });
    }

    /** Every lycée of the caller's académie with candidates, the largest backlog first; empty without campagne. */
    @RolesAllowed(Roles.ADMIN)
    public Optional<SuiviAcademie> suiviDeLAcademie() {
        Account compte = currentUser.require();
        if (!compte.scope().isAcademie()) {
            throw new AccessDeniedException("le suivi des convocations de toute l'académie est réservé à ses services.");
        }
        String academie = compte.scope().academieCode();
        return campagnes.findCourante(academie).map(c -> new SuiviAcademie(
                queries.bilansDeLAcademie(academie, c.getId(), c.finInscriptions()), c.getDateLimiteConvocations(),
                echeance(c)));
    }

    private Echeance echeance(Campagne campagne) {
        return Echeance.de(campagne.getDateLimiteConvocations(), Campagne.dateA(clock.instant()));
    }
}
