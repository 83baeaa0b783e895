package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.preinscription.LimiteDebit;
import fr.passpro.domain.preinscription.Preinscription;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pre-registrations of the public form, and the rate limits of public forms. */
@Stateless
public class PreinscriptionRepository {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /** Persists and flushes: the id (the reference given to the school) is known at once. */
    public Preinscription ajouter(Preinscription preinscription) {
        em.persist(preinscription);
        em.flush();
        return preinscription;
    }

    /** Writes pending changes now, e.g. so that a new établissement has its id before its pupil is looked for. */
    public void flush() {
        em.flush();
    }

    /** The pending pre-registrations of an académie, oldest first. */
    public List<Preinscription> findEnAttente(String academieCode) {
        return em.createNamedQuery(Preinscription.FIND_EN_ATTENTE, Preinscription.class)
                .setParameter("academie", academieCode)
                .getResultList();
    }

    /** One pre-registration, empty if it does not exist or belongs to another académie. */
    public Optional<Preinscription> findByIdAndAcademie(long id, String academieCode) {
        return em.createNamedQuery(Preinscription.FIND_BY_ID_AND_ACADEMIE, Preinscription.class)
                .setParameter("id", id)
                .setParameter("academie", academieCode)
                .getResultStream()
                .findFirst();
    }

    /** The active formations of a campagne's catalogue, by domaine then libellé: what the public form offers. */
    public List<Formation> formationsOuvertes(long campagneId) {
        return em.createNamedQuery(Formation.FIND_ACTIVE_BY_CAMPAGNE, Formation.class)
                .setParameter("campagneId", campagneId)
                .getResultList();
    }

    /** The formations with these ids, in the order given; an unknown id gives no formation. */
    public List<Formation> formations(List<Long> ids) {
        List<Formation> trouvees = new ArrayList<>();
        for (Long id : ids) {
            if (id != null) {
                Optional.ofNullable(em.find(Formation.class, id)).ifPresent(trouvees::add);
            }
        }
        return trouvees;
    }

    /**
     * Counts one submission for this key in a transaction of its own (it counts even if the submission is then
     * refused), under a row lock so that concurrent submissions from several instances are counted one by one.
     *
     * @return empty if accepted, otherwise when the key may submit again
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Instant> compterSoumission(String cle, Instant maintenant) {
        em.createNativeQuery("INSERT IGNORE INTO limite_debit (cle, debut_fenetre, nombre, version) VALUES (?, ?, 0, 0)")
                .setParameter(1, cle)
                .setParameter(2, Timestamp.from(maintenant))
                .executeUpdate();
        LimiteDebit limite = em.find(LimiteDebit.class, cle, LockModeType.PESSIMISTIC_WRITE);
        return limite.compter(maintenant) ? Optional.empty() : Optional.of(limite.reessayerApres());
    }
}
