package fr.passpro.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The days the daily jobs have run ({@code execution_quotidienne}): with several Payara instances, each timer wakes
 * up, and only the first instance to claim the day runs the job.
 */
@Stateless
public class ExecutionsQuotidiennes {

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    /**
     * Claims the run of a daily job for one day, in the caller's transaction: true for the first instance to ask
     * (it runs the job and commits the claim with what the job wrote), false for every other. A second instance
     * asking while the first has not committed waits on the key, then gets false (or true if the first rolled back).
     */
    public boolean reserver(String traitement, LocalDate jour, Instant maintenant) {
        return em.createNativeQuery("INSERT IGNORE INTO execution_quotidienne (traitement, jour, instance, reservee_le)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, traitement)
                .setParameter(2, Date.valueOf(jour))
                .setParameter(3, instance())
                .setParameter(4, Timestamp.from(maintenant))
                .executeUpdate() == 1;
    }

    /** « instance@machine », which tells apart the runs of several instances. */
    private static String instance() {
        String nom = System.getProperty("com.sun.aas.instanceName", "passpro");
        try {
            nom = nom + "@" + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            // The instance name alone tells the runs apart on one machine.
        }
        return nom.length() > 100 ? nom.substring(0, 100) : nom;
    }
}
