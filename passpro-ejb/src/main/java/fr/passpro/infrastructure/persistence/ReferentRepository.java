package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.scope.Scope;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

@Stateless
public class ReferentRepository {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /** The référents this scope sees (active or not), ordered by nom and prénom. */
    public List<Referent> findVisible(Scope scope) {
        Objects.requireNonNull(scope, "Le périmètre est obligatoire.");
        if (scope.isAcademie()) {
            return em.createNamedQuery(Referent.FIND_BY_ACADEMIE, Referent.class)
                    .setParameter("academie", scope.academieCode())
                    .getResultList();
        }
        return em.createNamedQuery(Referent.FIND_BY_COLLEGE, Referent.class)
                .setParameter("collegeId", scope.etablissementId().getAsLong())
                .getResultList();
    }

    /** One référent, empty if it does not exist or lies outside the scope. */
    public Optional<Referent> findVisibleById(Scope scope, long id) {
        Objects.requireNonNull(scope, "Le périmètre est obligatoire.");
        var query = scope.isAcademie()
                ? em.createNamedQuery(Referent.FIND_BY_ID_AND_ACADEMIE, Referent.class)
                        .setParameter("academie", scope.academieCode())
                : em.createNamedQuery(Referent.FIND_BY_ID_AND_COLLEGE, Referent.class)
                        .setParameter("collegeId", scope.etablissementId().getAsLong());
        return query.setParameter("id", id).getResultStream().findFirst();
    }

    /** Whether a référent has this id, whoever may see it: only to tell a refused access from a missing one. */
    public boolean exists(long id) {
        return em.createNamedQuery(Referent.COUNT_BY_ID, Long.class).setParameter("id", id).getSingleResult() > 0;
    }

    /** The collège's référent with this address (lower case, as stored). */
    public Optional<Referent> findByCollegeAndEmail(long collegeId, String email) {
        return em.createNamedQuery(Referent.FIND_BY_COLLEGE_AND_EMAIL, Referent.class)
                .setParameter("collegeId", collegeId)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    public Referent save(Referent referent) {
        if (referent.getId() == null) {
            em.persist(referent);
            return referent;
        }
        return em.merge(referent);
    }
}
