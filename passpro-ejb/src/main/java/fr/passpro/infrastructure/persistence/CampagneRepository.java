package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

@Stateless
public class CampagneRepository {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * The académie's current campagne: the oldest one not yet closed (the one staff work in, even when the académie
     * has already prepared next year's), or the latest one when all are closed.
     */
    public Optional<Campagne> findCourante(String academieCode) {
        List<Campagne> toutes = findAll(academieCode);
        java.time.Instant maintenant = clock.instant();
        return toutes.stream().filter(c -> !c.isFermee(maintenant)).findFirst()
                .or(() -> toutes.isEmpty() ? Optional.empty() : Optional.of(toutes.get(toutes.size() - 1)));
    }

    /** Every campagne of the académie, oldest school year first. */
    public List<Campagne> findAll(String academieCode) {
        return em.createNamedQuery(Campagne.PAR_ACADEMIE, Campagne.class).setParameter("academie", academieCode)
                .getResultList();
    }

    /** A campagne by id, whatever its académie (the caller checks the scope). */
    public Optional<Campagne> findById(long id) {
        return Optional.ofNullable(em.find(Campagne.class, id));
    }

    /** The same campagne read again from the database, locked until the end of the transaction (one job at a time). */
    public Campagne verrouiller(long id) {
        Campagne campagne = em.find(Campagne.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (campagne == null) {
            throw new NotFoundException("La campagne " + id + " n'existe pas.");
        }
        return campagne;
    }

    /**
     * Who the campagne's jobs concern: the lycées and the collèges that have inscriptions still in progress (each gets
     * one mail from the cut-off and one from the closure), and the pupils registered (whom the purge deletes).
     */
    public Concernes concernes(long campagneId) {
        Object[] etablissements = em.createQuery("SELECT COUNT(DISTINCT i.lycee.id), COUNT(DISTINCT e.college.id)"
                        + " FROM Inscription i JOIN i.eleve e WHERE i.campagne.id = :c"
                        + " AND i.statut <> fr.passpro.domain.inscription.StatutInscription.RETIREE", Object[].class)
                .setParameter("c", campagneId).getSingleResult();
        long eleves = em.createQuery("SELECT COUNT(e) FROM Eleve e WHERE e.campagne.id = :c", Long.class)
                .setParameter("c", campagneId).getSingleResult();
        return new Concernes(((Number) etablissements[0]).longValue(), ((Number) etablissements[1]).longValue(), eleves);
    }

    /** See {@link #concernes}. */
    public record Concernes(long lycees, long colleges, long eleves) implements java.io.Serializable {
    }

    /** Whether the closure job has kept the campagne's archive. */
    public boolean isArchivee(long campagneId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM archive_campagne WHERE campagne_id = ?")
                .setParameter(1, campagneId).getSingleResult()).longValue() > 0;
    }

    /** Keeps (or replaces) the campagne's archive. */
    public void archiver(long campagneId, String nomFichier, byte[] contenu, java.time.Instant instant) {
        em.createNativeQuery("REPLACE INTO archive_campagne (campagne_id, cree_le, nom_fichier, contenu) VALUES (?, ?, ?, ?)")
                .setParameter(1, campagneId).setParameter(2, java.sql.Timestamp.from(instant))
                .setParameter(3, nomFichier).setParameter(4, contenu).executeUpdate();
    }

    /** The campagne's archive: file name and content. */
    public Optional<Object[]> archive(long campagneId) {
        List<?> lignes = em.createNativeQuery("SELECT nom_fichier, contenu FROM archive_campagne WHERE campagne_id = ?")
                .setParameter(1, campagneId).getResultList();
        return lignes.stream().findFirst().map(Object[].class::cast);
    }

    /**
     * Records that a job has sent its mail to an établissement for this campagne, in the caller's transaction:
     * true for the first call (the caller sends the mail in the same transaction), false if it was already sent.
     */
    public boolean reserverNotification(long campagneId, String traitement, long etablissementId, java.time.Instant instant) {
        return em.createNativeQuery("INSERT IGNORE INTO notification_campagne (campagne_id, traitement, etablissement_id,"
                        + " envoyee_le) VALUES (?, ?, ?, ?)")
                .setParameter(1, campagneId).setParameter(2, traitement).setParameter(3, etablissementId)
                .setParameter(4, java.sql.Timestamp.from(instant)).executeUpdate() == 1;
    }

    /** How many établissements a job has mailed for this campagne. */
    public long notifications(long campagneId, String traitement) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM notification_campagne WHERE campagne_id = ?"
                        + " AND traitement = ?").setParameter(1, campagneId).setParameter(2, traitement)
                .getSingleResult()).longValue();
    }

    /**
     * @throws NotFoundException if the académie has no campagne yet
     */
    public Campagne getCourante(String academieCode) {
        return findCourante(academieCode).orElseThrow(() -> new NotFoundException(
                "Aucune campagne Passpro n'est définie pour l'académie " + academieCode
                        + " : l'académie doit d'abord créer la campagne de l'année."));
    }

    /** Persists a new campagne or merges a detached one; returns the managed instance. */
    public Campagne save(Campagne campagne) {
        if (campagne.getId() == null) {
            em.persist(campagne);
            em.flush(); // the identity is needed at once: callers look related rows up by it
            return campagne;
        }
        return em.merge(campagne);
    }
}
