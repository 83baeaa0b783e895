package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.EntretienPrevu;
import fr.passpro.domain.planning.Seance;
import fr.passpro.domain.scope.Scope;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Séances and convocations. Lookups by id take the caller's {@link Scope}: a lycée sees its own séances and the
 * convocations of its candidates, a collège the convocations of its pupils, the académie everything of its académie.
 */
@Stateless
public class PlanningRepository {

    /** {@link fr.passpro.domain.planning.StatutConvocation#ACTIVE} in JPQL. */
    private static final String ACTIVE = "fr.passpro.domain.planning.StatutConvocation.ACTIVE";

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /**
     * Whether the lycée holds interviews of this modalité in the domaine (among these formations when some are given):
     * a séance of another modalité could receive nobody.
     */
    public boolean accueilleEnModalite(long lyceeId, long campagneId, long domaineId, Collection<Long> formationIds,
            fr.passpro.domain.catalogue.ModaliteEntretien modalite) {
        String parmi = formationIds.isEmpty() ? "" : " AND f.id IN :formations";
        var requete = em.createQuery("SELECT COUNT(f) FROM Formation f WHERE f.accueilReferent.id = :lycee"
                        + " AND f.campagne.id = :campagne AND f.domaine.id = :domaine AND f.active = TRUE"
                        + " AND f.modalite = :modalite" + parmi, Long.class)
                .setParameter("lycee", lyceeId).setParameter("campagne", campagneId)
                .setParameter("domaine", domaineId).setParameter("modalite", modalite);
        if (!formationIds.isEmpty()) {
            requete.setParameter("formations", formationIds);
        }
        return requete.getSingleResult() > 0;
    }

    public void ajouter(Seance seance) {
        em.persist(seance);
        em.flush();
    }

    /** Persists it; written at the next flush, with the seat it took (see {@link #flush()}). */
    public void ajouter(Convocation convocation) {
        em.persist(convocation);
    }

    /** A séance of the scope's lycée (or académie), empty otherwise. */
    public Optional<Seance> findSeance(Scope scope, long id) {
        Objects.requireNonNull(scope, "Le périmètre est obligatoire.");
        String where = scope.isAcademie() ? "s.lycee.departement.academie.code = :p" : "s.lycee.id = :p";
        return em.createQuery("SELECT s FROM Seance s WHERE s.id = :id AND " + where, Seance.class)
                .setParameter("id", id).setParameter("p", parametre(scope))
                .getResultStream().findFirst();
    }

