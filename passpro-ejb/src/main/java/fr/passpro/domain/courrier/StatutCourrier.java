package fr.passpro.domain.courrier;

/** Where a mail of the outbox stands. */
public enum StatutCourrier {
    /** Waiting for its next attempt ({@link Courrier#getProchainEssai()}). */
    EN_ATTENTE,
    /** Claimed by the worker of one Payara instance, being sent. */
    EN_COURS,
    /** Accepted by the SMTP server. */
    ENVOYE,
    /** Given up after {@link Courrier#TENTATIVES_MAX} attempts; an administrator may queue it again. */
    ECHEC;

    public static final int ENUM_MAX = 20;
}
