package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.scope.Scope;
import fr.passpro.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

@Stateless
public class EtablissementRepository {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    public Optional<Etablissement> findByUai(Uai uai) {
        Objects.requireNonNull(uai, "L'UAI est obligatoire.");
        return em.createNamedQuery(Etablissement.FIND_BY_UAI, Etablissement.class)
                .setParameter("uai", uai.code())
                .getResultStream()
                .findFirst();
    }

    /**
     * @throws NotFoundException if no établissement has this UAI
     */
    public Etablissement getByUai(Uai uai) {
        return findByUai(uai).orElseThrow(() -> new NotFoundException(
                "Aucun établissement ne porte l'UAI " + uai + " : vérifiez le code ou demandez son ajout à l'académie."));
    }

    /** The établissements this scope sees: its own, or all those of the académie ordered by nom. */
    public List<Etablissement> findVisible(Scope scope) {
        Objects.requireNonNull(scope, "Le périmètre est obligatoire.");
        if (scope.isAcademie()) {
            return em.createNamedQuery(Etablissement.FIND_BY_ACADEMIE, Etablissement.class)
                    .setParameter("academie", scope.academieCode())
                    .getResultList();
        }
        return em.createNamedQuery(Etablissement.FIND_BY_ID_AND_ACADEMIE, Etablissement.class)
                .setParameter("id", scope.etablissementId().getAsLong())
                .setParameter("academie", scope.academieCode())
                .getResultList();
    }

    /** One établissement by id, empty if it does not exist or lies outside the scope. */
    public Optional<Etablissement> findVisibleById(Scope scope, long id) {
        Objects.requireNonNull(scope, "Le périmètre est obligatoire.");
        if (!scope.isAcademie() && scope.etablissementId().getAsLong() != id) {
            return Optional.empty();
        }
        return em.createNamedQuery(Etablissement.FIND_BY_ID_AND_ACADEMIE, Etablissement.class)
                .setParameter("id", id)
                .setParameter("academie", scope.academieCode())
                .getResultStream()
                .findFirst();
    }

    /** Whether an établissement of this id exists, whatever its académie (to tell a refusal from a missing one). */
    public boolean exists(long id) {
        return em.find(Etablissement.class, id) != null;
    }

    /** Persists a new établissement or merges a detached one; returns the managed instance. */
    public Etablissement save(Etablissement etablissement) {
        if (etablissement.getId() == null) {
            em.persist(etablissement);
            em.flush(); // the identity is needed at once: callers look related rows up by it
            return etablissement;
        }
        return em.merge(etablissement);
    }
}
