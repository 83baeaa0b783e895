package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Ine;
import fr.passpro.domain.scope.Scope;
import fr.passpro.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

@Stateless
public class EleveRepository {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /** One pupil, empty if it does not exist or lies outside the scope (another collège, another académie). */
    public Optional<Eleve> findVisibleById(Scope scope, long id) {
        Objects.requireNonNull(scope, "Le périmètre est obligatoire.");
        var query = scope.isAcademie()
                ? em.createNamedQuery(Eleve.FIND_BY_ID_AND_ACADEMIE, Eleve.class).setParameter("academie", scope.academieCode())
                : em.createNamedQuery(Eleve.FIND_BY_ID_AND_COLLEGE, Eleve.class)
                        .setParameter("collegeId", scope.etablissementId().getAsLong());
        return query.setParameter("id", id).getResultStream().findFirst();
    }

    /** Whether a pupil has this id, whoever may see it: only to tell a refused access from a missing pupil. */
    public boolean exists(long id) {
        return em.createNamedQuery(Eleve.COUNT_BY_ID, Long.class).setParameter("id", id).getSingleResult() > 0;
    }

    /** The pupils this scope sees in a campagne, ordered by nom and prénom. */
    public List<Eleve> findVisible(Scope scope, long campagneId) {
        Objects.requireNonNull(scope, "Le périmètre est obligatoire.");
        var query = scope.isAcademie()
                ? em.createNamedQuery(Eleve.FIND_BY_ACADEMIE, Eleve.class).setParameter("academie", scope.academieCode())
                : em.createNamedQuery(Eleve.FIND_BY_COLLEGE, Eleve.class)
                        .setParameter("collegeId", scope.etablissementId().getAsLong());
        return query.setParameter("campagneId", campagneId).getResultList();
    }

    /** The collège's pupils of the campagne with this {@link Eleve#normalisedKey()}. */
    public List<Eleve> findByCleDoublon(long collegeId, long campagneId, String cle) {
        return em.createNamedQuery(Eleve.FIND_BY_CLE_DOUBLON, Eleve.class)
                .setParameter("collegeId", collegeId)
                .setParameter("campagneId", campagneId)
                .setParameter("cle", cle)
                .getResultList();
    }

    /** The collège's pupil of the campagne with this INE. */
    public Optional<Eleve> findByIne(long collegeId, long campagneId, Ine ine) {
        Objects.requireNonNull(ine, "L'INE est obligatoire.");
        return em.createNamedQuery(Eleve.FIND_BY_INE, Eleve.class)
                .setParameter("collegeId", collegeId)
                .setParameter("campagneId", campagneId)
                .setParameter("ine", ine.code())
                .getResultStream()
                .findFirst();
    }

    /**
     * @throws NotFoundException if the pupil does not exist or lies outside the scope
     */
    public Eleve getVisibleById(Scope scope, long id) {
        return findVisibleById(scope, id).orElseThrow(() -> new NotFoundException(
                "Cet élève n'existe pas ou plus : rechargez la liste des élèves."));
    }

    public Eleve save(Eleve eleve) {
        if (eleve.getId() == null) {
            em.persist(eleve);
            return eleve;
        }
        return em.merge(eleve);
    }
}
