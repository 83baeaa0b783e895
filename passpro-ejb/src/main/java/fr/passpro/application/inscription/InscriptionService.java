package fr.passpro.application.inscription;

import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.inscription.Delais;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.InscriptionEnDoubleException;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.inscription.RetraitInscription;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.inscription.Voeu;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.domain.shared.Pagination;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.CollegeQueries;
import fr.passpro.infrastructure.persistence.EleveRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.ReferentRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The collège's inscriptions: register a pupil in a domaine with its vœux, change the vœux, give the avis d'origine,
 * withdraw. Registering, vœux and avis close with the campagne's cut-off day (or a delay granted by the académie);
 * withdrawing stays possible until the last interview day (see {@link Delais}).
 */
@Stateless
@RolesAllowed({ Roles.ORIGINE, Roles.ADMIN })
public class InscriptionService {

    private static final Logger LOGGER = Logger.getLogger(InscriptionService.class.getName());

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private EleveRepository eleves;

    @Inject
    private ReferentRepository referents;

    @Inject
    private InscriptionRepository inscriptions;

    @Inject
    private CollegeQueries collegeQueries;

    @Inject
    private Clock clock;

    /** Frees the seat of a convoked pupil who renounces (fr.passpro.application.planning.LiberationPlaces). */
    @Inject
    private Event<RetraitInscription> retraits;

    /** For the container. */
    public InscriptionService() {
    }

    /** For tests, with fakes. */
    InscriptionService(CurrentUser currentUser, CampagneRepository campagnes, EleveRepository eleves,
                       ReferentRepository referents, InscriptionRepository inscriptions, Clock clock,
                       Event<RetraitInscription> retraits) {
        this.currentUser = currentUser;
        this.campagnes = campagnes;
        this.eleves = eleves;
        this.referents = referents;
        this.inscriptions = inscriptions;
        this.clock = clock;
        this.retraits = retraits;
    }

    /**
     * Registers a pupil of the caller's collège in a domaine, for the interviews of one lycée, with its vœux in order.
     *
     * @throws InscriptionEnDoubleException when the pupil already has an inscription in this domaine (checked first,
     *                                      then by the unique key for concurrent requests), naming it
     * @throws fr.passpro.domain.shared.AccessDeniedException for another collège's pupil or référent (audited)
     * @throws fr.passpro.domain.inscription.DelaiDepasseException after the deadline
     * @throws InvalidValueException        for a formation that does not fit, or without formation
     */
    @RolesAllowed(Roles.ORIGINE)
    public Inscription inscrire(long eleveId, long domaineId, long lyceeId, long referentId, List<Long> formationIds) {
        Account auteur = currentUser.require();
        Acces.collegeDe(auteur);
        Eleve eleve = eleveVisible(auteur, eleveId);
        Referent referent = referents.findVisibleById(auteur.scope(), referentId)
                .orElseThrow(() -> Acces.introuvableOuRefuse(auteur, "la personne référente", referentId,
                        referents.exists(referentId)));
        Domaine domaine = inscriptions.findDomaine(domaineId)
                .orElseThrow(() -> new NotFoundException("Ce domaine n'existe pas ou plus : rechargez le catalogue."));
        Etablissement lycee = inscriptions.findEtablissement(lyceeId)
                .orElseThrow(() -> new NotFoundException("Ce lycée n'existe pas ou plus : rechargez le catalogue."));
        List<Formation> formations = new ArrayList<>();
        for (Long formationId : formationIds == null ? List.<Long>of() : formationIds) {
            formations.add(formation(formationId));
        }
        delais(eleve).verifierOuvert(clock, "inscrire un élève");
        inscriptions.findByEleveAndDomaine(eleveId, domaineId).ifPresent(existante -> {
            throw new InscriptionEnDoubleException(existante);
        });
        Inscription inscription = Inscription.inscrire(eleve, domaine, lycee, referent, formations, auteur,
                clock.instant());
        try {
            inscriptions.ajouter(inscription);
        } catch (InscriptionEnDoubleException concurrente) {
            throw inscriptions.findByEleveAndDomaineHorsTransaction(eleveId, domaineId)
                    .map(InscriptionEnDoubleException::new)
                    .orElse(concurrente);
        }
        LOGGER.log(Level.INFO, "Inscription de l''élève {0} dans le domaine {1} par {2}",
                new Object[] { String.valueOf(eleveId), String.valueOf(domaineId), auteur.getLogin() });
        return inscription;
    }

    /** Adds a formation of the same domaine and lycée as the last vœu. */
    @RolesAllowed(Roles.ORIGINE)
    public Voeu ajouterVoeu(long inscriptionId, long formationId) {
        Account auteur = currentUser.require();
        Inscription inscription = inscriptionVisible(auteur, inscriptionId);
        Formation formation = formation(formationId);
        delais(inscription.getEleve()).verifierOuvert(clock, "modifier les formations demandées");
        return inscription.ajouterVoeu(formation, auteur, clock.instant());
    }

