package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.tableau.AvisDomaine;
import fr.passpro.domain.tableau.ConvocationsLycee;
import fr.passpro.domain.tableau.Effectif;
import fr.passpro.domain.tableau.EntretiensLycee;
import fr.passpro.domain.tableau.Retardataire;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The académie's dashboard counted in the database: each method is one aggregate query (GROUP BY with COUNT and
 * SUM of CASE), scoped to the académie and the campagne, optionally to one département. An inscription counts
 * unless withdrawn. The département is the lycée's for the lycées and the formations, the collège's for the pupils'
 * side (domaines, collèges, avis). Each method names the académie it reads: the service resolves the caller's scope.
 */
@Stateless
public class TableauDeBordQueries {

    private static final String NON_RETIREE = " AND i.statut <> fr.passpro.domain.inscription.StatutInscription.RETIREE";

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /** Inscriptions by domaine, the pupil's collège in the académie (and the département). */
    public List<Effectif> inscriptionsParDomaine(String academie, String departement, long campagneId) {
        return parametres(em.createQuery("SELECT d.id, d.libelle, COUNT(i) FROM Inscription i JOIN i.domaine d"
                        + " JOIN i.eleve el JOIN el.college co WHERE i.campagne.id = :campagne" + NON_RETIREE
                        + perimetre("co", departement) + " GROUP BY d.id, d.libelle", Object[].class),
                academie, departement, campagneId).getResultList().stream()
                .map(r -> new Effectif((Long) r[0], (String) r[1], "", "", nombre(r[2]))).toList();
    }

    /** Vœux of the inscriptions by formation, the formation's lycée in the académie (and the département). */
    public List<Effectif> inscriptionsParFormation(String academie, String departement, long campagneId) {
        return effectifs("SELECT f.id, f.libelle, et.nom, et.departement.code, COUNT(v) FROM Voeu v JOIN v.formation f"
                + " JOIN f.etablissement et JOIN v.inscription i WHERE i.campagne.id = :campagne" + NON_RETIREE
                + perimetre("et", departement) + " GROUP BY f.id, f.libelle, et.nom, et.departement.code",
                academie, departement, campagneId);
    }

    /** Inscriptions by lycée accueil-référent. */
    public List<Effectif> inscriptionsParLycee(String academie, String departement, long campagneId) {
        return effectifs("SELECT l.id, l.nom, l.uai.code, l.departement.code, COUNT(i) FROM Inscription i JOIN i.lycee l"
                + " WHERE i.campagne.id = :campagne" + NON_RETIREE + perimetre("l", departement)
                + " GROUP BY l.id, l.nom, l.uai.code, l.departement.code", academie, departement, campagneId);
    }

    /** Inscriptions by the pupils' collège (établissement d'origine). */
    public List<Effectif> inscriptionsParCollege(String academie, String departement, long campagneId) {
        return effectifs("SELECT co.id, co.nom, co.uai.code, co.departement.code, COUNT(i) FROM Inscription i"
                + " JOIN i.eleve el JOIN el.college co WHERE i.campagne.id = :campagne" + NON_RETIREE
                + perimetre("co", departement) + " GROUP BY co.id, co.nom, co.uai.code, co.departement.code",
                academie, departement, campagneId);
    }

    /**
     * Per lycée, its candidates (registered before {@code finInscriptions}, not withdrawn) and those convoked (no
     * longer « inscrite »), as the follow-up of the convocations counts them.
     */
    public List<ConvocationsLycee> convocationsParLycee(String academie, String departement, long campagneId,
                                                        Instant finInscriptions) {
        return parametres(em.createQuery("SELECT l.id, l.nom, l.uai.code, l.departement.code, COUNT(i),"
                        + " SUM(CASE WHEN i.statut = fr.passpro.domain.inscription.StatutInscription.INSCRITE THEN 0 ELSE 1 END)"
                        + " FROM Inscription i JOIN i.lycee l WHERE i.campagne.id = :campagne AND i.creeLe < :fin"
                        + NON_RETIREE + perimetre("l", departement)
                        + " GROUP BY l.id, l.nom, l.uai.code, l.departement.code", Object[].class),
                academie, departement, campagneId).setParameter("fin", finInscriptions)
                .getResultList().stream().map(r -> new ConvocationsLycee((Long) r[0], (String) r[1], (String) r[2],
                        (String) r[3], nombre(r[4]), nombre(r[5]))).toList();
    }

