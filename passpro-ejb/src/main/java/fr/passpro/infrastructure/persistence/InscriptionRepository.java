package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.ExceptionDelai;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.InscriptionEnDoubleException;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.scope.Scope;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Inscriptions, the delays granted to collèges, and the catalogue references an inscription is made of. */
@Stateless
public class InscriptionRepository {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /** One inscription, empty if it does not exist or lies outside the scope. */
    public Optional<Inscription> findVisibleById(Scope scope, long id) {
        Objects.requireNonNull(scope, "Le périmètre est obligatoire.");
        var query = scope.isAcademie()
                ? em.createNamedQuery(Inscription.FIND_BY_ID_AND_ACADEMIE, Inscription.class)
                        .setParameter("academie", scope.academieCode())
                : em.createNamedQuery(Inscription.FIND_BY_ID_AND_COLLEGE, Inscription.class)
                        .setParameter("collegeId", scope.etablissementId().getAsLong());
        return query.setParameter("id", id).getResultStream().findFirst();
    }

    /** An inscription for which this lycée is accueil-référent (one of its candidates), empty otherwise. */
    public Optional<Inscription> findCandidat(long lyceeId, long id) {
        return em.createQuery("SELECT i FROM Inscription i WHERE i.id = :id AND i.lycee.id = :lycee", Inscription.class)
                .setParameter("id", id).setParameter("lycee", lyceeId).getResultStream().findFirst();
    }

    /** Whether an inscription has this id, whoever may see it: only to tell a refused access from a missing one. */
    public boolean exists(long id) {
        return em.createNamedQuery(Inscription.COUNT_BY_ID, Long.class).setParameter("id", id).getSingleResult() > 0;
    }

    /** The pupil's inscription in this domaine, withdrawn or not. The caller has checked it may see the pupil. */
    public Optional<Inscription> findByEleveAndDomaine(long eleveId, long domaineId) {
        return em.createNamedQuery(Inscription.FIND_BY_ELEVE_AND_DOMAINE, Inscription.class)
                .setParameter("eleveId", eleveId)
                .setParameter("domaineId", domaineId)
                .getResultStream()
                .findFirst();
    }

    /**
     * As {@link #findByEleveAndDomaine}, in a transaction of its own: reads the inscription a concurrent request has
     * just committed, after the current transaction failed on the unique key.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Inscription> findByEleveAndDomaineHorsTransaction(long eleveId, long domaineId) {
        return findByEleveAndDomaine(eleveId, domaineId);
    }

    /** The inscriptions this scope sees in a campagne, ordered by pupil then domaine. */
    public List<Inscription> findVisible(Scope scope, long campagneId) {
        Objects.requireNonNull(scope, "Le périmètre est obligatoire.");
        var query = scope.isAcademie()
                ? em.createNamedQuery(Inscription.FIND_BY_ACADEMIE, Inscription.class)
                        .setParameter("academie", scope.academieCode())
                : em.createNamedQuery(Inscription.FIND_BY_COLLEGE, Inscription.class)
                        .setParameter("collegeId", scope.etablissementId().getAsLong());
        return withTheirLinks(query.setParameter("campagneId", campagneId)).getResultList();
    }

    /** The inscriptions of one pupil in a campagne (the caller checks the pupil is in scope), by domaine. */
    public List<Inscription> findByEleve(long eleveId, long campagneId) {
        return withTheirLinks(em.createQuery("SELECT i FROM Inscription i WHERE i.eleve.id = :eleveId"
                        + " AND i.campagne.id = :campagneId ORDER BY i.domaine.libelle, i.id", Inscription.class)
                .setParameter("eleveId", eleveId).setParameter("campagneId", campagneId)).getResultList();
    }

