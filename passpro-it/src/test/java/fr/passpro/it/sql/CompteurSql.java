package fr.passpro.it.sql;

import fr.passpro.domain.etablissement.Etablissement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.factories.SessionManager;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Counts the SQL statements that Passpro's persistence unit sends to MariaDB, test only: a listener of EclipseLink's
 * session events ({@code postExecuteCall}, raised once per statement executed, whichever session or unit of work of
 * the server session runs it, and never for a read answered by the cache) is added at run time to the server session
 * of this deployment. Statements sent through plain JDBC (Flyway, the batch runtime) are not counted.
 *
 * <p>The count is global to the server: the test reads it around one HTTP request at a time, with the background
 * mail sender switched off, so that what it counts is that request's statements.
 */
final class CompteurSql {

    private static final Object VERROU = new Object();
    private static boolean installe;
    private static final List<String> instructions = new ArrayList<>();

    private CompteurSql() {
    }

    /** Adds the listener to the server session of this deployment, once. */
    static void installer() {
        synchronized (VERROU) {
            if (installe) {
                return;
            }
            ServerSession session = serverSession();
            session.getEventManager().addListener(new SessionEventAdapter() {
                @Override
                public void postExecuteCall(SessionEvent event) {
                    String sql = event.getCall() instanceof org.eclipse.persistence.internal.databaseaccess.DatabaseCall call
                            ? call.getSQLString() : String.valueOf(event.getCall());
                    synchronized (VERROU) {
                        instructions.add(sql);
                    }
                }
            });
            installe = true;
        }
    }

    /** Forgets what was counted. */
    static void remettreAZero() {
        synchronized (VERROU) {
            instructions.clear();
        }
    }

    /** The statements executed since the last reset, in order. */
    static List<String> instructions() {
        synchronized (VERROU) {
            return List.copyOf(instructions);
        }
    }

    /**
     * The server session of the persistence unit deployed with this test: EclipseLink registers every JPA server session
     * in its global session manager; this deployment's is the one that maps this class loader's Etablissement.
     */
    private static ServerSession serverSession() {
        for (Session session : SessionManager.getManager().getSessions().values()) {
            if (session instanceof ServerSession server && server.isConnected()
                    && server.getDescriptors().containsKey(Etablissement.class)) {
                return server;
            }
        }
        throw new IllegalStateException("Session EclipseLink de Passpro introuvable parmi "
                + SessionManager.getManager().getSessions().keySet());
    }
}
