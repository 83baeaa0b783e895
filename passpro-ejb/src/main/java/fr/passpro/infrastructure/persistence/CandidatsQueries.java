package fr.passpro.infrastructure.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.consultation.FiltreCandidats;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * The read queries of a lycée's candidates (the inscriptions it is accueil-référent of), paged in the database. Every
 * method takes the lycée and the campagne explicitly: {@code CandidatsService} resolves them from the caller, and the
 * lycée is always part of the query. Name search relies on the utf8mb4_unicode_ci collation: LIKE ignores case and
 * accents there.
 */
@Stateless
public class CandidatsQueries {

    /** The sort keys the table may ask for, and the path each one sorts on. */
    private static final Map<String, String> SORTS = Map.of(
            "eleve", "e.nom",
            "college", "c.nom",
            "domaine", "d.libelle",
            "statut", "i.statut");

    private static final String ACTIVE = "fr.passpro.domain.planning.StatutConvocation.ACTIVE";
    private static final int MAX_MOTS = 4;
    private static final char ESCAPE = '!';

    private static final String FROM = " FROM Inscription i JOIN i.eleve e JOIN e.college c JOIN i.domaine d";

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /**
     * One page of the candidates of a lycée, their vœux read in one more query.
     *
     * @param sortField eleve, college, domaine or statut; anything else (or null) sorts by pupil
     */
    public List<Inscription> candidats(long lyceeId, long campagneId, FiltreCandidats filtre, int first, int pageSize,
                                       String sortField, boolean ascending) {
        Objects.requireNonNull(filtre, "Le filtre est obligatoire.");
        Map<String, Object> params = new HashMap<>();
        String where = where(lyceeId, campagneId, filtre, params);
        String direction = ascending ? " ASC" : " DESC";
        String path = sortField == null ? null : SORTS.get(sortField);
        String order = path == null ? " ORDER BY e.nom, e.prenom, d.libelle, i.id"
                : " ORDER BY " + path + direction + ", e.nom" + direction + ", e.prenom, i.id";
        TypedQuery<Inscription> query = em.createQuery("SELECT i" + FROM + where + order, Inscription.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, pageSize))
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "i.voeux")
                .getResultList();
    }

    /** How many candidates {@link #candidats} pages through. */
    public long compter(long lyceeId, long campagneId, FiltreCandidats filtre) {
        Objects.requireNonNull(filtre, "Le filtre est obligatoire.");
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(i)" + FROM + where(lyceeId, campagneId, filtre, params),
                Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** One candidate of the lycée; empty for another lycée's inscription or an unknown id. */
    public Optional<Inscription> candidat(long lyceeId, long inscriptionId) {
        return em.createQuery("SELECT i FROM Inscription i WHERE i.id = :id AND i.lycee.id = :lycee", Inscription.class)
                .setParameter("id", inscriptionId).setParameter("lycee", lyceeId)
                .getResultStream().findFirst();
    }

    /** The active convocations of the given inscriptions of the lycée, with their last mail, in one query. */
    public List<Convocation> convocationsActives(long lyceeId, Collection<Long> inscriptionIds) {
        if (inscriptionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT cv FROM Convocation cv LEFT JOIN FETCH cv.dernierCourrier"
                        + " WHERE cv.inscription.id IN :ids AND cv.inscription.lycee.id = :lycee AND cv.statut = "
                        + ACTIVE, Convocation.class)
                .setParameter("ids", inscriptionIds).setParameter("lycee", lyceeId)
                .getResultList();
    }

    /** The domaines the lycée holds interviews for in the campagne (active formations), by libellé. */
    public List<Domaine> domaines(long lyceeId, long campagneId) {
        return em.createQuery("SELECT DISTINCT d FROM Formation f JOIN f.domaine d WHERE f.accueilReferent.id = :lycee"
                        + " AND f.campagne.id = :campagne AND f.active = TRUE ORDER BY d.libelle", Domaine.class)
                .setParameter("lycee", lyceeId).setParameter("campagne", campagneId)
                .getResultList();
    }

    /** The active formations whose interviews the lycée holds in the campagne, by domaine then libellé. */
    public List<Formation> formations(long lyceeId, long campagneId) {
        return em.createQuery("SELECT f FROM Formation f WHERE f.accueilReferent.id = :lycee"
                        + " AND f.campagne.id = :campagne AND f.active = TRUE"
                        + " ORDER BY f.domaine.libelle, f.libelle, f.id", Formation.class)
                .setParameter("lycee", lyceeId).setParameter("campagne", campagneId)
                .getResultList();
    }

    /** The collèges that have candidates at the lycée in the campagne, by name. */
    public List<Etablissement> colleges(long lyceeId, long campagneId) {
        return em.createQuery("SELECT DISTINCT c FROM Inscription i JOIN i.eleve e JOIN e.college c"
                        + " WHERE i.lycee.id = :lycee AND i.campagne.id = :campagne ORDER BY c.nom", Etablissement.class)
                .setParameter("lycee", lyceeId).setParameter("campagne", campagneId)
                .getResultList();
    }

    private static String where(long lyceeId, long campagneId, FiltreCandidats filtre, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE i.lycee.id = :lycee AND i.campagne.id = :campagne");
        params.put("lycee", lyceeId);
        params.put("campagne", campagneId);
        if (filtre.domaineId() != null) {
            where.append(" AND d.id = :domaine");
            params.put("domaine", filtre.domaineId());
        }
        if (filtre.formationId() != null) {
            where.append(" AND EXISTS (SELECT v FROM Voeu v WHERE v.inscription = i AND v.formation.id = :formation)");
            params.put("formation", filtre.formationId());
        }
        if (filtre.collegeId() != null) {
            where.append(" AND c.id = :college");
            params.put("college", filtre.collegeId());
        }
        if (filtre.statut() != null) {
            where.append(" AND i.statut = :statut");
            params.put("statut", filtre.statut());
        }
        if (filtre.planifie() != null) {
            where.append(filtre.planifie() ? " AND EXISTS" : " AND NOT EXISTS")
                    .append(" (SELECT cv FROM Convocation cv WHERE cv.inscription = i AND cv.statut = ")
                    .append(ACTIVE).append(")");
        }
        List<String> mots = mots(filtre.texte());
        for (int n = 0; n < mots.size(); n++) {
            String p = ":mot" + n;
            where.append(" AND (e.nom LIKE ").append(p).append(" ESCAPE '").append(ESCAPE)
                    .append("' OR e.prenom LIKE ").append(p).append(" ESCAPE '").append(ESCAPE).append("')");
            params.put("mot" + n, "%" + escape(mots.get(n)) + "%");
        }
        return where.toString();
    }

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
