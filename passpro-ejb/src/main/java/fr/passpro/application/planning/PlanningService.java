package fr.passpro.application.planning;

import fr.passpro.application.inscription.Acces;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.TextNormalizer;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.courrier.StatutCourrier;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.DelaiDepasseException;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.planning.Candidat;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Creneau;
import fr.passpro.domain.planning.EntretienPrevu;
import fr.passpro.domain.planning.GenerateurSeances;
import fr.passpro.domain.planning.Horaires;
import fr.passpro.domain.planning.NonPlace;
import fr.passpro.domain.planning.Plan;
import fr.passpro.domain.planning.Planificateur;
import fr.passpro.domain.planning.RegleSerie;
import fr.passpro.domain.planning.Seance;
import fr.passpro.domain.planning.SeanceLibre;
import fr.passpro.domain.planning.Serie;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.infrastructure.convocation.FeuilleDuJour;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.PlanningRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What a lycée d'accueil-référent does to plan its interviews: séances (one by one or as a series), convocations of
 * its candidates (by hand or by the {@link Planificateur}), moves and cancellations, each mailed to the collège
 * through the outbox in the same transaction. Every rule is checked here: the caller's lycée, the campagne's
 * deadlines (convocations until the convocation deadline, interviews until the interview deadline), the room, the
 * seats, the pupil's other interviews.
 */
@Stateless
@RolesAllowed(Roles.ACCUEIL)
public class PlanningService {

    private static final Logger LOGGER = Logger.getLogger(PlanningService.class.getName());

    private static final String CONFLIT = "Quelqu'un vient de modifier cette séance en même temps que vous :"
            + " rechargez la page et recommencez.";

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private InscriptionRepository inscriptions;

    @Inject
    private PlanningRepository planning;

    @Inject
    private EnvoiConvocations envois;

    @Inject
    private Clock clock;

    /** The séances of the caller's lycée between two dates (inclusive), in time order. */
    public List<Seance> seances(LocalDate du, LocalDate au) {
        Account compte = currentUser.require();
        Etablissement lycee = Acces.lyceeDe(compte);
        Campagne campagne = campagnes.getCourante(compte.scope().academieCode());
        return planning.findSeances(lycee.getId(), campagne.getId(), du, au);
    }

    /** One séance of the caller's lycée with its active convocations. */
    public Seance seance(long seanceId) {
        return seanceVisible(currentUser.require(), seanceId);
    }

    /** The candidates convoked to a séance of the caller's lycée, by pupil. */
    public List<Convocation> convocationsDe(long seanceId) {
        Seance seance = seanceVisible(currentUser.require(), seanceId);
        return planning.findConvocationsActives(seance.getId());
    }

    /**
     * Creates one séance.
     *
     * @throws InvalidValueException for bad times or place, a room already taken then, a formation that does not fit
     */
    public Seance creerSeance(NouvelleSeance nouvelle) {
        Account auteur = currentUser.require();
        Etablissement lycee = Acces.lyceeDe(auteur);
        Campagne campagne = campagnes.getCourante(auteur.scope().academieCode());
        Seance seance = nouvelle(nouvelle, campagne, lycee, auteur);
        verifierUtilisable(seance, nouvelle);
        verifierSalleLibre(seance);
        planning.ajouter(seance);
        LOGGER.log(Level.INFO, "Séance {0} créée par {1}", new Object[] { seance, auteur.getLogin() });
        return seance;
    }

