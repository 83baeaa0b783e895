package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.entretien.CompteRenduEnRetard;
import fr.passpro.domain.entretien.Entretien;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.scope.Scope;
import fr.passpro.domain.tableau.RetardsComptesRendus;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Interviews held (presence, compte rendu), the overdue comptes rendus for the dashboards, and the claim of a daily
 * job's run, shared by every Payara instance through the database.
 */
@Stateless
public class EntretienRepository {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    public void ajouter(Entretien entretien) {
        em.persist(entretien);
    }

    /** The interview of an inscription, once its presence was entered. The caller has checked the scope. */
    public Optional<Entretien> findDe(long inscriptionId) {
        return em.createQuery("SELECT e FROM Entretien e WHERE e.inscription.id = :id", Entretien.class)
                .setParameter("id", inscriptionId).getResultStream().findFirst();
    }

    /**
     * The formations a pupil may have preferred at the interview: active, of the inscription's campagne and domaine,
     * with their interviews at its lycée, and not yet asked for. By libellé.
     */
    public List<Formation> findFormationsAjoutables(Inscription inscription) {
        List<Long> demandees = inscription.getVoeux().stream().map(v -> v.getFormation().getId()).toList();
        return em.createQuery("SELECT f FROM Formation f WHERE f.campagne.id = :campagne AND f.domaine.id = :domaine"
                        + " AND f.accueilReferent.id = :lycee AND f.active = TRUE AND f.id NOT IN :demandees"
                        + " ORDER BY f.libelle, f.id", Formation.class)
                .setParameter("campagne", inscription.getCampagne().getId())
                .setParameter("domaine", inscription.getDomaine().getId())
                .setParameter("lycee", inscription.getLycee().getId())
                .setParameter("demandees", demandees.isEmpty() ? List.of(-1L) : demandees)
                .getResultList();
    }

    /** The interviews of a collège's pupils in a campagne, with their séance (for the fiches récapitulatives). */
    public List<Entretien> findDuCollege(long collegeId, long campagneId) {
        return em.createQuery("SELECT e FROM Entretien e JOIN FETCH e.seance JOIN e.inscription i"
                        + " WHERE i.eleve.college.id = :college AND i.campagne.id = :campagne", Entretien.class)
                .setParameter("college", collegeId).setParameter("campagne", campagneId).getResultList();
    }

    /** Writes the pending changes now (a concurrent change fails here rather than at commit). */
    public void flush() {
        em.flush();
    }

    /**
     * The individual interviews of the scope (a lycée, or every lycée of an académie) whose return is overdue on
     * {@code aujourdhui}: séance before the campagne's delay, convocation active, inscription neither withdrawn nor
     * « avis reçus », and no absence or excuse entered for that séance. By lycée, then date, then pupil.
     */
    public List<CompteRenduEnRetard> findComptesRendusEnRetard(Scope scope, Campagne campagne, LocalDate aujourdhui) {
        Objects.requireNonNull(scope, "Le périmètre est obligatoire.");
        String where = scope.isAcademie() ? "l.departement.academie.code = :p" : "l.id = :p";
        List<Object[]> lignes = enRetard(em.createQuery("SELECT i.id, el.nom, el.prenom, co.nom, d.libelle, l.id, l.nom,"
                        + " s.debut, i.statut" + EN_RETARD + where
                        + " ORDER BY l.nom, l.id, s.debut, el.nom, el.prenom, i.id", Object[].class), campagne, aujourdhui)
                .setParameter("p", scope.isAcademie() ? scope.academieCode() : scope.etablissementId().getAsLong())
                .getResultList();
        return lignes.stream().map(r -> {
            LocalDateTime debut = (LocalDateTime) r[7];
            return new CompteRenduEnRetard((Long) r[0], r[2] + " " + r[1], (String) r[3], (String) r[4], (Long) r[5],
                    (String) r[6], debut, campagne.dateLimiteCompteRendu(debut.toLocalDate()),
                    r[8] == StatutInscription.ENTRETIEN_PASSE);
        }).toList();
    }

    /**
     * The same overdue interviews as {@link #findComptesRendusEnRetard}, counted per lycée of the académie (optionally
     * of one département) in the database, for the académie's dashboard. Lycées without any are left out.
     */
    public List<RetardsComptesRendus> countComptesRendusEnRetardParLycee(String academieCode, String departementCode,
                                                                        Campagne campagne, LocalDate aujourdhui) {
        Objects.requireNonNull(academieCode, "L'académie est obligatoire.");
        String where = "l.departement.academie.code = :academie"
                + (departementCode == null ? "" : " AND l.departement.code = :departement");
        var query = enRetard(em.createQuery("SELECT l.id, l.nom, l.uai.code, l.departement.code, COUNT(i)" + EN_RETARD
                + where + " GROUP BY l.id, l.nom, l.uai.code, l.departement.code", Object[].class), campagne, aujourdhui)
                .setParameter("academie", academieCode);
        if (departementCode != null) {
            query.setParameter("departement", departementCode);
        }
        return query.getResultList().stream().map(r -> new RetardsComptesRendus((Long) r[0], (String) r[1],
                (String) r[2], (String) r[3], ((Number) r[4]).longValue())).toList();
    }

    /**
     * Séance before the campagne's delay, convocation active, inscription neither withdrawn nor « avis reçus », and
     * no absence or excuse entered for that séance; the caller appends its scope to the WHERE clause.
     */
    private static final String EN_RETARD = " FROM Convocation c JOIN c.seance s JOIN c.inscription i JOIN i.eleve el"
            + " JOIN el.college co JOIN i.domaine d JOIN i.lycee l"
            + " WHERE i.campagne.id = :campagne"
            + " AND c.statut = fr.passpro.domain.planning.StatutConvocation.ACTIVE"
            + " AND s.modalite = fr.passpro.domain.catalogue.ModaliteEntretien.INDIVIDUEL"
            + " AND s.annuleeLe IS NULL AND s.debut < :limite AND i.statut IN :statuts"
            + " AND NOT EXISTS (SELECT e FROM Entretien e WHERE e.inscription = i AND e.seance = s"
            + " AND e.presence <> fr.passpro.domain.entretien.Presence.PRESENT) AND ";

    private static <T> jakarta.persistence.TypedQuery<T> enRetard(jakarta.persistence.TypedQuery<T> query,
                                                                 Campagne campagne, LocalDate aujourdhui) {
        // Due on day D + delay inclusive: overdue when D < today - delay.
        LocalDateTime limite = aujourdhui.minusDays(campagne.getDelaiCompteRenduJours()).atStartOfDay();
        return query.setParameter("campagne", campagne.getId()).setParameter("limite", limite)
                .setParameter("statuts", List.of(StatutInscription.CONVOQUEE, StatutInscription.ENTRETIEN_PASSE));
    }

    public Optional<Etablissement> findLycee(long id) {
        return Optional.ofNullable(em.find(Etablissement.class, id));
    }
}
