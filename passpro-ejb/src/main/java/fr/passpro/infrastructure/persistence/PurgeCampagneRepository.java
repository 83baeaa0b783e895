package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.campagne.PurgeCampagne;
import fr.passpro.domain.campagne.PurgeEnCoursException;
import fr.passpro.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The purge of a campagne's pupil data: its runs, the anonymous statistics that stay, and the deletions, in SQL
 * because they touch every table that holds a pupil's data (read from the Flyway migrations V4 to V16):
 * eleve, inscription, voeu, inscription_historique, convocation, entretien, courrier (with courrier_piece_jointe,
 * courrier_eleve, courrier_preinscription), preinscription, preinscription_formation, and the motif of
 * exception_delai (free text). Every method joins the caller's transaction (a chunk's, for the deletions).
 */
@Stateless
public class PurgeCampagneRepository {

    /** Mails queued before links existed (V16) are searched by name only around the campagne's own dates. */
    static final Duration MARGE_COURRIERS_ANCIENS = Duration.ofDays(62);

    private static final String UK_EN_COURS = "uk_purge_campagne_en_cours";

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    public Optional<Campagne> findCampagne(long id) {
        return Optional.ofNullable(em.find(Campagne.class, id));
    }

    public Campagne getCampagne(long id) {
        return findCampagne(id).orElseThrow(() -> new NotFoundException("La campagne " + id + " n'existe pas."));
    }

    /** Campagnes not purged yet, oldest closure first; the caller asks each whether its retention is over. */
    public List<Campagne> findNonPurgees() {
        return em.createQuery("SELECT c FROM Campagne c WHERE c.purgeeLe IS NULL ORDER BY c.dateFermeture, c.id",
                Campagne.class).getResultList();
    }

    /**
     * Stores a new run, EN_COURS, and flushes so that the database checks at once that no other run of the campagne
     * is EN_COURS (a concurrent one on another instance waits for this transaction, then is refused).
     *
     * @throws PurgeEnCoursException when another run of the campagne is EN_COURS
     */
    public PurgeCampagne ajouter(PurgeCampagne purge) {
        em.persist(purge);
        flushEnCours(purge.getCampagne());
        return purge;
    }

