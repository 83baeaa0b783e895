package fr.passpro.application.courrier;

import fr.passpro.domain.courrier.Courrier;
import fr.passpro.infrastructure.persistence.CourrierRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where every use case drops the mails it sends. The mail is stored in the caller's transaction: it leaves only if
 * what it announces was committed, and {@link fr.passpro.infrastructure.mail.EnvoiCourriers} sends it within a
 * minute, with retries. No role is required: the callers are services that have checked theirs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Courriers {

    private static final Logger LOGGER = Logger.getLogger(Courriers.class.getName());

    @Inject
    private CourrierRepository courriers;

    @Inject
    private Clock clock;

    /**
     * Queues a mail built with {@link Courrier#nouveau} (e.g. with attachments).
     */
    public Courrier deposer(Courrier courrier) {
        courriers.ajouter(courrier);
        // never the subject: it often names a pupil, and the server log outlives the purge of the campagne
        LOGGER.log(Level.INFO, "Courriel déposé pour {0} destinataire(s), {1} pièce(s) jointe(s)",
                new Object[] { courrier.getDestinataires().size(), courrier.getPiecesJointes().size() });
        return courrier;
    }

    /**
     * Queues a mail to send now.
     *
     * @param html may be null
     */
    public Courrier deposer(List<String> destinataires, String objet, String texte, String html) {
        return deposer(Courrier.nouveau(destinataires, objet, texte, html, clock.instant()));
    }
}
