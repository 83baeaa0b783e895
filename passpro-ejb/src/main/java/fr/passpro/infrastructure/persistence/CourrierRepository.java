package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.courrier.StatutCourrier;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox. Several Payara instances share it: a mail is sent by the instance that {@link #reserver claimed} it,
 * and a claim is a committed change of statut, so no two instances ever hold the same mail.
 */
@Stateless
public class CourrierRepository {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /** Persists a new mail in the caller's transaction: it leaves only if that transaction commits. */
    public Courrier ajouter(Courrier courrier) {
        em.persist(Objects.requireNonNull(courrier));
        return courrier;
    }

    public Optional<Courrier> findById(long id) {
        return Optional.ofNullable(em.find(Courrier.class, id));
    }

    /**
     * Claims at most {@code max} due mails for this instance, in a transaction of its own: the rows are read with
     * {@code FOR UPDATE SKIP LOCKED} (another instance claiming at the same moment skips them instead of waiting),
     * then marked {@link StatutCourrier#EN_COURS} until {@code jusquA}.
     *
     * @return the ids claimed, oldest due first
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> reserver(String instance, Instant maintenant, Instant jusquA, int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM courrier WHERE statut = 'EN_ATTENTE'"
                        + " AND prochain_essai <= ? ORDER BY prochain_essai, id LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(maintenant))
                .setParameter(2, max)
                .getResultList();
        List<Long> reserves = ids.stream().map(Number::longValue).toList();
        for (Long id : reserves) {
            em.createNativeQuery("UPDATE courrier SET statut = 'EN_COURS', reserve_par = ?, reserve_jusqu_a = ?,"
                            + " version = version + 1 WHERE id = ? AND statut = 'EN_ATTENTE'")
                    .setParameter(1, instance)
                    .setParameter(2, Timestamp.from(jusquA))
                    .setParameter(3, id)
                    .executeUpdate();
        }
        return reserves;
    }

    /** The claimed mail with its bodies and attachments, read in a transaction of its own before sending. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Courrier> chargerReserve(long id, String instance) {
        return Optional.ofNullable(em.find(Courrier.class, id))
                .filter(c -> c.getStatut() == StatutCourrier.EN_COURS && instance.equals(c.getReservePar()))
                .map(c -> {
                    c.getTexte();
                    c.getHtml();
                    c.getPiecesJointes().forEach(p -> {
                        p.getContenu();
                        p.getDonnees();
                    });
                    em.detach(c);
                    return c;
                });
    }

    /** Records that the SMTP server accepted the mail. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void marquerEnvoye(long id, Instant maintenant) {
        em.find(Courrier.class, id).envoye(maintenant);
    }

    /** Records a failed attempt: the mail waits for its next attempt, or is given up. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Courrier marquerEchec(long id, String erreur, Instant maintenant) {
        Courrier courrier = em.find(Courrier.class, id);
        courrier.echec(erreur, maintenant);
        return courrier;
    }

    /**
     * Gives back the mails whose claim expired (the instance stopped while sending): they wait again. Such a mail
     * may have been accepted by the SMTP server just before the stop; it is then sent a second time, the only case.
     *
     * @return how many
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int libererReservationsExpirees(Instant maintenant) {
        return em.createNativeQuery("UPDATE courrier SET statut = 'EN_ATTENTE', reserve_par = NULL,"
                        + " reserve_jusqu_a = NULL, derniere_erreur = 'Envoi interrompu (arrêt du serveur) : nouvel essai',"
                        + " version = version + 1 WHERE statut = 'EN_COURS' AND reserve_jusqu_a < ?")
                .setParameter(1, Timestamp.from(maintenant))
                .executeUpdate();
    }

    /**
     * Gives back mails this instance claimed but did not try (the mail server stopped answering in the middle of the
     * batch): they wait again, due at once, with no attempt counted.
     *
     * @return how many
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int rendre(Collection<Long> ids, String instance) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("UPDATE Courrier c SET c.statut = fr.passpro.domain.courrier.StatutCourrier.EN_ATTENTE,"
                        + " c.reservePar = NULL, c.reserveJusquA = NULL, c.version = c.version + 1"
                        + " WHERE c.id IN :ids AND c.statut = fr.passpro.domain.courrier.StatutCourrier.EN_COURS"
                        + " AND c.reservePar = :instance")
                .setParameter("ids", ids).setParameter("instance", instance)
                .executeUpdate();
    }

    /** The mails sent to this address, newest first (tests and support). */
    public List<Courrier> findByDestinataire(String adresse) {
        return em.createQuery("SELECT c FROM Courrier c WHERE c.destinataires LIKE :a ORDER BY c.id DESC", Courrier.class)
                .setParameter("a", "%" + adresse.replace("%", "").replace("_", "\\_") + "%")
                .getResultList();
    }
}
