package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@Stateless
public class AcademieRepository {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    public Optional<Academie> findByCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Academie.class, code));
    }

    /**
     * @throws NotFoundException if no académie has this code
     */
    public Academie getByCode(String code) {
        return findByCode(code).orElseThrow(() -> new NotFoundException(
                "L'académie de code « " + code + " » n'existe pas (codes connus : 01 Paris, 24 Créteil, 25 Versailles)."));
    }

    public List<Academie> findAll() {
        return em.createNamedQuery(Academie.FIND_ALL, Academie.class).getResultList();
    }

    public Optional<Departement> findDepartement(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Departement.class, code));
    }

    /**
     * @throws NotFoundException if no département has this code
     */
    public Departement getDepartement(String code) {
        return findDepartement(code).orElseThrow(() -> new NotFoundException(
                "Le département de code « " + code + " » n'est pas géré par Passpro (ex. 075, 077, 093)."));
    }

    public List<Departement> findDepartements(String academieCode) {
        return em.createNamedQuery(Departement.FIND_BY_ACADEMIE, Departement.class)
                .setParameter("academie", academieCode)
                .getResultList();
    }

    public Academie save(Academie academie) {
        return em.contains(academie) ? academie : em.merge(academie);
    }
}
