package fr.passpro.application.planning;

import fr.passpro.application.inscription.Acces;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Voeu;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Seance;
import fr.passpro.domain.planning.consultation.FiltreCandidats;
import fr.passpro.domain.planning.consultation.LigneCandidat;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.CandidatsQueries;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.PlanningRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a lycée reads to plan its interviews: its candidates (paged, filtered), the domaines, formations and collèges
 * to filter them by, and the séances a candidate may be convoked to. Read-only: every change goes through
 * {@link PlanningService}. Everything is scoped to the caller's lycée and the current campagne of its académie.
 */
@Stateless
@RolesAllowed(Roles.ACCUEIL)
public class CandidatsService {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private CandidatsQueries queries;

    @Inject
    private InscriptionRepository inscriptions;

    @Inject
    private PlanningRepository planning;

    @Inject
    private Clock clock;

    /**
     * One page of the caller's candidates, each with its active convocation if any.
     *
     * @param sortField eleve, college, domaine or statut; null for the pupil's name
     */
    public List<LigneCandidat> candidats(FiltreCandidats filtre, int first, int pageSize, String sortField,
                                         boolean ascending) {
        Perimetre p = perimetre();
        if (p.campagne().isEmpty()) {
            return List.of();
        }
        List<Inscription> page = queries.candidats(p.lycee().getId(), p.campagne().get().getId(), filtre, first,
                pageSize, sortField, ascending);
        Map<Long, Convocation> convocations = queries.convocationsActives(p.lycee().getId(),
                        page.stream().map(Inscription::getId).toList()).stream()
                .collect(Collectors.toMap(c -> c.getInscription().getId(), Function.identity()));
        return page.stream().map(i -> new LigneCandidat(i, convocations.get(i.getId()))).toList();
    }

    /** How many candidates {@link #candidats} pages through. */
    public long compter(FiltreCandidats filtre) {
        Perimetre p = perimetre();
        return p.campagne().map(c -> queries.compter(p.lycee().getId(), c.getId(), filtre)).orElse(0L);
    }

    /** The domaines the caller's lycée holds interviews for, by libellé. */
    public List<Domaine> domaines() {
        Perimetre p = perimetre();
        return p.campagne().map(c -> queries.domaines(p.lycee().getId(), c.getId())).orElseGet(List::of);
    }

    /** The formations whose interviews the caller's lycée holds, by domaine then libellé. */
    public List<Formation> formations() {
        Perimetre p = perimetre();
        return p.campagne().map(c -> queries.formations(p.lycee().getId(), c.getId())).orElseGet(List::of);
    }

    /** The collèges whose pupils are candidates at the caller's lycée, by name. */
    public List<Etablissement> colleges() {
        Perimetre p = perimetre();
        return p.campagne().map(c -> queries.colleges(p.lycee().getId(), c.getId())).orElseGet(List::of);
    }

    /**
     * The séances a candidate of the caller's lycée may be convoked to, in time order: not yet begun, with a free
     * seat, of its domaine and modalité, for one of its formations; its current séance left out.
     *
     * @throws fr.passpro.domain.shared.AccessDeniedException for another lycée's candidate (audited)
     */
    public List<Seance> seancesPossibles(long inscriptionId) {
        Account compte = currentUser.require();
        Etablissement lycee = Acces.lyceeDe(compte);
        Inscription inscription = queries.candidat(lycee.getId(), inscriptionId)
                .orElseThrow(() -> Acces.introuvableOuRefuse(compte, "l'inscription", inscriptionId,
                        inscriptions.exists(inscriptionId)));
        Optional<Long> actuelle = planning.findConvocationDe(inscription.getId()).filter(Convocation::isActive)
                .map(c -> c.getSeance().getId());
        List<Formation> demandees = inscription.getVoeux().stream().map(Voeu::getFormation).toList();
        LocalDateTime maintenant = LocalDateTime.now(clock.withZone(Campagne.ZONE));
        return planning.findSeancesLibres(lycee.getId(), inscription.getCampagne().getId(),
                        inscription.getDomaine().getId(), maintenant).stream()
                .filter(s -> s.getModalite() == Convocation.modaliteDe(inscription))
                .filter(s -> s.concerne(demandees))
                .filter(s -> actuelle.map(id -> !id.equals(s.getId())).orElse(true))
                .toList();
    }

    private Perimetre perimetre() {
        Account compte = currentUser.require();
        Etablissement lycee = Acces.lyceeDe(compte);
        return new Perimetre(lycee, campagnes.findCourante(compte.scope().academieCode()));
    }

    private record Perimetre(Etablissement lycee, Optional<Campagne> campagne) {
    }
}