    /** Removes a vœu; the last one cannot be removed (withdraw the inscription instead). */
    @RolesAllowed(Roles.ORIGINE)
    public void retirerVoeu(long inscriptionId, long formationId) {
        Account auteur = currentUser.require();
        Inscription inscription = inscriptionVisible(auteur, inscriptionId);
        delais(inscription.getEleve()).verifierOuvert(clock, "modifier les formations demandées");
        inscription.retirerVoeu(voeu(inscription, formationId), auteur, clock.instant());
    }

    /**
     * Moves a vœu one rank up or down in the pupil's order of preference, while the collège may still change the
     * inscription (campagne open for changes, before the interview).
     *
     * @throws fr.passpro.domain.shared.AccessDeniedException for another collège's inscription (audited)
     */
    @RolesAllowed(Roles.ORIGINE)
    public void deplacerVoeu(long inscriptionId, long formationId, boolean versLeHaut) {
        Account auteur = currentUser.require();
        Inscription inscription = inscriptionVisible(auteur, inscriptionId);
        delais(inscription.getEleve()).verifierOuvert(clock, "changer l'ordre des vœux");
        inscription.deplacerVoeu(voeu(inscription, formationId), versLeHaut, auteur, clock.instant());
    }

    /**
     * The collège head's avis and commentaire on one vœu.
     *
     * @throws fr.passpro.domain.shared.AccessDeniedException for anybody but the head of the pupil's collège
     */
    @RolesAllowed(Roles.CHEF_ETABLISSEMENT)
    public void donnerAvisOrigine(long inscriptionId, long formationId, Avis avis, String commentaire) {
        Account chef = currentUser.require();
        Inscription inscription = inscriptionVisible(chef, inscriptionId);
        delais(inscription.getEleve()).verifierOuvert(clock, "saisir un avis d'origine");
        inscription.donnerAvisOrigine(voeu(inscription, formationId), avis, commentaire, chef, clock.instant());
    }

    /**
     * Another active référent of the collège follows the pupil; the next convocations go to them.
     *
     * @throws fr.passpro.domain.shared.AccessDeniedException for another collège's inscription or référent (audited)
     */
    @RolesAllowed(Roles.ORIGINE)
    public void changerReferent(long inscriptionId, long referentId) {
        Account auteur = currentUser.require();
        Inscription inscription = inscriptionVisible(auteur, inscriptionId);
        Referent referent = referents.findVisibleById(auteur.scope(), referentId)
                .orElseThrow(() -> Acces.introuvableOuRefuse(auteur, "la personne référente", referentId,
                        referents.exists(referentId)));
        delais(inscription.getEleve()).verifierOuvert(clock, "changer la personne référente");
        inscription.changerReferent(referent, auteur, clock.instant());
    }

    /**
     * The pupil renounces: the inscription is withdrawn, kept with its history. If a séance was planned, its seat is
     * freed, the convocation cancelled and the lycée told by mail, in the same transaction.
     */
    @RolesAllowed(Roles.ORIGINE)
    public void retirer(long inscriptionId) {
        Account auteur = currentUser.require();
        Inscription inscription = inscriptionVisible(auteur, inscriptionId);
        delais(inscription.getEleve()).verifierRetraitPossible(clock);
        inscription.retirer(auteur, clock.instant());
        retraits.fire(new RetraitInscription(inscription, auteur));
        LOGGER.log(Level.INFO, "Inscription {0} retirée par {1}",
                new Object[] { String.valueOf(inscriptionId), auteur.getLogin() });
    }

    /**
     * @throws fr.passpro.domain.shared.AccessDeniedException for another collège's inscription (audited)
     */
    public Inscription get(long inscriptionId) {
        return inscriptionVisible(currentUser.require(), inscriptionId);
    }

    /**
     * The inscriptions of one pupil of the caller's collège in the current campagne, by domaine.
     *
     * @throws fr.passpro.domain.shared.AccessDeniedException for another collège's pupil (audited)
     */
    public List<Inscription> inscriptionsDe(long eleveId) {
        Account compte = currentUser.require();
        Eleve eleve = eleveVisible(compte, eleveId);
        return campagnes.findCourante(compte.scope().academieCode())
                .map(c -> inscriptions.findByEleve(eleve.getId(), c.getId())).orElseGet(List::of);
    }

