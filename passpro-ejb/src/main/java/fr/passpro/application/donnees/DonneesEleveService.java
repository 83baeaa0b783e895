package fr.passpro.application.donnees;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.infrastructure.donnees.ExportEleve;
import fr.passpro.infrastructure.persistence.PurgeCampagneRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the académie does when a family exercises its rights on a pupil's data (issue 8): find the pupil, export
 * everything Passpro holds about it as one file, correct its identity, or delete it with everything that names it
 * (inscriptions, vœux, avis, convocations — their seats freed —, interviews, history, mails). Each action is audited,
 * by the pupil's id only.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DonneesEleveService {

    public static final int RESULTATS_MAX = 50;

    static final String EXPORT = "DONNEES_ELEVE_EXPORTEES";
    static final String SUPPRESSION = "DONNEES_ELEVE_SUPPRIMEES";

    private static final Logger LOGGER = Logger.getLogger(DonneesEleveService.class.getName());

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private JournalAudit journal;

    @Inject
    private PurgeCampagneRepository purges;

    /** The pupils of the académie whose name or first name contains the text, by name; at most 50. */
    public List<Eleve> rechercher(String texte) {
        String academie = academie();
        if (texte == null || texte.isBlank()) {
            return List.of();
        }
        String motif = "%" + texte.strip().replace("%", "").replace("_", "") + "%";
        return em.createQuery("SELECT e FROM Eleve e WHERE e.college.departement.academie.code = :academie"
                        + " AND (e.nom LIKE :motif OR e.prenom LIKE :motif) ORDER BY e.nom, e.prenom, e.id", Eleve.class)
                .setParameter("academie", academie).setParameter("motif", motif).setMaxResults(RESULTATS_MAX)
                .getResultList();
    }

    /**
     * Everything Passpro holds about one pupil, as a workbook to hand to the family.
     *
     * @throws AccessDeniedException for a pupil of another académie (audited)
     */
    public byte[] exporter(long eleveId) {
        Eleve eleve = visible(eleveId);
        byte[] classeur = ExportEleve.classeur(eleve, em);
        journal.enregistrer(currentUser.require().getLogin(), EXPORT, "eleve", String.valueOf(eleveId),
                "export des données de l'élève à la demande de la famille");
        return classeur;
    }

    /** Corrects the pupil's identity and class (the change is in the audit journal by the pupil's id). */
    public Eleve corriger(long eleveId, String nom, String prenom, LocalDate naissance, String classe) {
        Eleve eleve = visible(eleveId);
        eleve.corriger(nom, prenom, naissance, classe, eleve.getDispositif(), eleve.getIne().orElse(null));
        journal.enregistrer(currentUser.require().getLogin(), "DONNEES_ELEVE_CORRIGEES", "eleve",
                String.valueOf(eleveId), "identité ou classe corrigée à la demande de la famille");
        return eleve;
    }

    /**
     * Deletes the pupil and everything that names it, at the family's request; its seats in séances are freed.
     *
     * @return how many inscriptions went with it
     */
    public int supprimer(long eleveId) {
        Account admin = currentUser.require();
        Eleve eleve = visible(eleveId);
        em.createNativeQuery("UPDATE seance s JOIN (SELECT c.seance_id, COUNT(*) AS n FROM convocation c JOIN inscription i"
                        + " ON i.id = c.inscription_id WHERE i.eleve_id = ? AND c.statut = 'ACTIVE' GROUP BY c.seance_id) p"
                        + " ON p.seance_id = s.id SET s.places_prises = s.places_prises - p.n, s.version = s.version + 1")
                .setParameter(1, eleveId).executeUpdate();
        em.flush();
        em.clear();
        var suppression = purges.supprimerEleves(eleve.getCampagne(), List.of(eleveId));
        journal.enregistrer(admin.getLogin(), SUPPRESSION, "eleve", String.valueOf(eleveId),
                "données de l'élève supprimées à la demande de la famille : " + suppression.inscriptions()
                        + " inscription(s), " + suppression.courriers() + " courriel(s)");
        LOGGER.log(Level.INFO, "Élève {0} supprimé par {1} à la demande de la famille", new Object[] { eleveId,
                admin.getLogin() });
        return suppression.inscriptions();
    }

    private Eleve visible(long eleveId) {
        Account admin = currentUser.require();
        String academie = academie();
        Eleve eleve = em.find(Eleve.class, eleveId);
        if (eleve == null) {
            throw new NotFoundException("L'élève " + eleveId + " n'existe pas (ou ses données ont déjà été supprimées).");
        }
        if (!eleve.getCollege().getAcademie().getCode().equals(academie)) {
            journal.enregistrer(admin.getLogin(), AuditEvent.ACCES_REFUSE, "eleve", String.valueOf(eleveId),
                    "élève d'une autre académie");
            throw new AccessDeniedException("cet élève relève d'une autre académie.");
        }
        return eleve;
    }

    private String academie() {
        var scope = currentUser.require().scope();
        if (!scope.isAcademie()) {
            throw new AccessDeniedException("les données des élèves se gèrent avec les services de l'académie.");
        }
        return scope.academieCode();
    }
}
