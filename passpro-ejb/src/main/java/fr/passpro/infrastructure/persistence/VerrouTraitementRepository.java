package fr.passpro.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The start lock of the batch jobs (table {@code traitement_verrou}): one row per job and key, locked by the
 * transaction that starts the job, so that two starts of the same job for the same key, on any server instance,
 * follow each other and the second sees the execution of the first. Both methods need the caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class VerrouTraitementRepository {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /**
     * Locks the row of this job and key until the caller's transaction ends, creating it on first use.
     *
     * @return the execution last started under this key, if any
     */
    public Optional<Long> verrouiller(String traitement, String cle) {
        Objects.requireNonNull(traitement);
        Objects.requireNonNull(cle);
        em.createNativeQuery("INSERT IGNORE INTO traitement_verrou (traitement, cle) VALUES (?, ?)")
                .setParameter(1, traitement)
                .setParameter(2, cle)
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT execution_id FROM traitement_verrou"
                        + " WHERE traitement = ? AND cle = ? FOR UPDATE")
                .setParameter(1, traitement)
                .setParameter(2, cle)
                .getResultList();
        return rows.stream().filter(Objects::nonNull).map(r -> ((Number) r).longValue()).findFirst();
    }

    /** Records the execution just started under the locked row. */
    public void enregistrer(String traitement, String cle, long executionId, String lancePar, Instant lanceLe) {
        em.createNativeQuery("UPDATE traitement_verrou SET execution_id = ?, lance_par = ?, lance_le = ?"
                        + " WHERE traitement = ? AND cle = ?")
                .setParameter(1, executionId)
                .setParameter(2, lancePar)
                .setParameter(3, Timestamp.from(lanceLe))
                .setParameter(4, traitement)
                .setParameter(5, cle)
                .executeUpdate();
    }
}
