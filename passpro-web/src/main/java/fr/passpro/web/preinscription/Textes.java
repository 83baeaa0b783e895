package fr.passpro.web.preinscription;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The French texts of the bundle {@code fr.passpro.web.preinscription} (var {@code pre}), for the beans. */
public final class Textes {

    public static final String BUNDLE = "fr.passpro.web.preinscription";

    private Textes() {
    }

    public static String texte(String cle, Object... arguments) {
        String motif = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH, Textes.class.getClassLoader()).getString(cle);
        return arguments.length == 0 ? motif : new MessageFormat(motif, Locale.FRENCH).format(arguments);
    }

    /** An error; the detail is left empty so that a message list showing details does not repeat the text. */
    public static void erreur(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, ""));
    }

    public static void info(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_INFO, message, ""));
    }
}