    /**
     * Lists show each inscription's pupil, référent and vœux: EclipseLink reads them for the whole list in one query
     * each (batch fetch by IN) rather than one query per inscription.
     */
    private static TypedQuery<Inscription> withTheirLinks(TypedQuery<Inscription> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "i.eleve")
                .setHint("eclipselink.batch", "i.referent")
                .setHint("eclipselink.batch", "i.voeux");
    }

    /** How many inscriptions this scope sees in each statut; every statut is present, possibly with 0. */
    public Map<StatutInscription, Long> countByStatut(Scope scope, long campagneId) {
        Objects.requireNonNull(scope, "Le périmètre est obligatoire.");
        var query = scope.isAcademie()
                ? em.createNamedQuery(Inscription.COUNT_BY_STATUT_AND_ACADEMIE, Object[].class)
                        .setParameter("academie", scope.academieCode())
                : em.createNamedQuery(Inscription.COUNT_BY_STATUT_AND_COLLEGE, Object[].class)
                        .setParameter("collegeId", scope.etablissementId().getAsLong());
        Map<StatutInscription, Long> counts = new EnumMap<>(StatutInscription.class);
        for (StatutInscription statut : StatutInscription.values()) {
            counts.put(statut, 0L);
        }
        for (Object[] row : query.setParameter("campagneId", campagneId).getResultList()) {
            counts.put((StatutInscription) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * Persists a new inscription and flushes, so that the unique key (one per pupil and domaine) is checked now.
     *
     * @throws InscriptionEnDoubleException when the key refuses it (a concurrent request registered the pupil in the
     *                                      same domaine); the transaction is then rolled back
     */
    public Inscription ajouter(Inscription inscription) {
        em.persist(inscription);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (violates(e, Inscription.UK_ELEVE_DOMAINE)) {
                throw new InscriptionEnDoubleException(inscription.getEleve(), inscription.getDomaine());
            }
            throw e;
        }
        return inscription;
    }

    /** Whether a database constraint of this name refused the statement behind this exception. */
    static boolean violates(Throwable failure, String constraint) {
        String name = constraint.toLowerCase(Locale.ROOT);
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            boolean integrity = !(t instanceof SQLException sql) || sql.getSQLState() == null
                    || sql.getSQLState().startsWith("23");
            if (integrity && t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The delays granted to this collège for this campagne, latest end first. */
    public List<ExceptionDelai> findExceptionsDelai(long collegeId, long campagneId) {
        return em.createNamedQuery(ExceptionDelai.FIND_BY_COLLEGE_AND_CAMPAGNE, ExceptionDelai.class)
                .setParameter("collegeId", collegeId)
                .setParameter("campagneId", campagneId)
                .getResultList();
    }

    public ExceptionDelai ajouterExceptionDelai(ExceptionDelai exception) {
        em.persist(exception);
        return exception;
    }

    /** A domaine of the catalogue (domaines are public). */
    public Optional<Domaine> findDomaine(long id) {
        return Optional.ofNullable(em.find(Domaine.class, id));
    }

    /** A formation of the catalogue (the catalogue is public; the inscription checks campagne, domaine and lycée). */
    public Optional<Formation> findFormation(long id) {
        return Optional.ofNullable(em.find(Formation.class, id));
    }

    /** An établissement, e.g. the lycée accueil-référent chosen from the catalogue. */
    public Optional<Etablissement> findEtablissement(long id) {
        return Optional.ofNullable(em.find(Etablissement.class, id));
    }

    /** The active formations of a campagne's catalogue (public), by domaine then libellé. */
    public List<Formation> findFormationsActives(long campagneId) {
        return em.createNamedQuery(Formation.FIND_ACTIVE_BY_CAMPAGNE, Formation.class)
                .setParameter("campagneId", campagneId)
                .getResultList();
    }

    /** The pupils of these inscriptions (each once), e.g. to link a mail that names them. */
    public List<Long> findEleveIds(java.util.Collection<Long> inscriptionIds) {
        if (inscriptionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT i.eleve.id FROM Inscription i WHERE i.id IN :ids", Long.class)
                .setParameter("ids", inscriptionIds)
                .getResultList();
    }
}
