package fr.passpro.infrastructure.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.consultation.ChoixLycee;
import fr.passpro.domain.catalogue.consultation.FiltreCatalogue;
import fr.passpro.domain.catalogue.consultation.FormationDetail;
import fr.passpro.domain.catalogue.consultation.FormationVue;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * The catalogue's read queries, paged in the database. Every method takes the campagne (and so the académie)
 * explicitly: the caller's scope is resolved by {@code CatalogueService}, and tests can call this class directly.
 * Text criteria rely on the utf8mb4_unicode_ci collation of the columns: LIKE ignores case and accents there.
 */
@Stateless
public class CatalogueQueries {

    /** The sort keys the table may ask for, and the path each one sorts on. */
    private static final Map<String, String> SORTS = Map.of(
            "libelle", "f.libelle",
            "cfd", "f.code.code",
            "diplome", "f.diplome",
            "domaine", "d.libelle",
            "lycee", "e.nom",
            "commune", "e.commune",
            "departement", "dep.code",
            "modalite", "f.modalite");

    /** Words searched, at most; a longer query keeps its first words. */
    private static final int MAX_MOTS = 6;
    private static final int MAX_SUGGESTIONS = 30;
    private static final char ESCAPE = '!';

    private static final String FROM = " FROM Formation f JOIN f.domaine d JOIN f.etablissement e"
            + " JOIN e.departement dep JOIN dep.academie a JOIN f.campagne c JOIN c.academie ca";

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /**
     * One page of the catalogue of a campagne.
     *
     * @param sortField one of libelle, cfd, diplome, domaine, lycee, commune, departement, modalite; anything else
     *                  (or null) sorts by domaine then libellé
     */
    public List<FormationVue> rechercher(long campagneId, FiltreCatalogue filtre, int first, int pageSize,
                                         String sortField, boolean ascending) {
        Objects.requireNonNull(filtre, "Le filtre est obligatoire.");
        Map<String, Object> params = new HashMap<>();
        String where = where(campagneId, filtre, params);
        String direction = ascending ? " ASC" : " DESC";
        String path = sortField == null ? null : SORTS.get(sortField);
        String order = path == null ? " ORDER BY d.libelle, f.libelle, e.nom, f.id"
                : " ORDER BY " + path + direction + ", f.libelle" + direction + ", e.nom, f.id";
        TypedQuery<FormationVue> query = em.createQuery("SELECT NEW " + FormationVue.class.getName()
                + "(f.id, f.code.code, f.libelle, f.diplome, f.familleMetiers, d.id, d.libelle, e.id, e.nom, e.uai.code,"
                + " e.commune, dep.code, dep.nom, a.code, a.nom, a.urlFormulairePreinscription, ca.code, f.modalite,"
                + " f.active)" + FROM + where + order, FormationVue.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize)).getResultList();
    }

    /** How many formations {@link #rechercher} pages through. */
    public long compter(long campagneId, FiltreCatalogue filtre) {
        Objects.requireNonNull(filtre, "Le filtre est obligatoire.");
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(f)" + FROM + where(campagneId, filtre, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** One formation of this campagne; empty for an unknown id or a formation of another campagne. */
    public Optional<FormationDetail> formation(long campagneId, long formationId) {
        return em.createQuery("SELECT f FROM Formation f WHERE f.id = :id AND f.campagne.id = :campagneId", Formation.class)
                .setParameter("id", formationId)
                .setParameter("campagneId", campagneId)
                .getResultStream()
                .findFirst()
                .map(FormationDetail::of);
    }

    /** The domaines that have at least one active formation in the campagne, by libellé. */
    public List<Domaine> domaines(long campagneId) {
        return em.createQuery("SELECT DISTINCT d FROM Formation f JOIN f.domaine d"
                        + " WHERE f.campagne.id = :campagneId AND f.active = TRUE ORDER BY d.libelle", Domaine.class)
                .setParameter("campagneId", campagneId)
                .getResultList();
    }

    /** The départements of an académie, by code. */
    public List<Departement> departements(String academieCode) {
        return em.createNamedQuery(Departement.FIND_BY_ACADEMIE, Departement.class)
                .setParameter("academie", academieCode)
                .getResultList();
    }

    /** The communes of the lycées of the campagne's active formations that begin with a prefix (all when blank). */
    public List<String> villes(long campagneId, String prefixe) {
        String prefix = FiltreCatalogue.normalise(prefixe);
        return em.createQuery("SELECT DISTINCT e.commune FROM Formation f JOIN f.etablissement e"
                        + " WHERE f.campagne.id = :campagneId AND f.active = TRUE AND e.commune LIKE :prefixe ESCAPE '"
                        + ESCAPE + "' ORDER BY e.commune", String.class)
                .setParameter("campagneId", campagneId)
                .setParameter("prefixe", prefix == null ? "%" : escape(prefix) + "%")
                .setMaxResults(MAX_SUGGESTIONS)
                .getResultList();
    }

    /** The lycées that offer active formations in the campagne, whose name or commune begins with a prefix. */
    public List<ChoixLycee> lycees(long campagneId, String prefixe) {
        String prefix = FiltreCatalogue.normalise(prefixe);
        String like = prefix == null ? "%" : escape(prefix) + "%";
        return em.createQuery("SELECT DISTINCT NEW " + ChoixLycee.class.getName() + "(e.id, e.nom, e.commune, e.uai.code)"
                        + " FROM Formation f JOIN f.etablissement e WHERE f.campagne.id = :campagneId AND f.active = TRUE"
                        + " AND (e.nom LIKE :prefixe ESCAPE '" + ESCAPE + "' OR e.commune LIKE :prefixe ESCAPE '"
                        + ESCAPE + "') ORDER BY e.nom, e.commune", ChoixLycee.class)
                .setParameter("campagneId", campagneId)
                .setParameter("prefixe", like)
                .getResultList();
    }

    private static String where(long campagneId, FiltreCatalogue filtre, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE c.id = :campagneId");
        params.put("campagneId", campagneId);
        if (filtre.activesSeulement()) {
            where.append(" AND f.active = TRUE");
        }
        if (filtre.domaineId() != null) {
            where.append(" AND d.id = :domaineId");
            params.put("domaineId", filtre.domaineId());
        }
        if (filtre.departementCode() != null) {
            where.append(" AND dep.code = :departement");
            params.put("departement", filtre.departementCode());
        }
        if (filtre.ville() != null) {
            where.append(" AND e.commune LIKE :ville ESCAPE '" + ESCAPE + "'");
            params.put("ville", escape(filtre.ville()) + "%");
        }
        if (filtre.etablissementId() != null) {
            where.append(" AND e.id = :etablissementId");
            params.put("etablissementId", filtre.etablissementId());
        }
        if (filtre.diplome() != null) {
            where.append(" AND f.diplome = :diplome");
            params.put("diplome", filtre.diplome());
        }
        List<String> mots = mots(filtre.texte());
        for (int i = 0; i < mots.size(); i++) {
            String p = ":mot" + i;
            String like = " LIKE " + p + " ESCAPE '" + ESCAPE + "'";
            where.append(" AND (f.libelle").append(like).append(" OR f.code.code").append(like)
                    .append(" OR e.nom").append(like).append(" OR e.commune").append(like)
                    .append(" OR d.libelle").append(like).append(" OR f.familleMetiers").append(like).append(")");
            params.put("mot" + i, "%" + escape(mots.get(i)) + "%");
        }
        return where.toString();
    }

    /** Each word must be found in one of the texts: « electricite lurcat » finds that formation in that lycée. */
    private static List<String> mots(String texte) {
        List<String> mots = new ArrayList<>();
        if (texte != null) {
            for (String mot : texte.split(" ")) {
                if (!mot.isBlank() && mots.size() < MAX_MOTS) {
                    mots.add(mot);
                }
            }
        }
        return mots;
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
