package fr.passpro.application.audit;

import fr.passpro.domain.audit.AuditEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Writes the audit journal. Each line is committed in a transaction of its own: the refusal it records rolls the
 * caller's transaction back, the line must stay. The journal is append-only: this bean offers no change nor removal.
 */
@Stateless
public class JournalAudit {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    @Inject
    private OrigineRequete origine;

    @Inject
    private Clock clock;

    /**
     * Records one event now, with the client address of the current request if any, and commits it at once.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void enregistrer(String login, String action, String objetType, String objetId, String detail) {
        AuditEvent event = new AuditEvent(clock.instant(), login, adresseClient(), action, objetType, objetId, detail);
        em.persist(event);
        em.flush();
    }

    /**
     * Records the line of a change in the caller's transaction: the line and the change are committed, or rolled
     * back, together (a refusal, which rolls back, is recorded with {@link #enregistrer} instead).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enregistrerAvecLaModification(String login, String action, String objetType, String objetId,
                                              String detail) {
        em.persist(new AuditEvent(clock.instant(), login, adresseClient(), action, objetType, objetId, detail));
    }

    private String adresseClient() {
        try {
            return origine.adresse().orElse(null);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    /** The lines about one object, oldest first (for the académie's consultation and tests). */
    public List<AuditEvent> lignesSur(String objetType, String objetId) {
        return em.createNamedQuery(AuditEvent.FIND_BY_OBJET, AuditEvent.class)
                .setParameter("type", objetType)
                .setParameter("id", objetId)
                .getResultList();
    }
}