    /**
     * Creates a series of séances from a model and a rule (e.g. every Wednesday from 13:30 to 17:00, 20 minutes each,
     * 5 minutes apart). Public holidays and slots whose room is already taken are left out and reported.
     */
    public SerieCreee genererSeances(NouvelleSeance modele, RegleSerie regle) {
        Account auteur = currentUser.require();
        Etablissement lycee = Acces.lyceeDe(auteur);
        Campagne campagne = campagnes.getCourante(auteur.scope().academieCode());
        Serie serie = GenerateurSeances.generer(regle);
        if (!serie.creneaux().isEmpty()) {
            Creneau premier = serie.creneaux().get(0);
            verifierUtilisable(nouvelle(modele.a(premier.debut(), premier.fin()), campagne, lycee, auteur), modele);
        }
        List<String> occupees = new ArrayList<>();
        int creees = 0;
        for (Creneau creneau : serie.creneaux()) {
            Seance seance = nouvelle(modele.a(creneau.debut(), creneau.fin()), campagne, lycee, auteur);
            if (salleOccupee(seance)) {
                occupees.add(Horaires.texte(creneau.debut(), creneau.fin()));
                continue;
            }
            planning.ajouter(seance);
            creees++;
        }
        LOGGER.log(Level.INFO, "Série de {0} séances créée par {1}", new Object[] { creees, auteur.getLogin() });
        return new SerieCreee(creees, serie.joursFeriesEcartes(), occupees);
    }

    /**
     * Moves a séance (e.g. dragged on the calendar). Its convocations are sent again, updated.
     *
     * @throws DelaiDepasseException when the séance has convocations and the convocation deadline is past
     */
    public Seance deplacerSeance(long seanceId, LocalDateTime debut, LocalDateTime fin) {
        Account auteur = currentUser.require();
        Seance seance = seanceVisible(auteur, seanceId);
        List<Convocation> convoquees = planning.findConvocationsActives(seance.getId());
        convoquees.forEach(c -> verifierAvantEntretien(c, "déplacer la séance"));
        if (!convoquees.isEmpty()) {
            verifierConvocationOuverte(seance.getCampagne(), "déplacer une séance où des élèves sont convoqués");
        }
        seance.changerHoraires(debut, fin);
        verifierSalleLibre(seance);
        for (Convocation convocation : convoquees) {
            verifierDisponibilite(convocation.getInscription(), seance);
            convocation.seanceModifiee(clock.instant());
            envois.convocation(convocation, true);
        }
        flush();
        return seance;
    }

    /** Cancels a séance: each convoked candidate gets a cancellation and goes back to the candidates to plan. */
    public void annulerSeance(long seanceId) {
        Account auteur = currentUser.require();
        Seance seance = seanceVisible(auteur, seanceId);
        List<Convocation> convoquees = planning.findConvocationsActives(seance.getId());
        convoquees.forEach(c -> verifierAvantEntretien(c, "annuler la séance"));
        for (Convocation convocation : convoquees) {
            convocation.annuler(auteur, clock.instant());
            envois.annulation(convocation);
        }
        seance.annuler(clock.instant());
        flush();
        LOGGER.log(Level.INFO, "Séance {0} annulée par {1}", new Object[] { seance, auteur.getLogin() });
    }

    /**
     * Convokes a candidate of the caller's lycée to a séance, or moves its convocation there; the collège is mailed.
     *
     * @throws fr.passpro.domain.shared.AccessDeniedException for another lycée's candidate or séance (audited)
     * @throws fr.passpro.domain.planning.SeanceCompleteException when the séance is full
     * @throws ConflitPlanificationException when somebody else took a seat of the same séance at the same moment
     * @throws DelaiDepasseException after the convocation deadline
     */
    public Convocation convoquer(long inscriptionId, long seanceId) {
        Account auteur = currentUser.require();
        Inscription inscription = candidatVisible(auteur, inscriptionId);
        Seance seance = seanceVisible(auteur, seanceId);
        verifierConvocationOuverte(inscription.getCampagne(), "convoquer un candidat");
        if (!seance.getDebut().isAfter(LocalDateTime.now(clock.withZone(Campagne.ZONE)))) {
            throw new InvalidValueException("La séance du " + seance.getHoraires()
                    + " a déjà commencé : choisissez une séance à venir.");
        }
        verifierDisponibilite(inscription, seance);
        Convocation convocation = placer(inscription, seance, auteur);
        flush();
        return convocation;
    }

    /** Takes a candidate out of its séance: the seat is freed, the collège gets a cancellation. */
    public void retirerDeSeance(long inscriptionId) {
        Account auteur = currentUser.require();
        Inscription inscription = candidatVisible(auteur, inscriptionId);
        Convocation convocation = planning.findConvocationDe(inscription.getId())
                .filter(Convocation::isActive)
                .orElseThrow(() -> new InvalidValueException(inscription.getEleve().getNomComplet()
                        + " n'est convoqué(e) à aucune séance."));
        verifierAvantEntretien(convocation, "le retirer de sa séance");
        convocation.annuler(auteur, clock.instant());
        envois.annulation(convocation);
        flush();
    }

