package fr.passpro.application.campagne;

import fr.passpro.application.courrier.Courriers;
import fr.passpro.application.planning.DocumentsConvocation;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.entretien.Entretien;
import fr.passpro.domain.entretien.Presence;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.planning.Horaires;
import fr.passpro.infrastructure.campagne.ArchiveCampagne;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The work of the campagne's jobs (issue 7), one transaction per call so that a job's chunk commits what it did with
 * the record of it: the 30 April cut-off (inscriptions locked, each lycée told how many candidates it must convoke,
 * each collège sent its final list) and the 28 May closure (campagne read-only, a report to each lycée and collège,
 * the archive). Every mail to an établissement is recorded in {@code notification_campagne} in the transaction that
 * queues it: a job run twice, or restarted after a failure, never sends it again.
 *
 * <p>Called by the jobs only (no role: the timers start them without a caller); the console checks who starts them.
 */
@Stateless
public class CycleCampagne {

    /** The mails of the jobs, as recorded in {@code notification_campagne.traitement}. */
    public enum Notification {
        CLOTURE_LYCEE, CLOTURE_COLLEGE, BILAN_LYCEE, BILAN_COLLEGE
    }

    private static final Logger LOGGER = Logger.getLogger(CycleCampagne.class.getName());

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private Courriers courriers;

    @Inject
    private Clock clock;

    /**
     * Locks the inscriptions and avis d'origine of the campagne (the first run; later runs keep its instant).
     *
     * @return whether this run locked them
     */
    public boolean cloreInscriptions(long campagneId) {
        Campagne campagne = campagnes.verrouiller(campagneId);
        boolean fait = campagne.cloreInscriptions(clock.instant());
        LOGGER.log(Level.INFO, "Clôture des inscriptions de {0} : {1}", new Object[] { campagne,
                fait ? "faite" : "déjà faite le " + campagne.getInscriptionsClosesLe() });
        return fait;
    }

    /**
     * Makes the campagne read-only for the établissements (the first run; later runs keep its instant).
     *
     * @return whether this run closed it
     */
    public boolean fermer(long campagneId) {
        Campagne campagne = campagnes.verrouiller(campagneId);
        boolean fait = campagne.fermer(clock.instant());
        LOGGER.log(Level.INFO, "Fermeture de {0} : {1}", new Object[] { campagne,
                fait ? "faite" : "déjà faite le " + campagne.getFermeeLe() });
        return fait;
    }

    /** The établissements a job mails, in id order (a restart resumes after the last one done). */
    public List<Long> destinataires(long campagneId, Notification notification) {
        String etablissement = switch (notification) {
            case CLOTURE_LYCEE, BILAN_LYCEE -> "i.lycee.id";
            case CLOTURE_COLLEGE, BILAN_COLLEGE -> "i.eleve.college.id";
        };
        return em.createQuery("SELECT DISTINCT " + etablissement + " FROM Inscription i WHERE i.campagne.id = :c"
                        + " AND i.statut <> fr.passpro.domain.inscription.StatutInscription.RETIREE ORDER BY "
                        + etablissement, Long.class)
                .setParameter("c", campagneId).getResultList();
    }

