package fr.passpro.web.util;

import fr.passpro.domain.shared.Francais;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * French elision for the texts a page formats itself ({@code h:outputFormat}):
 * {@code value="#{francais.elider(ins['inscription.heading'], nom)}"} turns « Inscription de {0} » into
 * « Inscription d’{0} » when the name asks for it. Beans' texts get it from {@link Messages#texte}.
 */
@Named("francais")
@ApplicationScoped
public class FrancaisView {

    public String elider(String pattern, Object premier) {
        return Francais.eliderDe(pattern, premier);
    }

    /** « d’Alice », « de Martin ». */
    public String de(String mot) {
        return Francais.de(mot);
    }
}
