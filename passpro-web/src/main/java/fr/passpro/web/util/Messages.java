package fr.passpro.web.util;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** The French messages of the resource bundle {@code fr.passpro.web.messages}, for beans that add Faces messages. */
public final class Messages {

    public static final String BUNDLE = "fr.passpro.web.messages";
    public static final Locale LOCALE = Locale.FRENCH;

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        return texte(BUNDLE, key, arguments);
    }

    /** A text of any bundle of the web module, in French, formatted with its arguments (none: as written). */
    public static String texte(String bundle, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(bundle, LOCALE, Messages.class.getClassLoader()).getString(key);
        // « de {0} » with « Alice Martin » reads « d’Alice Martin »
        return arguments.length == 0 ? pattern
                : new MessageFormat(fr.passpro.domain.shared.Francais.eliderDe(pattern, arguments), LOCALE).format(arguments);
    }

    /** A page-wide message; its text is the summary, which the layout shows. */
    public static void ajouter(FacesMessage.Severity gravite, String texte) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(gravite, texte, null));
    }

    public static void error(FacesContext context, String clientId, String key, Object... arguments) {
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    public static void info(FacesContext context, String clientId, String key, Object... arguments) {
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }
}
