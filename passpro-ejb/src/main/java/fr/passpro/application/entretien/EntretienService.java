package fr.passpro.application.entretien;

import fr.passpro.application.courrier.Courriers;
import fr.passpro.application.inscription.Acces;
import fr.passpro.application.planning.EnvoiConvocations;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.entretien.CompteRenduEnRetard;
import fr.passpro.domain.entretien.Entretien;
import fr.passpro.domain.entretien.Presence;
import fr.passpro.domain.entretien.RetardsLycee;
import fr.passpro.domain.entretien.RetourEntretien;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Seance;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.EntretienRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.PlanningRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a lycée does after an interview (issue 6): it enters the presence once the séance has begun, then for an
 * individual interview the compte rendu for the domaine and its avis on each vœu (adding the formation the pupil
 * preferred, if any). As soon as the compte rendu and every avis are in, the collège is mailed in the same
 * transaction, and again at each later change; everything may change until the campagne's closure, each version
 * kept in the inscription's history. The collège reads the return of its pupils; the dashboards list the overdue ones.
 */
@Stateless
public class EntretienService {

    private static final Logger LOGGER = Logger.getLogger(EntretienService.class.getName());

    private static final String CONFLIT = "Quelqu'un vient de modifier cet entretien en même temps que vous :"
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
    private EntretienRepository entretiens;

    @Inject
    private Courriers courriers;

    @Inject
    private Clock clock;

    /**
     * Records whether a candidate of the caller's lycée came to the séance of its convocation: present makes the
     * inscription « entretien passé »; absent or excused leaves it « convoquée ». A second call corrects the first.
     *
     * @throws AccessDeniedException for another lycée's candidate (audited)
     * @throws InvalidValueException before the séance has begun, for a candidate convoked to no séance, or to say
     *                               absent once a compte rendu or an avis is saved
     * @throws fr.passpro.domain.inscription.DelaiDepasseException after the campagne's closure
     */
    @RolesAllowed(Roles.ACCUEIL)
    public Entretien noterPresence(long inscriptionId, Presence presence) {
        Account auteur = currentUser.require();
        Inscription inscription = candidatVisible(auteur, inscriptionId);
        Convocation convocation = planning.findConvocationDe(inscription.getId()).filter(Convocation::isActive)
                .orElseThrow(() -> new InvalidValueException(inscription.getEleve().getNomComplet()
                        + " n'est convoqué(e) à aucune séance : il n'y a pas d'entretien dont saisir la présence."));
        Instant maintenant = clock.instant();
        Optional<Entretien> existant = entretiens.findDe(inscription.getId());
        Entretien entretien;
        if (existant.isPresent()) {
            entretien = existant.get();
            entretien.noterPresence(convocation, presence, auteur, maintenant);
        } else {
            entretien = Entretien.constater(convocation, presence, auteur, maintenant);
            entretiens.ajouter(entretien);
        }
        flush();
        LOGGER.log(Level.INFO, "Présence {0} saisie pour l''inscription {1} par {2}",
                new Object[] { presence, inscription.getId(), auteur.getLogin() });
        return entretien;
    }

    /**
     * Saves the compte rendu of an individual interview and the lycée's avis, in one go (the form of the page). Each
     * entry of {@code avisParFormation} is the avis on a formation: a vœu of the inscription, or a formation of the
     * domaine at this lycée that the pupil preferred at the interview, then added as a vœu. Avis may come in several
     * saves; once the compte rendu and an avis on every vœu are in, the inscription is « avis reçus » and the
     * collège is mailed (the first time, and again whenever a later save changes something).
     *
     * @param avisParFormation formation id → avis; may be empty to save the compte rendu alone
     * @throws AccessDeniedException for another lycée's candidate (audited)
     * @throws InvalidValueException for a collective interview, a pupil not entered present, an empty compte rendu or
     *                               one over {@value Entretien#COMPTE_RENDU_MAX} characters, a formation outside the
     *                               inscription's domaine or lycée, a missing avis
     * @throws fr.passpro.domain.inscription.DelaiDepasseException after the campagne's closure
     */
    @RolesAllowed(Roles.ACCUEIL)
    public Entretien enregistrerRetour(long inscriptionId, String compteRendu, Map<Long, Avis> avisParFormation) {
        Account auteur = currentUser.require();
        Inscription inscription = candidatVisible(auteur, inscriptionId);
        Entretien entretien = entretiens.findDe(inscription.getId())
                .orElseThrow(() -> new InvalidValueException("Indiquez d'abord si "
                        + inscription.getEleve().getNomComplet() + " était présent(e) à l'entretien."));
        Instant maintenant = clock.instant();
        boolean change = entretien.rendreCompte(compteRendu, auteur, maintenant);
        for (Map.Entry<Long, Avis> avis : (avisParFormation == null ? Map.<Long, Avis>of() : avisParFormation).entrySet()) {
            Formation formation = inscriptions.findFormation(avis.getKey())
                    .orElseThrow(() -> new NotFoundException("Une formation choisie n'existe plus au catalogue :"
                            + " rechargez la page."));
            change |= entretien.donnerAvis(formation, avis.getValue(), auteur, maintenant);
        }
        boolean premier = entretien.getRetourCompletLe() == null;
        if (entretien.verifierRetourComplet(maintenant) && change) {
            envoyerAuCollege(entretien, !premier);
        }
        flush();
        LOGGER.log(Level.INFO, "Compte rendu de l''inscription {0} enregistré par {1} (complet : {2})",
                new Object[] { inscription.getId(), auteur.getLogin(), entretien.isRetourComplet() });
        return entretien;
    }

