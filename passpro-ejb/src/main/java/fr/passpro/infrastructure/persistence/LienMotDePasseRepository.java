package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.compte.LienMotDePasse;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@Stateless
public class LienMotDePasseRepository {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    public LienMotDePasse save(LienMotDePasse lien) {
        em.persist(lien);
        return lien;
    }

    /**
     * The link of this token, row-locked until the end of the caller's transaction: two submissions of the same link
     * at once cannot both use it.
     */
    public Optional<LienMotDePasse> findByJetonForUpdate(String jeton) {
        return em.createNamedQuery(LienMotDePasse.FIND_BY_HASH, LienMotDePasse.class)
                .setParameter("hash", LienMotDePasse.hacher(jeton))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<LienMotDePasse> findByJeton(String jeton) {
        return em.createNamedQuery(LienMotDePasse.FIND_BY_HASH, LienMotDePasse.class)
                .setParameter("hash", LienMotDePasse.hacher(jeton))
                .getResultStream().findFirst();
    }

    /** The links of the account neither used nor revoked. */
    public List<LienMotDePasse> findOuverts(long accountId) {
        return em.createNamedQuery(LienMotDePasse.FIND_OUVERTS, LienMotDePasse.class)
                .setParameter("accountId", accountId)
                .getResultList();
    }
}
