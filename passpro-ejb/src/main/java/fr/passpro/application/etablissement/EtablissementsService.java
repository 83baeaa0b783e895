package fr.passpro.application.etablissement;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The établissements of the admin's académie (issue 8): found by name, commune or UAI, each one's accounts, pupils,
 * candidates, formations and séances in the current campagne, and its contact details corrected, every correction in
 * the audit trail. Another académie's établissement is refused (and the attempt audited).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class EtablissementsService {

    /** The most rows a search returns: past that, the page asks for a narrower search. */
    public static final int RESULTATS_MAX = 100;

    private static final Logger LOGGER = Logger.getLogger(EtablissementsService.class.getName());

    /** What one établissement has in Passpro for the current campagne. */
    public record FicheEtablissement(Etablissement etablissement, List<Account> comptes, long eleves, long inscriptions,
                                     long candidats, List<Formation> formations, long seances) implements Serializable {

        public FicheEtablissement {
            comptes = List.copyOf(comptes);
            formations = List.copyOf(formations);
        }
    }

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private JournalAudit journal;

    @Inject
    private AcademieRepository academies;

    /** The départements of the admin's académie, for the search's filter. */
    public List<Departement> departements() {
        return academies.findDepartements(academie());
    }

    /**
     * The établissements of the académie whose name, commune or UAI contains the text (accents and case ignored by
     * the collation), of this nature and département if given, by name; at most {@value #RESULTATS_MAX}.
     */
    public List<Etablissement> rechercher(String texte, Nature nature, String departement) {
        String academie = academie();
        String motif = texte == null || texte.isBlank() ? null : "%" + texte.strip().replace("%", "").replace("_", "") + "%";
        return em.createQuery("SELECT e FROM Etablissement e WHERE e.departement.academie.code = :academie"
                        + " AND (:motif IS NULL OR e.nom LIKE :motif OR e.commune LIKE :motif OR e.uai.code LIKE :motif)"
                        + " AND (:nature IS NULL OR e.nature = :nature)"
                        + " AND (:departement IS NULL OR e.departement.code = :departement)"
                        + " ORDER BY e.nom, e.id", Etablissement.class)
                .setParameter("academie", academie).setParameter("motif", motif).setParameter("nature", nature)
                .setParameter("departement", departement == null || departement.isBlank() ? null : departement)
                .setMaxResults(RESULTATS_MAX).getResultList();
    }

    /**
     * One établissement of the académie with its accounts and what it has in the current campagne.
     *
     * @throws AccessDeniedException for another académie's établissement (audited)
     */
    public FicheEtablissement fiche(long id) {
        Etablissement e = visible(id);
        Campagne campagne = campagnes.findCourante(e.getAcademie().getCode()).orElse(null);
        long campagneId = campagne == null ? -1 : campagne.getId();
        List<Account> comptes = em.createQuery("SELECT a FROM Account a WHERE a.etablissement.id = :id"
                + " ORDER BY a.nom, a.prenom, a.login", Account.class).setParameter("id", id).getResultList();
        long eleves = compter("SELECT COUNT(el) FROM Eleve el WHERE el.college.id = :id AND el.campagne.id = :c", id, campagneId);
        long inscriptions = compter("SELECT COUNT(i) FROM Inscription i WHERE i.eleve.college.id = :id"
                + " AND i.campagne.id = :c AND i.statut <> fr.passpro.domain.inscription.StatutInscription.RETIREE",
                id, campagneId);
        long candidats = compter("SELECT COUNT(i) FROM Inscription i WHERE i.lycee.id = :id"
                + " AND i.campagne.id = :c AND i.statut <> fr.passpro.domain.inscription.StatutInscription.RETIREE",
                id, campagneId);
        List<Formation> formations = em.createQuery("SELECT f FROM Formation f WHERE f.campagne.id = :c"
                        + " AND (f.etablissement.id = :id OR f.accueilReferent.id = :id) ORDER BY f.libelle, f.id",
                        Formation.class)
                .setParameter("id", id).setParameter("c", campagneId).getResultList();
        long seances = compter("SELECT COUNT(s) FROM Seance s WHERE s.lycee.id = :id AND s.campagne.id = :c"
                + " AND s.annuleeLe IS NULL", id, campagneId);
        return new FicheEtablissement(e, comptes, eleves, inscriptions, candidats, formations, seances);
    }

    /**
     * Corrects the établissement's functional mailbox, contact and phone; writes the changes in the audit trail.
     *
     * @return the établissement as saved
     * @throws fr.passpro.domain.shared.InvalidValueException for a malformed mail or phone
     * @throws AccessDeniedException for another académie's établissement (audited)
     */
    public Etablissement corriger(long id, String mail, String contact, String telephone) {
        Account admin = currentUser.require();
        Etablissement e = visible(id);
        List<String> changes = e.corrigerContact(mail, contact, telephone);
        // The audit line (avant → après) is written with the change by the persistence layer (JournalDesChangements).
        if (!changes.isEmpty()) {
            LOGGER.log(Level.INFO, "{0} corrigé par {1} : {2}", new Object[] { e.getUai(), admin.getLogin(),
                    String.join(" ; ", changes) });
        }
        return e;
    }

    private long compter(String jpql, long id, long campagneId) {
        return em.createQuery(jpql, Long.class).setParameter("id", id).setParameter("c", campagneId).getSingleResult();
    }

    private Etablissement visible(long id) {
        Account admin = currentUser.require();
        String academie = academie();
        Etablissement e = em.find(Etablissement.class, id);
        if (e == null) {
            throw new NotFoundException("L'établissement " + id + " n'existe pas.");
        }
        if (!e.getAcademie().getCode().equals(academie)) {
            journal.enregistrer(admin.getLogin(), AuditEvent.ACCES_REFUSE, "etablissement", String.valueOf(id),
                    "établissement d'une autre académie");
            throw new AccessDeniedException(e.getNom() + " relève d'une autre académie.");
        }
        return e;
    }

    private String academie() {
        var scope = currentUser.require().scope();
        if (!scope.isAcademie()) {
            throw new AccessDeniedException("les établissements sont gérés par les services de l'académie.");
        }
        return scope.academieCode();
    }
}
