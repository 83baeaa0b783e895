package fr.passpro.batch.purge;

import static java.util.logging.Level.INFO;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.campagne.PurgeCampagne;
import fr.passpro.domain.campagne.StatutPurge;
import fr.passpro.infrastructure.persistence.PurgeCampagneRepository;
import fr.passpro.infrastructure.persistence.PurgeCampagneRepository.Suppression;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Logger;

/**
 * What the steps of the purge do to the database. Every method joins the caller's transaction (the chunk's, so that
 * the deletions and the counts commit with the checkpoint) or opens one (listener, batchlets). Nothing here writes a
 * pupil's name anywhere: the log and the audit trail get counts and ids only.
 */
@Stateless
public class PurgeSteps {

    /** The audit action of a finished purge. */
    public static final String AUDIT_PURGE = "PURGE_CAMPAGNE";
    static final String MOTIF_EFFACE = "Motif effacé par la purge des données de la campagne.";

    private static final Logger logger = Logger.getLogger(PurgeSteps.class.getName());
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private PurgeCampagneRepository purges;

    @Inject
    private JournalAudit journal;

    @Inject
    private Clock clock;

    public void demarrer(long purgeId, long executionId) {
        purges.get(purgeId).demarrer(executionId);
    }

    public long campagneId(long purgeId) {
        return purges.get(purgeId).getCampagne().getId();
    }

    /**
     * (a) Whether the purge may go on: {@value PurgeCampagneJob#DEJA_PURGEE} (the run ends, nothing changed),
     * {@value PurgeCampagneJob#REFUSEE} (retention not over: the run is REFUSEE, nothing changed) or
     * {@value PurgeCampagneJob#PURGEABLE}.
     */
    public String verifier(long purgeId) {
        PurgeCampagne purge = purges.get(purgeId);
        Campagne campagne = purge.getCampagne();
        if (campagne.isPurgee()) {
            purge.dejaPurgee("La campagne " + campagne.getAnneeScolaire() + " était déjà purgée (le "
                    + JOUR.format(Campagne.dateA(campagne.getPurgeeLe().orElseThrow())) + ") : rien n'a changé.",
                    clock.instant());
            logger.log(INFO, "Purge {0} de la campagne {1} : déjà purgée, rien à faire",
                    new Object[] {purgeId, campagne.getId()});
            return PurgeCampagneJob.DEJA_PURGEE;
        }
        if (!campagne.isPurgeable(clock.instant())) {
            purge.refuser(PurgeCampagneService.refus(campagne), clock.instant());
            logger.log(INFO, "Purge {0} de la campagne {1} refusée : durée de conservation non écoulée",
                    new Object[] {purgeId, campagne.getId()});
            return PurgeCampagneJob.REFUSEE;
        }
        return PurgeCampagneJob.PURGEABLE;
    }

    /**
     * (b) Replaces the campagne's anonymous statistics, unless a previous run already deleted pupils (the counts
     * would then miss them: the statistics computed before that run stay).
     *
     * @return the rows written, or -1 when the earlier statistics were kept
     */
    public int statistiques(long purgeId) {
        long campagneId = campagneId(purgeId);
        if (purges.suppressionsCommencees(campagneId)) {
            logger.log(INFO, "Purge {0} : statistiques de la campagne {1} gardées (calculées avant les suppressions)",
                    new Object[] {purgeId, campagneId});
            return -1;
        }
        int lignes = purges.calculerStatistiques(campagneId, clock.instant());
        logger.log(INFO, "Purge {0} : {1} ligne(s) de statistiques anonymes pour la campagne {2}",
                new Object[] {purgeId, lignes, campagneId});
        return lignes;
    }

    public List<Long> eleves(long purgeId, long apres) {
        return purges.findEleveIds(campagneId(purgeId), apres);
    }

    public List<Long> preinscriptions(long purgeId, long apres) {
        return purges.findPreinscriptionIds(campagneId(purgeId), apres);
    }

    /**
     * (c) Deletes a chunk of pupils and pre-registrations with everything that holds their data, and adds the counts
     * to the run, in the chunk's transaction: a restart neither repeats nor misses one.
     *
     * @param echecSimuleEleve tests only: the rank of the pupil, over the whole run, at which to fail (null for none)
     */
    public void purger(long purgeId, List<Personne> personnes, Integer echecSimuleEleve) {
        PurgeCampagne purge = purges.get(purgeId);
        Campagne campagne = purge.getCampagne();
        List<Long> eleves = personnes.stream().filter(p -> p.type() == Personne.Type.ELEVE).map(Personne::id).toList();
        if (echecSimuleEleve != null && purge.getEleves() < echecSimuleEleve
                && echecSimuleEleve <= purge.getEleves() + eleves.size()) {
            throw new IllegalStateException("Échec simulé à l'élève de rang " + echecSimuleEleve + " (test de reprise).");
        }
        Suppression e = purges.supprimerEleves(campagne, eleves);
        Suppression p = purges.supprimerPreinscriptions(campagne, personnes.stream()
                .filter(x -> x.type() == Personne.Type.PREINSCRIPTION).map(Personne::id).toList());
        purge.compter(e.eleves(), e.inscriptions(), p.preinscriptions(), e.courriers() + p.courriers());
    }

    /**
     * (d) The unused référents of the académie go, the motifs of the campagne's delays are cleared, its Excel archive
     * (which lists every pupil) is deleted, the campagne is
     * marked purged and the run TERMINEE with its counts, written to the server log.
     *
     * @return the summary (counts only)
     */
    public String terminer(long purgeId) {
        PurgeCampagne purge = purges.get(purgeId);
        if (purge.getStatut() != StatutPurge.EN_COURS) {
            return purge.getMessage();
        }
        Campagne campagne = purge.getCampagne();
        int referents = purges.supprimerReferentsInutilises(campagne.getAcademie().getCode());
        int delais = purges.effacerMotifsDelais(campagne.getId(), MOTIF_EFFACE);
        purges.supprimerArchive(campagne.getId());
        campagne.marquerPurgee(clock.instant());
        purge.terminer(referents, clock.instant());
        logger.log(INFO, "Purge {0} de la campagne {1} ({2}, académie {3}) terminée : {4} Motifs de délai effacés : {5}.",
                new Object[] {purgeId, campagne.getId(), campagne.getAnneeScolaire(), campagne.getAcademie().getCode(),
                        purge.resume(), delais});
        return purge.resume();
    }

    /** The audit line of a finished purge (its own transaction: the journal is append-only). */
    public void auditer(long purgeId, String resume) {
        PurgeCampagne purge = purges.get(purgeId);
        journal.enregistrer(purge.getDemarreePar(), AUDIT_PURGE, "campagne",
                String.valueOf(purge.getCampagne().getId()), "Purge n° " + purgeId + " : " + resume);
    }

    /** The run stops in failure unless it already ended (refused, already purged, finished). */
    public void echouer(long purgeId, String message) {
        PurgeCampagne purge = purges.get(purgeId);
        if (purge.getStatut() == StatutPurge.EN_COURS) {
            purge.echouer(message, clock.instant());
        }
    }

    public StatutPurge statut(long purgeId) {
        return purges.get(purgeId).getStatut();
    }
}
