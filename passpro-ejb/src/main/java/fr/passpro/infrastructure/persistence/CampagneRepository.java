package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@Stateless
public class CampagneRepository {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /** The académie's campagne of the latest school year, if any. */
    public Optional<Campagne> findCourante(String academieCode) {
        return em.createNamedQuery(Campagne.FIND_COURANTE, Campagne.class)
                .setParameter("academie", academieCode)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
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