    /** Writes a run back to EN_COURS now, refused like {@link #ajouter} when another is. */
    public void flushEnCours(Campagne campagne) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (InscriptionRepository.violates(e, UK_EN_COURS)) {
                throw new PurgeEnCoursException(campagne);
            }
            throw e;
        }
    }

    public PurgeCampagne get(long purgeId) {
        return Optional.ofNullable(em.find(PurgeCampagne.class, purgeId))
                .orElseThrow(() -> new NotFoundException("La purge " + purgeId + " n'existe pas."));
    }

    /** The runs of a campagne, latest first. */
    public List<PurgeCampagne> findByCampagne(long campagneId) {
        return em.createNamedQuery(PurgeCampagne.FIND_BY_CAMPAGNE, PurgeCampagne.class)
                .setParameter("campagneId", campagneId).getResultList();
    }

    /** Whether a run of this campagne has already deleted pupils (its statistics must then not be recomputed). */
    public boolean suppressionsCommencees(long campagneId) {
        Number n = (Number) em.createNativeQuery("SELECT COALESCE(SUM(eleves + preinscriptions), 0) FROM purge_campagne"
                + " WHERE campagne_id = ?").setParameter(1, campagneId).getSingleResult();
        return n.longValue() > 0;
    }

    /**
     * Replaces the campagne's anonymous statistics by counts computed from its inscriptions, per domaine, lycée and
     * collège (see V16 for what each count means).
     *
     * @return the number of rows written
     */
    public int calculerStatistiques(long campagneId, Instant maintenant) {
        em.createNativeQuery("DELETE FROM statistique_campagne WHERE campagne_id = ?").setParameter(1, campagneId)
                .executeUpdate();
        return em.createNativeQuery("""
                INSERT INTO statistique_campagne (campagne_id, domaine_id, lycee_id, college_id, inscriptions, retirees,
                    convoquees, entretiens_tenus, absences, absences_excusees, voeux,
                    avis_origine_favorable, avis_origine_assez_favorable, avis_origine_reserve,
                    avis_accueil_favorable, avis_accueil_assez_favorable, avis_accueil_reserve, calculee_le)
                SELECT i.campagne_id, i.domaine_id, i.lycee_id, e.college_id,
                    COUNT(*),
                    SUM(i.statut = 'RETIREE'),
                    SUM(EXISTS (SELECT 1 FROM convocation c WHERE c.inscription_id = i.id AND c.statut = 'ACTIVE')),
                    SUM(EXISTS (SELECT 1 FROM entretien t WHERE t.inscription_id = i.id AND t.presence = 'PRESENT')),
                    SUM(EXISTS (SELECT 1 FROM entretien t WHERE t.inscription_id = i.id AND t.presence = 'ABSENT')),
                    SUM(EXISTS (SELECT 1 FROM entretien t WHERE t.inscription_id = i.id AND t.presence = 'EXCUSE')),
                    SUM((SELECT COUNT(*) FROM voeu v WHERE v.inscription_id = i.id)),
                    SUM((SELECT COUNT(*) FROM voeu v WHERE v.inscription_id = i.id AND v.avis_origine = 'FAVORABLE')),
                    SUM((SELECT COUNT(*) FROM voeu v WHERE v.inscription_id = i.id AND v.avis_origine = 'ASSEZ_FAVORABLE')),
                    SUM((SELECT COUNT(*) FROM voeu v WHERE v.inscription_id = i.id AND v.avis_origine = 'RESERVE')),
                    SUM((SELECT COUNT(*) FROM voeu v WHERE v.inscription_id = i.id AND v.avis_accueil = 'FAVORABLE')),
                    SUM((SELECT COUNT(*) FROM voeu v WHERE v.inscription_id = i.id AND v.avis_accueil = 'ASSEZ_FAVORABLE')),
                    SUM((SELECT COUNT(*) FROM voeu v WHERE v.inscription_id = i.id AND v.avis_accueil = 'RESERVE')),
                    ?
                FROM inscription i JOIN eleve e ON e.id = i.eleve_id
                WHERE i.campagne_id = ?
                GROUP BY i.campagne_id, i.domaine_id, i.lycee_id, e.college_id
                """).setParameter(1, Timestamp.from(maintenant)).setParameter(2, campagneId).executeUpdate();
    }

    /** The campagne's pupils still in the database after this one (by id), in id order. */
    public List<Long> findEleveIds(long campagneId, long apres) {
        return ids("SELECT id FROM eleve WHERE campagne_id = ? AND id > ? ORDER BY id", campagneId, apres);
    }

    /** The campagne's pre-registrations still in the database after this one (by id), in id order. */
    public List<Long> findPreinscriptionIds(long campagneId, long apres) {
        return ids("SELECT id FROM preinscription WHERE campagne_id = ? AND id > ? ORDER BY id", campagneId, apres);
    }

    private List<Long> ids(String sql, long campagneId, long apres) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(sql).setParameter(1, campagneId).setParameter(2, apres).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /** What deleting a chunk removed. */
    public record Suppression(int eleves, int inscriptions, int preinscriptions, int courriers) {
    }

    /**
     * Deletes these pupils of the campagne and everything that holds their data: their inscriptions with vœux,
     * history, convocation and interview (compte rendu), and every mail that names them (linked, the mail of a
     * convocation, or for mails older than the links, found by name in the subject or text).
     */
    public Suppression supprimerEleves(Campagne campagne, List<Long> eleveIds) {
        if (eleveIds.isEmpty()) {
            return new Suppression(0, 0, 0, 0);
        }
        String eleves = in(eleveIds);
        String inscriptions = "(SELECT id FROM inscription WHERE eleve_id IN " + eleves + ")";
        Set<Long> courriers = new LinkedHashSet<>();
        courriers.addAll(ids("SELECT courrier_id FROM courrier_eleve WHERE eleve_id IN " + eleves));
        courriers.addAll(ids("SELECT courrier_id FROM convocation WHERE courrier_id IS NOT NULL AND inscription_id IN "
                + inscriptions));
        for (Object[] eleve : noms("SELECT nom, prenom FROM eleve WHERE id IN " + eleves)) {
            courriers.addAll(courriersAnciensNommant(campagne, (String) eleve[0], (String) eleve[1]));
        }
        executer("DELETE FROM entretien WHERE inscription_id IN " + inscriptions);
        executer("DELETE FROM convocation WHERE inscription_id IN " + inscriptions);
        executer("DELETE FROM voeu WHERE inscription_id IN " + inscriptions);
        executer("DELETE FROM inscription_historique WHERE inscription_id IN " + inscriptions);
        int nbInscriptions = executer("DELETE FROM inscription WHERE eleve_id IN " + eleves);
        int nbCourriers = supprimerCourriers(courriers);
        int nbEleves = executer("DELETE FROM eleve WHERE campagne_id = " + campagne.getId() + " AND id IN " + eleves);
        return new Suppression(nbEleves, nbInscriptions, 0, nbCourriers);
    }

    /** Deletes these pre-registrations of the campagne (pupil and contact person) and the mails about them. */
    public Suppression supprimerPreinscriptions(Campagne campagne, List<Long> preinscriptionIds) {
        if (preinscriptionIds.isEmpty()) {
            return new Suppression(0, 0, 0, 0);
        }
        String preinscriptions = in(preinscriptionIds);
        Set<Long> courriers = new LinkedHashSet<>(ids("SELECT courrier_id FROM courrier_preinscription"
                + " WHERE preinscription_id IN " + preinscriptions));
        for (Object[] eleve : noms("SELECT eleve_nom, eleve_prenom FROM preinscription WHERE id IN " + preinscriptions)) {
            courriers.addAll(courriersAnciensNommant(campagne, (String) eleve[0], (String) eleve[1]));
        }
        executer("DELETE FROM preinscription_formation WHERE preinscription_id IN " + preinscriptions);
        int nbCourriers = supprimerCourriers(courriers);
        int nb = executer("DELETE FROM preinscription WHERE campagne_id = " + campagne.getId() + " AND id IN "
                + preinscriptions);
        return new Suppression(0, 0, nb, nbCourriers);
    }

    /**
     * Mails queued before V16 (no link at all) around the campagne's dates whose subject or text holds both the
     * family name and the first name (the collation ignores case and accents).
     */
    private List<Long> courriersAnciensNommant(Campagne campagne, String nom, String prenom) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("""
                SELECT c.id FROM courrier c
                WHERE c.cree_le >= ? AND c.cree_le < ?
                  AND NOT EXISTS (SELECT 1 FROM courrier_eleve l WHERE l.courrier_id = c.id)
                  AND NOT EXISTS (SELECT 1 FROM courrier_preinscription l WHERE l.courrier_id = c.id)
                  AND CONCAT_WS(' ', c.objet, c.texte, c.html) LIKE ?
                  AND CONCAT_WS(' ', c.objet, c.texte, c.html) LIKE ?
                """)
                .setParameter(1, Timestamp.from(campagne.debutInscriptions().minus(MARGE_COURRIERS_ANCIENS)))
                .setParameter(2, Timestamp.from(campagne.fermeture().plus(MARGE_COURRIERS_ANCIENS)))
                .setParameter(3, contient(nom))
                .setParameter(4, contient(prenom))
                .getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    private int supprimerCourriers(Collection<Long> courriers) {
        // attachments and links go with their mail (ON DELETE CASCADE)
        return courriers.isEmpty() ? 0 : executer("DELETE FROM courrier WHERE id IN " + in(courriers));
    }

    /**
     * Deletes the personnes référentes of the académie that no inscription uses any more and that no collège keeps
     * (inactive ones, and contacts of CFA or hors-contrat schools, made again at their next validation).
     */
    public int supprimerReferentsInutilises(String academieCode) {
        return em.createNativeQuery("""
                DELETE FROM referent
                WHERE (actif = FALSE OR externe = TRUE)
                  AND NOT EXISTS (SELECT 1 FROM inscription i WHERE i.referent_id = referent.id)
                  AND college_id IN (SELECT e.id FROM etablissement e JOIN departement d ON d.code = e.departement_code
                                     WHERE d.academie_code = ?)
                """).setParameter(1, academieCode).executeUpdate();
    }

    /**
     * Clears the free-text motif of the campagne's registration delays (it may name a pupil); the delay itself (collège,
     * end, author, date) stays.
     */
    public int effacerMotifsDelais(long campagneId, String remplacement) {
        return em.createNativeQuery("UPDATE exception_delai SET motif = ? WHERE campagne_id = ? AND motif <> ?")
                .setParameter(1, remplacement).setParameter(2, campagneId).setParameter(3, remplacement).executeUpdate();
    }

    /** Deletes the campagne's Excel archive kept by the closure job: it lists every pupil. */
    public int supprimerArchive(long campagneId) {
        return em.createNativeQuery("DELETE FROM archive_campagne WHERE campagne_id = ?").setParameter(1, campagneId)
                .executeUpdate();
    }

    private List<Long> ids(String sql) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> noms(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private int executer(String sql) {
        return em.createNativeQuery(sql).executeUpdate();
    }

    /** « (1,2,3) »: ids are numbers, never text, so nothing typed by a person reaches the SQL. */
    private static String in(Collection<Long> ids) {
        return ids.stream().map(id -> Long.toString(id)).collect(Collectors.joining(",", "(", ")"));
    }

    /** A LIKE pattern for « contains this text », its wildcards escaped. */
    private static String contient(String texte) {
        return "%" + texte.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