    /**
     * Queues the job's mail to one établissement, unless it was already queued for this campagne.
     *
     * @return whether a mail was queued
     */
    public boolean prevenir(long campagneId, Notification notification, long etablissementId) {
        Instant maintenant = clock.instant();
        if (!campagnes.reserverNotification(campagneId, notification.name(), etablissementId, maintenant)) {
            return false;
        }
        Campagne campagne = campagnes.findById(campagneId).orElseThrow();
        Etablissement etablissement = em.find(Etablissement.class, etablissementId);
        boolean lycee = notification == Notification.CLOTURE_LYCEE || notification == Notification.BILAN_LYCEE;
        List<Inscription> liste = em.createQuery("SELECT i FROM Inscription i WHERE i.campagne.id = :c AND "
                        + (lycee ? "i.lycee.id" : "i.eleve.college.id") + " = :e"
                        + " AND i.statut <> fr.passpro.domain.inscription.StatutInscription.RETIREE"
                        + " ORDER BY i.eleve.nom, i.eleve.prenom, i.domaine.libelle, i.id", Inscription.class)
                .setParameter("c", campagneId).setParameter("e", etablissementId)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "i.eleve")
                .setHint("eclipselink.batch", "i.voeux").getResultList();
        CourrielsCampagne.Courriel courriel = switch (notification) {
            case CLOTURE_LYCEE -> CourrielsCampagne.clotureLycee(campagne, etablissement, liste);
            case CLOTURE_COLLEGE -> CourrielsCampagne.clotureCollege(campagne, etablissement, liste);
            case BILAN_LYCEE -> CourrielsCampagne.bilan(campagne, etablissement, liste, entretiens(liste), true);
            case BILAN_COLLEGE -> CourrielsCampagne.bilan(campagne, etablissement, liste, entretiens(liste), false);
        };
        Courrier courrier = Courrier.nouveau(List.of(DocumentsConvocation.boite(etablissement)), courriel.objet(),
                courriel.texte(), null, maintenant);
        if (notification == Notification.CLOTURE_COLLEGE) {
            // The final list names the pupils: the purge must find the mail.
            courrier.concerneEleves(liste.stream().map(i -> i.getEleve().getId()).toList());
        }
        courriers.deposer(courrier);
        return true;
    }

    /**
     * Writes the campagne's archive (every inscription with its vœux, avis, interview and compte rendu, as Excel)
     * and keeps it with the campagne, replacing an earlier one.
     *
     * @return the number of inscriptions archived
     */
    public int archiver(long campagneId) {
        Campagne campagne = campagnes.findById(campagneId).orElseThrow();
        List<Inscription> toutes = em.createQuery("SELECT i FROM Inscription i WHERE i.campagne.id = :c"
                        + " ORDER BY i.eleve.college.nom, i.eleve.nom, i.eleve.prenom, i.domaine.libelle, i.id",
                        Inscription.class)
                .setParameter("c", campagneId)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "i.eleve")
                .setHint("eclipselink.batch", "i.voeux").getResultList();
        byte[] classeur = ArchiveCampagne.classeur(campagne, toutes, entretiens(toutes));
        campagnes.archiver(campagneId, "passpro-" + campagne.getAcademie().getCode() + "-" + campagne.getAnneeScolaire()
                + ".xlsx", classeur, clock.instant());
        LOGGER.log(Level.INFO, "Archive de {0} : {1} inscriptions", new Object[] { campagne, toutes.size() });
        return toutes.size();
    }

    /** The interviews of these inscriptions, by inscription id. */
    private Map<Long, Entretien> entretiens(List<Inscription> inscriptions) {
        if (inscriptions.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM Entretien e WHERE e.inscription.id IN :ids", Entretien.class)
                .setParameter("ids", inscriptions.stream().map(Inscription::getId).toList()).getResultList().stream()
                .collect(Collectors.toMap(e -> e.getInscription().getId(), Function.identity()));
    }

    /** Counts of the closure report, for one établissement's inscriptions. */
    record Bilan(int inscriptions, int entretiensPasses, int absences, int comptesRendusManquants, int retoursRecus) {

        static Bilan de(List<Inscription> liste, Map<Long, Entretien> entretiens) {
            int passes = 0;
            int absences = 0;
            int manquants = 0;
            int recus = 0;
            for (Inscription i : liste) {
                Entretien e = entretiens.get(i.getId());
                if (e != null && e.getPresence() == Presence.PRESENT) {
                    passes++;
                    if (e.getSeance().getModalite() == ModaliteEntretien.INDIVIDUEL && !e.isRetourComplet()) {
                        manquants++;
                    }
                } else if (e != null) {
                    absences++;
                }
                if (i.getStatut() == StatutInscription.AVIS_RECUS) {
                    recus++;
                }
            }
            return new Bilan(liste.size(), passes, absences, manquants, recus);
        }
    }

    static String jour(java.time.LocalDate date) {
        return Horaires.jour(date.atStartOfDay());
    }
}