    /**
     * Everything the lycée's page of one candidate's interview shows and allows.
     *
     * @throws AccessDeniedException for another lycée's candidate (audited)
     */
    @RolesAllowed(Roles.ACCUEIL)
    public SaisieEntretien saisie(long inscriptionId) {
        Inscription inscription = candidatVisible(currentUser.require(), inscriptionId);
        Convocation convocation = planning.findConvocationDe(inscription.getId()).filter(Convocation::isActive)
                .orElse(null);
        Entretien entretien = entretiens.findDe(inscription.getId()).orElse(null);
        Instant maintenant = clock.instant();
        Seance seance = entretien != null ? entretien.getSeance() : convocation == null ? null : convocation.getSeance();
        boolean commencee = seance != null
                && !LocalDateTime.ofInstant(maintenant, Campagne.ZONE).isBefore(seance.getDebut());
        return new SaisieEntretien(inscription, convocation, entretien, entretiens.findFormationsAjoutables(inscription),
                commencee, !inscription.getCampagne().isFermee(maintenant),
                seance == null ? null : inscription.getCampagne().dateLimiteCompteRendu(seance.getDebut().toLocalDate()));
    }

    /** The interview of a candidate of the caller's lycée, once its presence was entered (for the lycée's form). */
    @RolesAllowed(Roles.ACCUEIL)
    public Optional<Entretien> entretien(long inscriptionId) {
        Inscription inscription = candidatVisible(currentUser.require(), inscriptionId);
        return entretiens.findDe(inscription.getId());
    }

    /**
     * The compte rendu and the lycée's avis on an inscription of one of the caller's pupils; empty until they are all
     * in (the collège never sees a draft).
     *
     * @throws AccessDeniedException for another collège's pupil (audited)
     */
    @RolesAllowed(Roles.ORIGINE)
    public Optional<RetourEntretien> retourPourLeCollege(long inscriptionId) {
        Account compte = currentUser.require();
        Acces.collegeDe(compte);
        Inscription inscription = inscriptions.findVisibleById(compte.scope(), inscriptionId)
                .orElseThrow(() -> Acces.introuvableOuRefuse(compte, "l'inscription", inscriptionId,
                        inscriptions.exists(inscriptionId)));
        return entretiens.findDe(inscription.getId()).filter(Entretien::isRetourComplet).map(RetourEntretien::de);
    }

    /** The caller's lycée's individual interviews whose return is overdue today, oldest first. */
    @RolesAllowed(Roles.ACCUEIL)
    public List<CompteRenduEnRetard> comptesRendusEnRetard() {
        Account compte = currentUser.require();
        Acces.lyceeDe(compte);
        return campagnes.findCourante(compte.scope().academieCode())
                .map(c -> entretiens.findComptesRendusEnRetard(compte.scope(), c, Campagne.dateA(clock.instant())))
                .orElse(List.of());
    }

    /** Every lycée of the caller's académie with overdue returns, the most overdue lycée first. */
    @RolesAllowed(Roles.ADMIN)
    public List<RetardsLycee> comptesRendusEnRetardDeLAcademie() {
        Account compte = currentUser.require();
        if (!compte.scope().isAcademie()) {
            throw new AccessDeniedException("le suivi des comptes rendus de toute l'académie est réservé à ses services.");
        }
        return campagnes.findCourante(compte.scope().academieCode())
                .map(c -> parLycee(entretiens.findComptesRendusEnRetard(compte.scope(), c,
                        Campagne.dateA(clock.instant()))))
                .orElse(List.of());
    }

    /** Groups the lines by lycée, the lycée with most first (then by name). */
    static List<RetardsLycee> parLycee(List<CompteRenduEnRetard> retards) {
        Map<Long, List<CompteRenduEnRetard>> parId = new LinkedHashMap<>();
        for (CompteRenduEnRetard r : retards) {
            parId.computeIfAbsent(r.lyceeId(), id -> new java.util.ArrayList<>()).add(r);
        }
        return parId.values().stream().map(l -> new RetardsLycee(l.get(0).lyceeId(), l.get(0).lycee(), l))
                .sorted(Comparator.comparingInt(RetardsLycee::nombre).reversed().thenComparing(RetardsLycee::lycee))
                .toList();
    }

    private void envoyerAuCollege(Entretien entretien, boolean miseAJour) {
        RetourEntretien retour = RetourEntretien.de(entretien);
        courriers.deposer(Courrier.nouveau(EnvoiConvocations.destinatairesCollege(entretien.getInscription()),
                CourrielRetour.objet(retour, miseAJour), CourrielRetour.texte(retour, miseAJour), null, clock.instant())
                .concerneEleves(List.of(entretien.getInscription().getEleve().getId())));
    }

    private Inscription candidatVisible(Account compte, long inscriptionId) {
        Etablissement lycee = Acces.lyceeDe(compte);
        return inscriptions.findCandidat(lycee.getId(), inscriptionId)
                .orElseThrow(() -> Acces.introuvableOuRefuse(compte, "l'inscription", inscriptionId,
                        inscriptions.exists(inscriptionId)));
    }

    /** Writes now, so that a concurrent change of the same interview is reported in French rather than at commit. */
    private void flush() {
        try {
            entretiens.flush();
        } catch (EJBException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                String message = String.valueOf(cause.getMessage());
                if (cause instanceof OptimisticLockException || message.contains("uk_entretien_inscription")
                        || message.contains("Deadlock found")) {
                    throw new ConflitEntretienException(CONFLIT, e);
                }
            }
            throw e;
        }
    }
}