    /**
     * What {@link #planifier} would do for this domaine now, computed the same way but without convoking nor mailing
     * anyone: the lycée sees how many candidates, into which séances, before it confirms (issue 18).
     */
    public ApercuPlanification apercuPlanification(long domaineId) {
        PlanCalcule calcul = calculerPlan(domaineId);
        Map<Long, Long> parSeance = calcul.plan().affectations().stream()
                .collect(Collectors.groupingBy(a -> a.seanceId(), Collectors.counting()));
        List<ApercuPlanification.Ligne> lignes = calcul.libres().values().stream()
                .filter(s -> parSeance.containsKey(s.getId()))
                .sorted(java.util.Comparator.comparing(Seance::getDebut))
                .map(s -> new ApercuPlanification.Ligne(s.getHoraires(), s.getLieu(),
                        parSeance.get(s.getId()).intValue()))
                .toList();
        return new ApercuPlanification(calcul.plan().affectations().size(), lignes, calcul.nonPlaces());
    }

    /**
     * Places every unplanned candidate of a domaine of the caller's lycée into its free séances and convokes them,
     * in one transaction: all or nothing.
     */
    public ResultatPlanification planifier(long domaineId) {
        PlanCalcule calcul = calculerPlan(domaineId);
        Plan plan = calcul.plan();
        Map<Long, Convocation> existantes = planning.findConvocationsDe(plan.affectations().stream()
                .map(a -> a.inscriptionId()).toList());
        for (var affectation : plan.affectations()) {
            placer(calcul.aPlacer().get(affectation.inscriptionId()), calcul.libres().get(affectation.seanceId()),
                    calcul.auteur(), Optional.ofNullable(existantes.get(affectation.inscriptionId())));
        }
        flush();
        LOGGER.log(Level.INFO, "Planification du domaine {0} par {1} : {2} convoqués, {3} non placés",
                new Object[] { calcul.domaine().getLibelle(), calcul.auteur().getLogin(), plan.affectations().size(),
                        calcul.nonPlaces().size() });
        return new ResultatPlanification(plan.affectations().size(), calcul.nonPlaces());
    }

    /** The automatic plan of a domaine of the caller's lycée, as {@link #planifier} applies it and its preview shows it. */
    private record PlanCalcule(Account auteur, Domaine domaine, Map<Long, Inscription> aPlacer, Map<Long, Seance> libres,
                               Plan plan, List<String> nonPlaces) {
    }

