package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.catalogue.importation.Rejet;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.annuaire.AnnuaireImport;
import fr.passpro.domain.etablissement.annuaire.RejetAnnuaire;
import fr.passpro.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The imports of the établissements directory, their reject reports, and the établissements they touch. */
@Stateless
public class AnnuaireImportRepository {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /**
     * @throws NotFoundException if no import has this id
     */
    public AnnuaireImport get(long importId) {
        AnnuaireImport i = em.find(AnnuaireImport.class, importId);
        if (i == null) {
            throw new NotFoundException("L'import de l'annuaire " + importId + " n'existe pas.");
        }
        return i;
    }

    /** The latest imports of an académie, latest first. */
    public List<AnnuaireImport> findLatest(String academieCode, int max) {
        return em.createQuery("SELECT i FROM AnnuaireImport i WHERE i.academie.code = :academie"
                        + " ORDER BY i.demarreLe DESC, i.id DESC", AnnuaireImport.class)
                .setParameter("academie", academieCode)
                .setMaxResults(max)
                .getResultList();
    }

    public Academie getAcademie(String code) {
        Academie a = em.find(Academie.class, code);
        if (a == null) {
            throw new NotFoundException("L'académie de code « " + code + " » n'existe pas (codes connus : 01, 24, 25).");
        }
        return a;
    }

    public AnnuaireImport save(AnnuaireImport annuaireImport) {
        em.persist(annuaireImport);
        em.flush();
        return annuaireImport;
    }

    public void addRejets(long importId, Collection<Rejet> rejets) {
        AnnuaireImport owner = em.getReference(AnnuaireImport.class, importId);
        rejets.forEach(r -> em.persist(new RejetAnnuaire(owner, r)));
    }

    /** The report in file order. */
    public List<Rejet> findRejets(long importId) {
        return em.createQuery("SELECT r FROM RejetAnnuaire r WHERE r.annuaireImport.id = :importId"
                        + " ORDER BY r.ligne, r.id", RejetAnnuaire.class)
                .setParameter("importId", importId)
                .getResultStream()
                .map(RejetAnnuaire::toRejet)
                .toList();
    }

    /** The établissements of these UAIs, by UAI: one query for a whole chunk. */
    public Map<String, Etablissement> findEtablissements(Collection<String> uais) {
        if (uais.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM Etablissement e WHERE e.uai.code IN :uais", Etablissement.class)
                .setParameter("uais", uais)
                .getResultStream()
                .collect(Collectors.toMap(e -> e.getUai().code(), Function.identity()));
    }

    public void saveEtablissement(Etablissement etablissement) {
        em.persist(etablissement);
    }
}