    /** Per lycée, the interviews whose presence was entered: present, absent, excused. */
    public List<EntretiensLycee> entretiensParLycee(String academie, String departement, long campagneId) {
        String presence = "fr.passpro.domain.entretien.Presence.";
        return parametres(em.createQuery("SELECT l.id, l.nom, l.uai.code, l.departement.code,"
                        + " SUM(CASE WHEN e.presence = " + presence + "PRESENT THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN e.presence = " + presence + "ABSENT THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN e.presence = " + presence + "EXCUSE THEN 1 ELSE 0 END)"
                        + " FROM Entretien e JOIN e.inscription i JOIN i.lycee l WHERE i.campagne.id = :campagne"
                        + perimetre("l", departement) + " GROUP BY l.id, l.nom, l.uai.code, l.departement.code",
                Object[].class), academie, departement, campagneId)
                .getResultList().stream().map(r -> new EntretiensLycee((Long) r[0], (String) r[1], (String) r[2],
                        (String) r[3], nombre(r[4]), nombre(r[5]), nombre(r[6]))).toList();
    }

    /**
     * Per domaine, the vœux by avis d'origine and by avis d'accueil. A vœu the lycée added at the interview has no
     * avis d'origine by nature: it is left out of the « sans avis » d'origine.
     */
    public List<AvisDomaine> avisParDomaine(String academie, String departement, long campagneId) {
        String avis = "fr.passpro.domain.inscription.Avis.";
        StringBuilder jpql = new StringBuilder("SELECT d.id, d.libelle");
        for (String cote : List.of("avisOrigine", "avisAccueil")) {
            for (String valeur : List.of("FAVORABLE", "ASSEZ_FAVORABLE", "RESERVE")) {
                jpql.append(", SUM(CASE WHEN v.").append(cote).append(" = ").append(avis).append(valeur)
                        .append(" THEN 1 ELSE 0 END)");
            }
            jpql.append(", SUM(CASE WHEN v.").append(cote).append(" IS NULL")
                    .append("avisOrigine".equals(cote) ? " AND v.ajouteALEntretien = FALSE" : "")
                    .append(" THEN 1 ELSE 0 END)");
        }
        jpql.append(" FROM Voeu v JOIN v.inscription i JOIN i.domaine d JOIN i.eleve el JOIN el.college co")
                .append(" WHERE i.campagne.id = :campagne").append(NON_RETIREE).append(perimetre("co", departement))
                .append(" GROUP BY d.id, d.libelle");
        return parametres(em.createQuery(jpql.toString(), Object[].class), academie, departement, campagneId)
                .getResultList().stream().map(r -> new AvisDomaine((Long) r[0], (String) r[1],
                        new AvisDomaine.Repartition(nombre(r[2]), nombre(r[3]), nombre(r[4]), nombre(r[5])),
                        new AvisDomaine.Repartition(nombre(r[6]), nombre(r[7]), nombre(r[8]), nombre(r[9])))).toList();
    }

    /** The collèges with vœux of registered pupils (not withdrawn) still without avis d'origine, with how many. */
    public List<Retardataire> collegesSansAvisOrigine(String academie, String departement, long campagneId) {
        return parametres(em.createQuery("SELECT co.id, co.nom, co.uai.code, co.departement.code, COUNT(v)"
                        + " FROM Voeu v JOIN v.inscription i JOIN i.eleve el JOIN el.college co"
                        + " WHERE i.campagne.id = :campagne" + NON_RETIREE
                        + " AND v.avisOrigine IS NULL AND v.ajouteALEntretien = FALSE" + perimetre("co", departement)
                        + " GROUP BY co.id, co.nom, co.uai.code, co.departement.code", Object[].class),
                academie, departement, campagneId)
                .getResultList().stream().map(r -> new Retardataire((Long) r[0], (String) r[1], (String) r[2],
                        (String) r[3], false, 0, 0, nombre(r[4]))).toList();
    }

    private List<Effectif> effectifs(String jpql, String academie, String departement, long campagneId) {
        return parametres(em.createQuery(jpql, Object[].class), academie, departement, campagneId).getResultList()
                .stream().map(r -> new Effectif((Long) r[0], (String) r[1], (String) r[2], (String) r[3], nombre(r[4])))
                .toList();
    }

    /** The académie (and département) clause on the établissement of this alias. */
    private static String perimetre(String alias, String departement) {
        return " AND " + alias + ".departement.academie.code = :academie"
                + (departement == null ? "" : " AND " + alias + ".departement.code = :departement");
    }

    private static <T> TypedQuery<T> parametres(TypedQuery<T> query, String academie, String departement,
                                                long campagneId) {
        query.setParameter("academie", Objects.requireNonNull(academie, "L'académie est obligatoire."))
                .setParameter("campagne", campagneId);
        return departement == null ? query : query.setParameter("departement", departement);
    }

    private static long nombre(Object valeur) {
        return valeur == null ? 0 : ((Number) valeur).longValue();
    }
}
