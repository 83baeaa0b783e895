package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.StatutInscription;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The read queries of a collège's dashboard and list of inscriptions, counted and paged in the database (issue 14):
 * a page reads a bounded number of rows whatever the size of the collège. Every method takes the collège and the
 * campagne explicitly; the services resolve them from the caller.
 */
@Stateless
public class CollegeQueries {

    private static final String STATUT = "fr.passpro.domain.inscription.StatutInscription.";
    private static final String AVANT_ENTRETIEN = " AND i.statut IN (" + STATUT + "INSCRITE, " + STATUT + "CONVOQUEE)";
    private static final String DU_COLLEGE = " WHERE e.college.id = :college AND i.campagne.id = :campagne";
    private static final String VOEU_SANS_AVIS = " AND EXISTS (SELECT v FROM Voeu v WHERE v.inscription = i"
            + " AND v.ajouteALEntretien = FALSE AND v.avisOrigine IS NULL)";

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /** The collège's pupils in the campagne. */
    public long eleves(long collegeId, long campagneId) {
        return em.createQuery("SELECT COUNT(e) FROM Eleve e WHERE e.college.id = :college AND e.campagne.id = :campagne",
                        Long.class).setParameter("college", collegeId).setParameter("campagne", campagneId)
                .getSingleResult();
    }

    /**
     * One page of the collège's pupils in the campagne, by name: rows (id, nom, prénom, date de naissance, classe,
     * dispositif, inscriptions not withdrawn).
     */
    public List<Object[]> pageEleves(long collegeId, long campagneId, int first, int max) {
        return em.createQuery("SELECT e.id, e.nom, e.prenom, e.dateNaissance, e.classe, e.dispositif,"
                        + " (SELECT COUNT(i) FROM Inscription i WHERE i.eleve = e AND i.statut <> " + STATUT + "RETIREE)"
                        + " FROM Eleve e WHERE e.college.id = :college AND e.campagne.id = :campagne"
                        + " ORDER BY e.nom, e.prenom, e.id", Object[].class)
                .setParameter("college", collegeId).setParameter("campagne", campagneId)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The collège's pupils without an inscription (withdrawn ones count as none). */
    public long elevesSansInscription(long collegeId, long campagneId) {
        return em.createQuery("SELECT COUNT(e) FROM Eleve e WHERE e.college.id = :college AND e.campagne.id = :campagne"
                        + " AND NOT EXISTS (SELECT i FROM Inscription i WHERE i.eleve = e AND i.statut <> " + STATUT
                        + "RETIREE)", Long.class)
                .setParameter("college", collegeId).setParameter("campagne", campagneId).getSingleResult();
    }

    /** The vœux without avis d'origine of the inscriptions before their interview. */
    public long voeuxSansAvis(long collegeId, long campagneId) {
        return em.createQuery("SELECT COUNT(v) FROM Voeu v JOIN v.inscription i JOIN i.eleve e" + DU_COLLEGE
                        + AVANT_ENTRETIEN + " AND v.avisOrigine IS NULL", Long.class)
                .setParameter("college", collegeId).setParameter("campagne", campagneId).getSingleResult();
    }

    /**
     * The first inscriptions before their interview that lack an avis d'origine on a vœu asked by the collège, by
     * pupil: rows (inscription id, pupil's first name, name, domaine, vœux without avis).
     */
    public List<Object[]> sansAvis(long collegeId, long campagneId, int max) {
        return em.createQuery("SELECT i.id, e.prenom, e.nom, d.libelle, (SELECT COUNT(v2) FROM Voeu v2"
                        + " WHERE v2.inscription = i AND v2.avisOrigine IS NULL) FROM Inscription i JOIN i.eleve e"
                        + " JOIN i.domaine d" + DU_COLLEGE + AVANT_ENTRETIEN + VOEU_SANS_AVIS
                        + " ORDER BY e.nom, e.prenom, d.libelle, i.id", Object[].class)
                .setParameter("college", collegeId).setParameter("campagne", campagneId).setMaxResults(max)
                .getResultList();
    }

    /** How many inscriptions {@link #sansAvis} lists in all. */
    public long nombreSansAvis(long collegeId, long campagneId) {
        return em.createQuery("SELECT COUNT(i) FROM Inscription i JOIN i.eleve e" + DU_COLLEGE + AVANT_ENTRETIEN
                        + VOEU_SANS_AVIS, Long.class)
                .setParameter("college", collegeId).setParameter("campagne", campagneId).getSingleResult();
    }

    /** The first inscriptions before their interview whose référent is no longer active, by pupil (rows as {@link #sansAvis}). */
    public List<Object[]> sansReferentActif(long collegeId, long campagneId, int max) {
        return em.createQuery("SELECT i.id, e.prenom, e.nom, d.libelle, 0 FROM Inscription i JOIN i.eleve e"
                        + " JOIN i.domaine d JOIN i.referent r" + DU_COLLEGE + AVANT_ENTRETIEN + " AND r.actif = FALSE"
                        + " ORDER BY e.nom, e.prenom, d.libelle, i.id", Object[].class)
                .setParameter("college", collegeId).setParameter("campagne", campagneId).setMaxResults(max)
                .getResultList();
    }

    /** How many inscriptions {@link #sansReferentActif} lists in all. */
    public long nombreSansReferentActif(long collegeId, long campagneId) {
        return em.createQuery("SELECT COUNT(i) FROM Inscription i JOIN i.eleve e JOIN i.referent r" + DU_COLLEGE
                        + AVANT_ENTRETIEN + " AND r.actif = FALSE", Long.class)
                .setParameter("college", collegeId).setParameter("campagne", campagneId).getSingleResult();
    }

    /** The collège's active convocations whose interview starts after this time; only those unanswered if asked. */
    public long convocationsAVenir(long collegeId, long campagneId, LocalDateTime apres, boolean sansReponse) {
        return em.createQuery("SELECT COUNT(c) FROM Convocation c JOIN c.inscription i JOIN i.eleve e JOIN c.seance s"
                        + DU_COLLEGE + " AND c.statut = fr.passpro.domain.planning.StatutConvocation.ACTIVE"
                        + " AND s.debut > :apres" + (sansReponse ? " AND c.accuse IS NULL" : ""), Long.class)
                .setParameter("college", collegeId).setParameter("campagne", campagneId).setParameter("apres", apres)
                .getSingleResult();
    }

    /** One page of the collège's inscriptions, in one statut or all, by pupil then domaine; their links read by batch. */
    public List<Inscription> inscriptions(long collegeId, long campagneId, StatutInscription statut, int first, int max) {
        TypedQuery<Inscription> query = em.createQuery("SELECT i FROM Inscription i JOIN i.eleve e JOIN i.domaine d"
                + DU_COLLEGE + (statut == null ? "" : " AND i.statut = :statut")
                + " ORDER BY e.nom, e.prenom, d.libelle, i.id", Inscription.class);
        if (statut != null) {
            query.setParameter("statut", statut);
        }
        return query.setParameter("college", collegeId).setParameter("campagne", campagneId)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }
}