    /** Reads the candidates to plan and the free séances (in start order), plans them, and says who stays unplaced. */
    private PlanCalcule calculerPlan(long domaineId) {
        Account auteur = currentUser.require();
        Etablissement lycee = Acces.lyceeDe(auteur);
        Campagne campagne = campagnes.getCourante(auteur.scope().academieCode());
        verifierConvocationOuverte(campagne, "convoquer des candidats");
        Domaine domaine = inscriptions.findDomaine(domaineId)
                .orElseThrow(() -> new NotFoundException("Ce domaine n'existe pas ou plus : rechargez la page."));
        List<Inscription> aPlacer = planning.findCandidatsAPlanifier(lycee.getId(), campagne.getId(), domaine.getId());
        List<Seance> libres = planning.findSeancesLibres(lycee.getId(), campagne.getId(), domaine.getId(),
                LocalDateTime.now(clock.withZone(Campagne.ZONE)));
        Set<Long> eleveIds = aPlacer.stream().map(i -> i.getEleve().getId()).collect(Collectors.toSet());
        Plan plan = new Planificateur(Planificateur.BATTEMENT_TRAJET_STANDARD).planifier(lycee.getId(),
                aPlacer.stream().map(PlanningService::candidat).toList(),
                libres.stream().map(PlanningService::seanceLibre).toList(), planning.findEntretiensPrevus(eleveIds));
        Map<Long, Inscription> parId = aPlacer.stream().collect(Collectors.toMap(Inscription::getId, Function.identity()));
        Map<Long, Seance> seanceParId = libres.stream().collect(Collectors.toMap(Seance::getId, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
        List<String> nonPlaces = new ArrayList<>();
        for (NonPlace nonPlace : plan.nonPlaces()) {
            Inscription i = parId.get(nonPlace.inscriptionId());
            nonPlaces.add(i.getEleve().getNomComplet() + " (" + i.getEleve().getCollege().getNom() + ") : "
                    + nonPlace.motif());
        }
        return new PlanCalcule(auteur, domaine, parId, seanceParId, plan, nonPlaces);
    }

    /** The day sheet of the caller's lycée as PDF: the interviews of a day per room, for the reception desk. */
    public byte[] feuilleDuJourPdf(LocalDate jour) {
        Etablissement lycee = Acces.lyceeDe(currentUser.require());
        return FeuilleDuJour.pdf(jour, lycee.getNom(), entretiensDuJour(lycee, jour));
    }

    /** The same day sheet as an Excel workbook. */
    public byte[] feuilleDuJourExcel(LocalDate jour) {
        Etablissement lycee = Acces.lyceeDe(currentUser.require());
        return FeuilleDuJour.excel(jour, lycee.getNom(), entretiensDuJour(lycee, jour));
    }

    private List<FeuilleDuJour.EntretienDuJour> entretiensDuJour(Etablissement lycee, LocalDate jour) {
        List<Seance> seances = planning.findSeancesDuJour(lycee.getId(), jour.atStartOfDay());
        List<Convocation> convocations = planning.findConvocationsActives(
                seances.stream().map(Seance::getId).toList());
        return convocations.stream().map(c -> {
            Seance s = c.getSeance();
            var eleve = c.getInscription().getEleve();
            return new FeuilleDuJour.EntretienDuJour(s.getDebut(), s.getFin(),
                    s.getSalle() == null ? FeuilleDuJour.A_DISTANCE : s.getSalle(),
                    eleve.getNomComplet() + " (" + eleve.getClasse() + ")", eleve.getCollege().getNom(),
                    s.getDomaine().getLibelle(), s.isIndividuelle(),
                    c.getAccuse().map(a -> a.libelle()).orElse(null));
        }).toList();
    }

    /** Sends the latest version of a convocation again (e.g. after a mail failure the collège reported). */
    @RolesAllowed({ Roles.ACCUEIL, Roles.ORIGINE })
    public void renvoyer(long convocationId) {
        Account auteur = currentUser.require();
        Convocation convocation = planning.findConvocation(auteur.scope(), convocationId)
                .orElseThrow(() -> Acces.introuvableOuRefuse(auteur, "la convocation", convocationId,
                        planning.convocationExiste(convocationId)));
        if (convocation.isActive()) {
            verifierConvocationOuverte(convocation.getInscription().getCampagne(), "renvoyer une convocation");
        }
        if (avancerCourrierEnAttente(convocation)) {
            return;
        }
        if (convocation.isActive()) {
            envois.convocation(convocation, convocation.getSequence() > 0);
        } else {
            envois.annulation(convocation);
        }
    }

    /**
     * The latest mail of the convocation has not left yet (waiting for a retry, or being sent): asking again brings
     * it forward instead of queueing a second one beside it, which would reach the collège twice once the mail
     * server answers.
     *
     * @return whether such a mail was there
     */
    private boolean avancerCourrierEnAttente(Convocation convocation) {
        Courrier dernier = convocation.getDernierCourrier().orElse(null);
        if (dernier == null || !dernier.isEnAttenteDEnvoi()) {
            return false;
        }
        if (dernier.getStatut() == StatutCourrier.EN_ATTENTE) {
            dernier.avancer(clock.instant());
        }
        return true;
    }

    private Convocation placer(Inscription inscription, Seance seance, Account auteur) {
        return placer(inscription, seance, auteur, planning.findConvocationDe(inscription.getId()));
    }

    /** Convokes the inscription to the séance; {@code existante} is its convocation so far, active or cancelled. */
    private Convocation placer(Inscription inscription, Seance seance, Account auteur, Optional<Convocation> existante) {
        if (existante.isPresent()) {
            Convocation convocation = existante.get();
            boolean active = convocation.isActive();
            boolean dejaLa = active && convocation.getSeance().equals(seance);
            if (!dejaLa) {
                convocation.changerSeance(seance, auteur, clock.instant());
                // after a cancellation the family gets a convocation, not « convocation modifiée »
                envois.convocation(convocation, active);
            }
            return convocation;
        }
        Convocation convocation = Convocation.convoquer(inscription, seance, domaineUid(inscription), auteur,
                clock.instant());
        planning.ajouter(convocation);
        envois.convocation(convocation, false);
        return convocation;
    }

    /** Once the interview is recorded (presence, compte rendu), its séance and convocation stay as they were. */
    private static void verifierAvantEntretien(Convocation convocation, String quoi) {
        Inscription inscription = convocation.getInscription();
        if (!inscription.isRetiree() && !inscription.getStatut().isAvantEntretien()) {
            throw new InvalidValueException("L'entretien " + fr.passpro.domain.shared.Francais.de(inscription.getEleve().getNomComplet()) + " a eu lieu ("
                    + inscription.getStatut().libelle().toLowerCase(Locale.ROOT) + ") : impossible de " + quoi + ".");
        }
    }

    /** The pupil cannot be in two places at once, and needs time to travel between two lycées. */
    private void verifierDisponibilite(Inscription inscription, Seance seance) {
        // The interview being replaced does not count: this séance itself (moved), or the séance the candidate leaves.
        List<Seance> remplacees = new ArrayList<>(List.of(seance));
        planning.findConvocationDe(inscription.getId()).filter(Convocation::isActive)
                .ifPresent(c -> remplacees.add(c.getSeance()));
        List<EntretienPrevu> autres = planning.findEntretiensPrevus(Set.of(inscription.getEleve().getId())).stream()
                .filter(e -> remplacees.stream().noneMatch(r -> e.lyceeId() == r.getLycee().getId()
                        && e.debut().equals(r.getDebut()) && e.fin().equals(r.getFin())))
                .toList();
        var nouveau = new EntretienPrevu(inscription.getEleve().getId(), seance.getLycee().getId(), seance.getDebut(),
                seance.getFin());
        new Planificateur(Planificateur.BATTEMENT_TRAJET_STANDARD).conflit(nouveau, autres).ifPresent(message -> {
            throw new InvalidValueException(inscription.getEleve().getNomComplet() + " : " + message);
        });
    }

    private void verifierConvocationOuverte(Campagne campagne, String quoi) {
        if (!campagne.isConvocationOuverte(clock.instant())) {
            throw new DelaiDepasseException("Les convocations de la campagne " + campagne.getAnneeScolaire()
                    + " étaient possibles jusqu'au " + Horaires.jour(campagne.getDateLimiteConvocations().atStartOfDay())
                    + " inclus : impossible de " + quoi + ".");
        }
    }

    private Seance nouvelle(NouvelleSeance n, Campagne campagne, Etablissement lycee, Account auteur) {
        Domaine domaine = inscriptions.findDomaine(n.domaineId())
                .orElseThrow(() -> new InvalidValueException("Choisissez le domaine de la séance."));
        List<Formation> formations = new ArrayList<>();
        for (Long id : n.formationIds()) {
            formations.add(inscriptions.findFormation(id)
                    .orElseThrow(() -> new NotFoundException("Cette formation n'existe pas ou plus : rechargez la page.")));
        }
        return Seance.creer(campagne, lycee, domaine, formations, n.modalite(), n.deroulement(), n.debut(), n.fin(),
                n.salle(), n.lienVisio(), n.capacite(), n.intervenants(), auteur, clock.instant());
    }

    /**
     * A séance that could never receive a pupil is refused with its reason: one that starts in the past, or one whose
     * modalité none of its formations (none of the lycée's formations of the domaine, when none is chosen) uses.
     */
    private void verifierUtilisable(Seance seance, NouvelleSeance demande) {
        LocalDateTime maintenant = LocalDateTime.ofInstant(clock.instant(), Campagne.ZONE);
        if (seance.getDebut().isBefore(maintenant)) {
            throw new InvalidValueException("Cette séance commencerait le " + Horaires.texte(seance.getDebut(),
                    seance.getFin()) + ", qui est déjà passé : choisissez une date à venir.");
        }
        if (!planning.accueilleEnModalite(seance.getLycee().getId(), seance.getCampagne().getId(),
                seance.getDomaine().getId(), demande.formationIds(), seance.getModalite())) {
            boolean individuelle = seance.isIndividuelle();
            throw new InvalidValueException((demande.formationIds().isEmpty()
                    ? "Aucune formation du domaine « " + seance.getDomaine().getLibelle() + " » de votre lycée"
                    : "Aucune des formations choisies")
                    + " n'a d'entretien " + (individuelle ? "individuel" : "collectif") + " : cette séance ne pourrait"
                    + " recevoir aucun élève. Choisissez une séance " + (individuelle ? "collective" : "individuelle")
                    + ", ou d'autres formations.");
        }
    }

    private void verifierSalleLibre(Seance seance) {
        planning.findSeancesDuJour(seance.getLycee().getId(), seance.getDebut()).stream()
                .filter(seance::occupeLaMemeSalle)
                .findFirst()
                .ifPresent(autre -> {
                    throw new InvalidValueException("La salle " + seance.getSalle() + " est déjà prise le "
                            + autre.getHoraires() + " (séance du domaine « " + autre.getDomaine().getLibelle()
                            + " ») : choisissez une autre salle ou un autre horaire.");
                });
    }

    private boolean salleOccupee(Seance seance) {
        return planning.findSeancesDuJour(seance.getLycee().getId(), seance.getDebut()).stream()
                .anyMatch(seance::occupeLaMemeSalle);
    }

    private Seance seanceVisible(Account compte, long seanceId) {
        Acces.lyceeDe(compte);
        return planning.findSeance(compte.scope(), seanceId)
                .orElseThrow(() -> Acces.introuvableOuRefuse(compte, "la séance", seanceId,
                        planning.seanceExiste(seanceId)));
    }

    private Inscription candidatVisible(Account compte, long inscriptionId) {
        Etablissement lycee = Acces.lyceeDe(compte);
        return inscriptions.findCandidat(lycee.getId(), inscriptionId)
                .orElseThrow(() -> Acces.introuvableOuRefuse(compte, "l'inscription", inscriptionId,
                        inscriptions.exists(inscriptionId)));
    }

    /**
     * Writes now, so that a concurrent change of the same séance (optimistic lock, the seat CHECK of the table, or a
     * deadlock between two bookings) is reported here in French rather than as a failed commit.
     */
    private void flush() {
        try {
            planning.flush();
        } catch (EJBException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                String message = String.valueOf(cause.getMessage());
                if (cause instanceof OptimisticLockException || message.contains("ck_seance_places")
                        || message.contains("Deadlock found") || message.contains("Lock wait timeout")) {
                    throw new ConflitPlanificationException(CONFLIT, e);
                }
            }
            throw e;
        }
    }

    /** « passpro.ac-creteil.fr »: the right-hand side of the calendar UIDs of an académie. */
    static String domaineUid(Inscription inscription) {
        String academie = TextNormalizer.matchKey(inscription.getEleve().getCollege().getAcademie().getNom())
                .replace(' ', '-');
        return "passpro.ac-" + academie.toLowerCase(Locale.ROOT) + ".fr";
    }

    static Candidat candidat(Inscription i) {
        return new Candidat(i.getId(), i.getEleve().getId(), i.getEleve().getCollege().getId(), i.getDomaine().getId(),
                Convocation.modaliteDe(i),
                i.getVoeux().stream().map(v -> v.getFormation().getId()).collect(Collectors.toSet()),
                i.getEleve().getNom() + " " + i.getEleve().getPrenom());
    }

    static SeanceLibre seanceLibre(Seance s) {
        return new SeanceLibre(s.getId(), s.getDomaine().getId(), s.getModalite(),
                s.getFormations().stream().map(Formation::getId).collect(Collectors.toSet()),
                s.getDebut(), s.getFin(), s.getPlacesLibres());
    }
}
