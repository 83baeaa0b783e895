package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.planning.suivi.BilanLycee;
import fr.passpro.domain.planning.suivi.CandidatAConvoquer;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How far the lycées are with their convocations, counted in the database. A candidate is an inscription of the
 * campagne made before the end of registration and not withdrawn; it is still to convoke while it is « inscrite »
 * (no active convocation). Each method names the lycée or the académie it reads: the service resolves the caller's
 * scope, and tests can call this class directly.
 */
@Stateless
public class SuiviQueries {

    private static final String CANDIDATS = " FROM Inscription i JOIN i.lycee e JOIN i.eleve el JOIN el.college co"
            + " WHERE i.campagne.id = :campagne AND i.creeLe < :fin AND i.statut <> :retiree";

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /** The counts of one lycée (zeros when it has no candidate). */
    public BilanLycee bilanDuLycee(long lyceeId, long campagneId, Instant finInscriptions) {
        List<BilanLycee> bilans = bilans(" AND e.id = :lycee", campagneId, finInscriptions, "lycee", lyceeId);
        if (!bilans.isEmpty()) {
            return bilans.get(0);
        }
        Object[] lycee = em.createQuery("SELECT e.nom, e.uai.code, e.commune FROM Etablissement e WHERE e.id = :id",
                Object[].class).setParameter("id", lyceeId).getSingleResult();
        return new BilanLycee(lyceeId, (String) lycee[0], (String) lycee[1], (String) lycee[2], 0, 0);
    }

    /** Every lycée of the académie that has candidates in the campagne, the largest backlog first, then by name. */
    public List<BilanLycee> bilansDeLAcademie(String academieCode, long campagneId, Instant finInscriptions) {
        Objects.requireNonNull(academieCode, "L'académie est obligatoire.");
        List<BilanLycee> bilans = new ArrayList<>(bilans(" AND e.departement.academie.code = :academie", campagneId,
                finInscriptions, "academie", academieCode));
        bilans.sort(Comparator.comparingLong(BilanLycee::aConvoquer).reversed()
                .thenComparing(BilanLycee::nom, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(BilanLycee::lyceeId));
        return bilans;
    }

    /** The first candidates of a lycée still to convoke, oldest inscription first. */
    public List<CandidatAConvoquer> candidatsAConvoquer(long lyceeId, long campagneId, Instant finInscriptions,
                                                       int max) {
        return em.createQuery("SELECT NEW " + CandidatAConvoquer.class.getName()
                        + "(i.id, el.nom, el.prenom, co.nom, i.domaine.libelle, i.creeLe)" + CANDIDATS
                        + " AND e.id = :lycee AND i.statut = :inscrite ORDER BY i.creeLe, i.id", CandidatAConvoquer.class)
                .setParameter("campagne", campagneId).setParameter("fin", finInscriptions)
                .setParameter("retiree", StatutInscription.RETIREE).setParameter("lycee", lyceeId)
                .setParameter("inscrite", StatutInscription.INSCRITE)
                .setMaxResults(Math.max(1, max))
                .getResultList();
    }

    private List<BilanLycee> bilans(String perimetre, long campagneId, Instant fin, String nom, Object valeur) {
        List<Object[]> lignes = em.createQuery("SELECT e.id, e.nom, e.uai.code, e.commune, i.statut, COUNT(i)"
                        + CANDIDATS + perimetre + " GROUP BY e.id, e.nom, e.uai.code, e.commune, i.statut", Object[].class)
                .setParameter("campagne", campagneId).setParameter("fin", fin)
                .setParameter("retiree", StatutInscription.RETIREE).setParameter(nom, valeur)
                .getResultList();
        Map<Long, long[]> comptes = new LinkedHashMap<>();
        Map<Long, Object[]> lycees = new LinkedHashMap<>();
        for (Object[] ligne : lignes) {
            long id = ((Number) ligne[0]).longValue();
            lycees.putIfAbsent(id, ligne);
            long[] c = comptes.computeIfAbsent(id, k -> new long[2]);
            long n = ((Number) ligne[5]).longValue();
            c[0] += n;
            if (ligne[4] == StatutInscription.INSCRITE) {
                c[1] += n;
            }
        }
        List<BilanLycee> bilans = new ArrayList<>();
        lycees.forEach((id, l) -> bilans.add(new BilanLycee(id, (String) l[1], (String) l[2], (String) l[3],
                comptes.get(id)[0], comptes.get(id)[1])));
        return bilans;
    }
}
