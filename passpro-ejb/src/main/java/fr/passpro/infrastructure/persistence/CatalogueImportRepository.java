package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.importation.CatalogueImport;
import fr.passpro.domain.catalogue.importation.Gravite;
import fr.passpro.domain.catalogue.importation.LigneCatalogue;
import fr.passpro.domain.catalogue.importation.Rejet;
import fr.passpro.domain.catalogue.importation.RejetImport;
import fr.passpro.domain.catalogue.importation.RetraitFormation;
import fr.passpro.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue import's tables (imports, staging lines, reject report) and the catalogue lookups the import job
 * makes. Joins the caller's transaction: inside a chunk, everything is committed with the chunk's checkpoint.
 */
@Stateless
public class CatalogueImportRepository {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    public Optional<CatalogueImport> find(long importId) {
        return Optional.ofNullable(em.find(CatalogueImport.class, importId));
    }

    /**
     * @throws NotFoundException if no import has this id
     */
    public CatalogueImport get(long importId) {
        return find(importId).orElseThrow(() -> new NotFoundException("L'import " + importId + " n'existe pas."));
    }

    public Optional<fr.passpro.domain.campagne.Campagne> findCampagne(long campagneId) {
        return Optional.ofNullable(em.find(fr.passpro.domain.campagne.Campagne.class, campagneId));
    }

    /** An import, only if it belongs to a campagne of this académie. */
    public Optional<CatalogueImport> findForAcademie(long importId, String academieCode) {
        return find(importId).filter(i -> i.getCampagne().getAcademie().getCode().equals(academieCode));
    }

    /** The latest imports of the académie's campagnes, latest first. */
    public List<CatalogueImport> findLatest(String academieCode, int max) {
        return em.createQuery("SELECT i FROM CatalogueImport i WHERE i.campagne.academie.code = :academie"
                        + " ORDER BY i.demarreLe DESC, i.id DESC", CatalogueImport.class)
                .setParameter("academie", academieCode)
                .setMaxResults(max)
                .getResultList();
    }

    public CatalogueImport save(CatalogueImport catalogueImport) {
        if (catalogueImport.getId() == null) {
            em.persist(catalogueImport);
            // The id (AUTO_INCREMENT) is the job parameter: it must exist before the job starts.
            em.flush();
            return catalogueImport;
        }
        return em.merge(catalogueImport);
    }