    /** Whether a séance has this id, whoever may see it: only to tell a refused access from a missing one. */
    public boolean seanceExiste(long id) {
        return em.createQuery("SELECT COUNT(s) FROM Seance s WHERE s.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }

    /** The séances of a lycée between two dates (inclusive), cancelled ones excluded, in time order. */
    public List<Seance> findSeances(long lyceeId, long campagneId, LocalDate du, LocalDate au) {
        return em.createQuery("SELECT s FROM Seance s WHERE s.lycee.id = :lycee AND s.campagne.id = :campagne"
                        + " AND s.annuleeLe IS NULL AND s.debut >= :du AND s.debut < :au ORDER BY s.debut, s.id",
                        Seance.class)
                .setParameter("lycee", lyceeId).setParameter("campagne", campagneId)
                .setParameter("du", du.atStartOfDay()).setParameter("au", au.plusDays(1).atStartOfDay())
                .getResultList();
    }

    /**
     * The séances of a lycée in one domaine that still have a seat and start after {@code apres} (Paris wall-clock),
     * in time order (for the planner).
     */
    public List<Seance> findSeancesLibres(long lyceeId, long campagneId, long domaineId, LocalDateTime apres) {
        return em.createQuery("SELECT s FROM Seance s WHERE s.lycee.id = :lycee AND s.campagne.id = :campagne"
                        + " AND s.domaine.id = :domaine AND s.annuleeLe IS NULL AND s.placesPrises < s.capacite"
                        + " AND s.debut > :apres ORDER BY s.debut, s.id", Seance.class)
                .setParameter("lycee", lyceeId).setParameter("campagne", campagneId).setParameter("domaine", domaineId)
                .setParameter("apres", apres)
                .getResultList();
    }

    /** Writes the pending changes now (a conflicting concurrent change fails here). */
    public void flush() {
        em.flush();
    }

    /** The convocation of an inscription (active or cancelled), if it was ever convoked. */
    public Optional<Convocation> findConvocationDe(long inscriptionId) {
        return em.createQuery("SELECT c FROM Convocation c WHERE c.inscription.id = :id", Convocation.class)
                .setParameter("id", inscriptionId).getResultStream().findFirst();
    }

    /**
     * The convocations these inscriptions already have (active or cancelled), by inscription id: one query for a whole
     * automatic planning, instead of one query (and one flush of everything planned so far) per candidate.
     */
    public Map<Long, Convocation> findConvocationsDe(Collection<Long> inscriptionIds) {
        Map<Long, Convocation> parInscription = new HashMap<>();
        if (inscriptionIds.isEmpty()) {
            return parInscription;
        }
        List<Long> ids = List.copyOf(inscriptionIds);
        for (int debut = 0; debut < ids.size(); debut += 1000) {
            em.createQuery("SELECT c FROM Convocation c WHERE c.inscription.id IN :ids", Convocation.class)
                    .setParameter("ids", ids.subList(debut, Math.min(ids.size(), debut + 1000)))
                    .getResultList()
                    .forEach(c -> parInscription.put(c.getInscription().getId(), c));
        }
        return parInscription;
    }

    /** A convocation the scope may see: its lycée's, its collège's, or its académie's. */
    public Optional<Convocation> findConvocation(Scope scope, long id) {
        Objects.requireNonNull(scope, "Le périmètre est obligatoire.");
        String where = scope.isAcademie() ? "i.lycee.departement.academie.code = :p"
                : "(i.lycee.id = :p OR i.eleve.college.id = :p)";
        return em.createQuery("SELECT c FROM Convocation c JOIN c.inscription i WHERE c.id = :id AND " + where,
                        Convocation.class)
                .setParameter("id", id).setParameter("p", parametre(scope))
                .getResultStream().findFirst();
    }

    public boolean convocationExiste(long id) {
        return em.createQuery("SELECT COUNT(c) FROM Convocation c WHERE c.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }

    /** The active convocations of a séance, by pupil. */
    public List<Convocation> findConvocationsActives(long seanceId) {
        return em.createQuery("SELECT c FROM Convocation c WHERE c.seance.id = :id AND c.statut = " + ACTIVE
                        + " ORDER BY c.inscription.eleve.nom, c.inscription.eleve.prenom", Convocation.class)
                .setParameter("id", seanceId).getResultList();
    }

    /** The active convocations of the given séances, in one query. */
    public List<Convocation> findConvocationsActives(Collection<Long> seanceIds) {
        if (seanceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Convocation c WHERE c.seance.id IN :ids AND c.statut = " + ACTIVE,
                        Convocation.class)
                .setParameter("ids", seanceIds)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.inscription")
                .getResultList();
    }

    /**
     * The interviews the given pupils already have, at any lycée (active convocations): the planner keeps a pupil
     * from being expected in two places at once.
     */
    public List<EntretienPrevu> findEntretiensPrevus(Collection<Long> eleveIds) {
        if (eleveIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT NEW fr.passpro.domain.planning.EntretienPrevu(i.eleve.id, s.lycee.id, s.debut,"
                        + " s.fin) FROM Convocation c JOIN c.inscription i JOIN c.seance s"
                        + " WHERE i.eleve.id IN :ids AND c.statut = " + ACTIVE, EntretienPrevu.class)
                .setParameter("ids", eleveIds).getResultList();
    }

    /** The candidates of a lycée in a domaine that no séance holds yet (« inscrite »), oldest first. */
    public List<Inscription> findCandidatsAPlanifier(long lyceeId, long campagneId, long domaineId) {
        return em.createQuery("SELECT i FROM Inscription i WHERE i.lycee.id = :lycee AND i.campagne.id = :campagne"
                        + " AND i.domaine.id = :domaine AND i.statut = :statut ORDER BY i.eleve.college.id,"
                        + " i.eleve.nom, i.eleve.prenom, i.id", Inscription.class)
                .setParameter("lycee", lyceeId).setParameter("campagne", campagneId).setParameter("domaine", domaineId)
                .setParameter("statut", StatutInscription.INSCRITE)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "i.voeux")
                .getResultList();
    }

    /** The séances of the same lycée on the same day: the caller checks that no two share a room at once. */
    public List<Seance> findSeancesDuJour(long lyceeId, LocalDateTime jour) {
        LocalDateTime debut = jour.toLocalDate().atStartOfDay();
        return em.createQuery("SELECT s FROM Seance s WHERE s.lycee.id = :lycee AND s.annuleeLe IS NULL"
                        + " AND s.debut >= :debut AND s.debut < :fin ORDER BY s.debut", Seance.class)
                .setParameter("lycee", lyceeId).setParameter("debut", debut).setParameter("fin", debut.plusDays(1))
                .getResultList();
    }

    /**
     * The convocations of a collège's pupils in a campagne (active and cancelled), by séance: with their last mail,
     * inscription and séance read for the whole list in one query each (the page shows them on every row).
     */
    public List<Convocation> findConvocationsDuCollege(long collegeId, long campagneId) {
        return em.createQuery("SELECT c FROM Convocation c JOIN c.inscription i WHERE i.eleve.college.id = :college"
                        + " AND i.campagne.id = :campagne ORDER BY c.seance.debut, i.eleve.nom, i.eleve.prenom",
                        Convocation.class)
                .setParameter("college", collegeId).setParameter("campagne", campagneId)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.dernierCourrier")
                .setHint("eclipselink.batch", "c.inscription")
                .setHint("eclipselink.batch", "c.seance")
                .getResultList();
    }

    private static Object parametre(Scope scope) {
        return scope.isAcademie() ? scope.academieCode() : scope.etablissementId().getAsLong();
    }
}
