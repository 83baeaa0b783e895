package fr.passpro.it.sql;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HTTP sessions of the web module by id, test only (added to the test deployment, never shipped), so that an
 * in-container test can weigh the session that its own HTTP client holds: the size of each attribute written with
 * Java serialization, as a session store or a cluster's replication would write it.
 */
@WebListener
public class Sessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Map<String, HttpSession> ouvertes = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        ouvertes.put(event.getSession().getId(), event.getSession());
    }

    /** The login gives the session a new id. */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String ancienId) {
        ouvertes.remove(ancienId);
        ouvertes.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ouvertes.remove(event.getSession().getId());
    }

    /** The serialized size of each attribute of the session whose cookie value is given (a route suffix is ignored). */
    static Map<String, Integer> tailles(String cookie) {
        String id = cookie.contains(".") ? cookie.substring(0, cookie.indexOf('.')) : cookie;
        HttpSession session = ouvertes.get(id);
        if (session == null) {
            session = ouvertes.get(cookie);
        }
        if (session == null) {
            throw new IllegalStateException("Session " + cookie + " inconnue parmi " + ouvertes.keySet());
        }
        Map<String, Integer> tailles = new LinkedHashMap<>();
        for (String nom : Collections.list(session.getAttributeNames())) {
            tailles.put(nom, taille(session.getAttribute(nom)));
        }
        return tailles;
    }

    /** What the session's view-scoped beans weigh, bean by bean (key of the view map and class), to find the heavy ones. */
    static Map<String, Integer> beansDeVue(String cookie) {
        String id = cookie.contains(".") ? cookie.substring(0, cookie.indexOf('.')) : cookie;
        HttpSession session = ouvertes.getOrDefault(id, ouvertes.get(cookie));
        Map<String, Integer> tailles = new LinkedHashMap<>();
        Object vues = session == null ? null : session.getAttribute("com.sun.faces.application.view.activeViewMaps");
        if (vues instanceof Map<?, ?> parVue) {
            for (Object vue : parVue.values()) {
                if (vue instanceof Map<?, ?> contenu) {
                    contenu.forEach((cle, valeur) -> detailler(String.valueOf(cle), valeur, tailles));
                }
            }
        }
        return tailles;
    }

    private static void detailler(String cle, Object valeur, Map<String, Integer> tailles) {
        if (valeur instanceof Map<?, ?> beans && !beans.isEmpty()) {
            beans.forEach((k, v) -> tailles.merge(cle + "/" + k + " (" + (v == null ? "null" : v.getClass().getSimpleName())
                    + ")", taille(v), Integer::sum));
        } else {
            tailles.merge(cle + " (" + (valeur == null ? "null" : valeur.getClass().getSimpleName()) + ")", taille(valeur),
                    Integer::sum);
        }
    }

    /** Classes met in the sessions weighed that Java serialization refuses (they would break a session store). */
    static final java.util.Set<String> nonSerialisables = ConcurrentHashMap.newKeySet();

    /**
     * The serialized size of a value; an object that is not serializable is counted as its class name and
     * recorded in {@link #nonSerialisables}, so that the rest of the graph is still weighed.
     */
    private static int taille(Object valeur) {
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(octets) {
            {
                enableReplaceObject(true);
            }

            @Override
            protected Object replaceObject(Object objet) {
                // A reference to an EJB is written by Payara's own session store (as a handle), not by plain Java
                // serialization: weighed as its class name, and not reported.
                if (objet != null && objet.getClass().getName().contains("__EJB31_Generated__")) {
                    return objet.getClass().getName();
                }
                if (objet != null && !(objet instanceof java.io.Serializable)) {
                    nonSerialisables.add(objet.getClass().getName());
                    return "non sérialisable : " + objet.getClass().getName();
                }
                return objet;
            }
        }) {
            out.writeObject(valeur);
        } catch (IOException e) {
            nonSerialisables.add(valeur.getClass().getName() + " (" + e + ")");
        }
        return octets.size();
    }
}