    /**
     * The imports of the académie, ended (TERMINE or REFUSE) before {@code avant}, whose file is still stored, with
     * an id above {@code apres}, by id.
     */
    public List<Long> findFichiersExpires(String academieCode, Instant avant, long apres) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT i.id FROM catalogue_import i JOIN campagne c ON c.id = i.campagne_id"
                        + " WHERE c.academie_code = ? AND i.statut IN ('TERMINE', 'REFUSE') AND i.termine_le < ?"
                        + " AND LENGTH(i.contenu) > 0 AND i.id > ? ORDER BY i.id")
                .setParameter(1, academieCode)
                .setParameter(2, java.sql.Timestamp.from(avant))
                .setParameter(3, apres)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Deletes the stored file of an ended import, and what is left of its staging lines; its counts, message and
     * reject report stay. Does nothing to an import that is not TERMINE or REFUSE.
     *
     * @return whether the file was deleted
     */
    public boolean supprimerFichier(long importId) {
        int fait = em.createNativeQuery("UPDATE catalogue_import SET contenu = '', version = version + 1"
                        + " WHERE id = ? AND statut IN ('TERMINE', 'REFUSE') AND LENGTH(contenu) > 0")
                .setParameter(1, importId)
                .executeUpdate();
        if (fait > 0) {
            deleteLignes(importId);
        }
        return fait > 0;
    }

    /** Writes report lines (errors and warnings) of an import. */
    public void addRejets(long importId, Collection<Rejet> rejets) {
        if (rejets.isEmpty()) {
            return;
        }
        CatalogueImport owner = em.getReference(CatalogueImport.class, importId);
        rejets.forEach(r -> em.persist(new RejetImport(owner, r)));
    }

    public List<RejetImport> findRejets(long importId) {
        return em.createNamedQuery(RejetImport.FIND_BY_IMPORT, RejetImport.class)
                .setParameter("importId", importId)
                .getResultList();
    }

    public void addLignes(Collection<LigneCatalogue> lignes) {
        lignes.forEach(em::persist);
        em.flush();
    }

    /** Staging lines after a line number, in file order. */
    public List<LigneCatalogue> findLignesAfter(long importId, int afterLigne, int max) {
        return em.createQuery("SELECT l FROM LigneCatalogue l WHERE l.importId = :importId AND l.ligne > :after"
                        + " ORDER BY l.ligne", LigneCatalogue.class)
                .setParameter("importId", importId)
                .setParameter("after", afterLigne)
                .setMaxResults(max)
                .getResultList();
    }

    /** The first staging line of an import whose établissement has this UAI. */
    public Optional<LigneCatalogue> findFirstLigneOfEtablissement(long importId, String uai) {
        return em.createQuery("SELECT l FROM LigneCatalogue l WHERE l.importId = :importId"
                        + " AND l.uaiEtablissement = :uai ORDER BY l.ligne", LigneCatalogue.class)
                .setParameter("importId", importId)
                .setParameter("uai", uai)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Line number, code formation and UAI établissement of every staging line: what the duplicate check remembers. */
    public List<Object[]> findLigneKeys(long importId) {
        return em.createQuery("SELECT l.ligne, l.codeFormation, l.uaiEtablissement FROM LigneCatalogue l"
                        + " WHERE l.importId = :importId ORDER BY l.ligne", Object[].class)
                .setParameter("importId", importId)
                .getResultList();
    }

    public int deleteLignes(long importId) {
        return em.createNamedQuery(LigneCatalogue.DELETE_BY_IMPORT).setParameter("importId", importId).executeUpdate();
    }

    public int deleteRejets(long importId) {
        return em.createNamedQuery(RejetImport.DELETE_BY_IMPORT).setParameter("importId", importId).executeUpdate();
    }

    public long countLignes(long importId) {
        return em.createQuery("SELECT COUNT(l) FROM LigneCatalogue l WHERE l.importId = :importId", Long.class)
                .setParameter("importId", importId)
                .getSingleResult();
    }

    /** Lines with at least one error. */
    public long countLignesRejetees(long importId) {
        return em.createQuery("SELECT COUNT(DISTINCT r.ligne) FROM RejetImport r WHERE r.catalogueImport.id = :importId"
                        + " AND r.gravite = :gravite", Long.class)
                .setParameter("importId", importId)
                .setParameter("gravite", Gravite.ERREUR)
                .getSingleResult();
    }

    public boolean uaiExists(String uai) {
        return !em.createQuery("SELECT e.id FROM Etablissement e WHERE e.uai.code = :uai", Long.class)
                .setParameter("uai", uai)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public Optional<Domaine> findDomaine(String libelle) {
        return em.createNamedQuery(Domaine.FIND_BY_LIBELLE, Domaine.class)
                .setParameter("libelle", libelle)
                .getResultStream()
                .findFirst();
    }

    public Domaine saveDomaine(Domaine domaine) {
        em.persist(domaine);
        em.flush(); // the identity is needed at once by the caller's next lookups
        return domaine;
    }

    public Optional<Formation> findFormation(long campagneId, String code, long etablissementId) {
        return em.createNamedQuery(Formation.FIND_BY_KEY, Formation.class)
                .setParameter("campagneId", campagneId)
                .setParameter("code", code)
                .setParameter("etablissementId", etablissementId)
                .getResultStream()
                .findFirst();
    }

    /**
     * The formations of the campagne with one of these codes, in one query: what a chunk of the import needs to
     * decide between creating and updating (a query per line would also flush the chunk's work each time).
     */
    public List<Formation> findFormations(long campagneId, Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT f FROM Formation f WHERE f.campagne.id = :campagneId AND f.code.code IN :codes",
                        Formation.class)
                .setParameter("campagneId", campagneId)
                .setParameter("codes", codes)
                .getResultList();
    }

    public Formation saveFormation(Formation formation) {
        em.persist(formation);
        return formation;
    }

    /**
     * Remembers what a rejected line names, as far as it could be read: the formations it names keep their state.
     * Written in the chunk's transaction, with the line's report; a line already recorded is left as it is.
     *
     * @param codeFormation null when unreadable
     * @param uaiEtablissement null when unreadable
     */
    public void addCleRejetee(long importId, int ligne, String codeFormation, String uaiEtablissement) {
        if (codeFormation == null && uaiEtablissement == null) {
            return;
        }
        em.createNativeQuery("INSERT IGNORE INTO catalogue_import_cle_rejetee (import_id, ligne, code_formation,"
                        + " uai_etablissement) VALUES (?, ?, ?, ?)")
                .setParameter(1, importId)
                .setParameter(2, ligne)
                .setParameter(3, codeFormation)
                .setParameter(4, uaiEtablissement)
                .executeUpdate();
    }

    /** Lines imported with at least one warning and no error. */
    public long countLignesAvecAlerte(long importId) {
        Number n = (Number) em.createNativeQuery("SELECT COUNT(DISTINCT r.ligne) FROM catalogue_import_rejet r"
                        + " WHERE r.import_id = ? AND r.gravite = 'ALERTE' AND NOT EXISTS (SELECT 1 FROM"
                        + " catalogue_import_rejet e WHERE e.import_id = r.import_id AND e.ligne = r.ligne"
                        + " AND e.gravite = 'ERREUR')")
                .setParameter(1, importId)
                .getSingleResult();
        return n.longValue();
    }

    /** An active formation of the campagne that the staged lines of an import do not list. */
    public record FormationAbsente(long formationId, boolean nommeeParUneLigneRejetee, int inscriptions) {
    }

    /**
     * The active formations of the campagne that no staging line of this import names (code and UAI établissement),
     * in one query: whether a rejected line of the import names them (its code, its UAI, or both when both were
     * readable), and how many inscriptions not withdrawn ask for them.
     */
    public List<FormationAbsente> findAbsentes(long campagneId, long importId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT f.id,"
                        + " EXISTS (SELECT 1 FROM catalogue_import_cle_rejetee k WHERE k.import_id = ?"
                        + "   AND (k.code_formation IS NULL OR k.code_formation = f.code_formation)"
                        + "   AND (k.uai_etablissement IS NULL OR k.uai_etablissement = e.uai)),"
                        + " (SELECT COUNT(DISTINCT v.inscription_id) FROM voeu v JOIN inscription i"
                        + "   ON i.id = v.inscription_id WHERE v.formation_id = f.id AND i.statut <> 'RETIREE')"
                        + " FROM formation f JOIN etablissement e ON e.id = f.etablissement_id"
                        + " WHERE f.campagne_id = ? AND f.active"
                        + " AND NOT EXISTS (SELECT 1 FROM catalogue_import_ligne l WHERE l.import_id = ?"
                        + "   AND l.code_formation = f.code_formation AND l.uai_etablissement = e.uai)"
                        + " ORDER BY f.id")
                .setParameter(1, importId)
                .setParameter(2, campagneId)
                .setParameter(3, importId)
                .getResultList();
        return rows.stream().map(r -> new FormationAbsente(((Number) r[0]).longValue(),
                ((Number) r[1]).intValue() != 0, ((Number) r[2]).intValue())).toList();
    }

    public Formation getFormation(long formationId) {
        return em.find(Formation.class, formationId);
    }

    /** The withdrawals of the campagne's formations that await the admin's decision. */
    public List<RetraitFormation> findRetraitsEnAttente(long campagneId) {
        return em.createNamedQuery(RetraitFormation.FIND_EN_ATTENTE_BY_CAMPAGNE, RetraitFormation.class)
                .setParameter("campagneId", campagneId)
                .getResultList();
    }

    public void saveRetrait(RetraitFormation retrait) {
        em.persist(retrait);
    }

    /** The decisions awaited in an académie, by lycée then formation. */
    public List<RetraitFormation> findRetraitsEnAttenteAcademie(String academieCode) {
        return em.createNamedQuery(RetraitFormation.FIND_EN_ATTENTE_BY_ACADEMIE, RetraitFormation.class)
                .setParameter("academie", academieCode)
                .getResultList();
    }

    /** One decision, only if its formation belongs to a campagne of this académie. */
    public Optional<RetraitFormation> findRetrait(long retraitId, String academieCode) {
        return em.createNamedQuery(RetraitFormation.FIND_BY_ID_AND_ACADEMIE, RetraitFormation.class)
                .setParameter("id", retraitId)
                .setParameter("academie", academieCode)
                .getResultStream()
                .findFirst();
    }

    public boolean retraitExists(long retraitId) {
        return em.find(RetraitFormation.class, retraitId) != null;
    }

    /** The inscriptions, not withdrawn, that ask for a formation (with their pupil, collège and référent). */
    public List<fr.passpro.domain.inscription.Inscription> findInscriptionsDemandant(long formationId) {
        return em.createQuery("SELECT DISTINCT i FROM Inscription i JOIN i.voeux v WHERE v.formation.id = :formationId"
                        + " AND i.statut <> fr.passpro.domain.inscription.StatutInscription.RETIREE ORDER BY i.id",
                        fr.passpro.domain.inscription.Inscription.class)
                .setParameter("formationId", formationId)
                .getResultList();
    }

}