    /**
     * The collège dashboard of the current campagne, counted in the database: figures, and the first
     * {@value TableauCollege#LIGNES_MAX} rows of each list of what is missing with its count. Empty without a campagne.
     */
    public TableauCollege tableauCollege() {
        Account compte = currentUser.require();
        long college = Acces.collegeDe(compte).getId();
        return campagnes.findCourante(compte.scope().academieCode()).map(c -> {
            long campagne = c.getId();
            LocalDateTime maintenant = LocalDateTime.ofInstant(clock.instant(), Campagne.ZONE);
            return new TableauCollege(collegeQueries.eleves(college, campagne),
                    collegeQueries.elevesSansInscription(college, campagne),
                    inscriptions.countByStatut(compte.scope(), campagne),
                    collegeQueries.voeuxSansAvis(college, campagne),
                    manques(collegeQueries.sansAvis(college, campagne, TableauCollege.LIGNES_MAX)),
                    collegeQueries.nombreSansAvis(college, campagne),
                    manques(collegeQueries.sansReferentActif(college, campagne, TableauCollege.LIGNES_MAX)),
                    collegeQueries.nombreSansReferentActif(college, campagne),
                    collegeQueries.convocationsAVenir(college, campagne, maintenant, false),
                    collegeQueries.convocationsAVenir(college, campagne, maintenant, true));
        }).orElse(TableauCollege.vide());
    }

    private static List<TableauCollege.Manque> manques(List<Object[]> lignes) {
        return lignes.stream().map(l -> new TableauCollege.Manque(((Number) l[0]).longValue(), (String) l[1],
                (String) l[2], (String) l[3], ((Number) l[4]).longValue())).toList();
    }

    /** How many of the collège's inscriptions of the current campagne are in each statut (one GROUP BY). */
    public Map<StatutInscription, Long> nombresParStatut() {
        Account compte = currentUser.require();
        Acces.collegeDe(compte);
        return campagnes.findCourante(compte.scope().academieCode())
                .map(c -> inscriptions.countByStatut(compte.scope(), c.getId())).orElseGet(Map::of);
    }

    /**
     * One page of the collège's inscriptions of the current campagne, in one statut or all (null), counted and paged in
     * the database; a page beyond the last gives the first page (see {@link Pagination}).
     */
    public PageInscriptions inscriptions(StatutInscription statut, int first, int taille) {
        Account compte = currentUser.require();
        long college = Acces.collegeDe(compte).getId();
        return campagnes.findCourante(compte.scope().academieCode()).map(c -> {
            Map<StatutInscription, Long> parStatut = inscriptions.countByStatut(compte.scope(), c.getId());
            long total = statut == null ? parStatut.values().stream().mapToLong(Long::longValue).sum()
                    : parStatut.getOrDefault(statut, 0L);
            int lignes = Pagination.taille(taille);
            int premier = Pagination.premier(first, lignes, total);
            return new PageInscriptions(collegeQueries.inscriptions(college, c.getId(), statut, premier, lignes).stream()
                    .map(LigneInscription::de).toList(), total, premier);
        }).orElse(PageInscriptions.vide());
    }

    /** The caller's inscriptions of the current campagne with the count per statut; empty without a campagne. */
    public TableauDeBord tableauDeBord() {
        var scope = currentUser.scope();
        return campagnes.findCourante(scope.academieCode())
                .map(c -> new TableauDeBord(inscriptions.findVisible(scope, c.getId()),
                        inscriptions.countByStatut(scope, c.getId())))
                .orElse(TableauDeBord.vide());
    }

    private Eleve eleveVisible(Account compte, long eleveId) {
        return eleves.findVisibleById(compte.scope(), eleveId)
                .orElseThrow(() -> Acces.introuvableOuRefuse(compte, "l'élève", eleveId, eleves.exists(eleveId)));
    }

    private Inscription inscriptionVisible(Account compte, long inscriptionId) {
        return inscriptions.findVisibleById(compte.scope(), inscriptionId)
                .orElseThrow(() -> Acces.introuvableOuRefuse(compte, "l'inscription", inscriptionId,
                        inscriptions.exists(inscriptionId)));
    }

    private Formation formation(Long formationId) {
        if (formationId == null) {
            throw new InvalidValueException("Choisissez une formation du catalogue.");
        }
        return inscriptions.findFormation(formationId)
                .orElseThrow(() -> new NotFoundException("Cette formation n'existe pas ou plus : rechargez le catalogue."));
    }

    private static Voeu voeu(Inscription inscription, long formationId) {
        return inscription.voeuDeFormation(formationId).orElseThrow(() -> new InvalidValueException(
                "Cette formation n'est pas demandée dans l'inscription " + fr.passpro.domain.shared.Francais.de(inscription.getEleve().getNomComplet())
                        + " : rechargez la page."));
    }

    private Delais delais(Eleve eleve) {
        return Delais.pour(eleve.getCampagne(), eleve.getCollege(),
                inscriptions.findExceptionsDelai(eleve.getCollege().getId(), eleve.getCampagne().getId()));
    }

    /**
     * The formations a pupil of the caller's académie may ask for: the active formations of the current campagne's
     * catalogue, ordered by domaine then libellé. The page groups them by domaine and lycée accueil-référent.
     */
    public List<Formation> formationsOuvertes() {
        var scope = currentUser.scope();
        return campagnes.findCourante(scope.academieCode())
                .map(c -> inscriptions.findFormationsActives(c.getId()))
                .orElse(List.of());
    }
}
