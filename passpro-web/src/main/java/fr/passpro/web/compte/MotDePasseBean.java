package fr.passpro.web.compte;

import fr.passpro.application.compte.LienOuvert;
import fr.passpro.application.compte.MotDePasseService;
import fr.passpro.domain.shared.BusinessException;
import fr.passpro.web.util.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The public page {@code /mot-de-passe.xhtml?jeton=…}: the person who received a link chooses a password. The token
 * is checked by the service when the page opens and again when the form is sent; the password is never kept here
 * beyond the request.
 */
@Named
@ViewScoped
public class MotDePasseBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm")
            .withZone(ZoneId.of("Europe/Paris"));

    @Inject
    private MotDePasseService service;

    private String jeton;
    private LienOuvert lien;
    private String refus;
    private String loginDefini;

    private transient String motDePasse;
    private transient String confirmation;

    /** viewAction: reads the link once, on the GET of the page. */
    public void ouvrir() {
        try {
            lien = service.ouvrir(jeton);
            refus = null;
        } catch (BusinessException e) {
            lien = null;
            refus = e.getMessage();
        }
    }

    public void enregistrer() {
        if (motDePasse == null || motDePasse.isEmpty() || confirmation == null || confirmation.isEmpty()) {
            Messages.ajouter(FacesMessage.SEVERITY_ERROR, ComptesBean.texte("mdp.requis"));
            return;
        }
        try {
            loginDefini = service.definir(jeton, motDePasse.toCharArray(), confirmation.toCharArray());
        } catch (BusinessException e) {
            Messages.ajouter(FacesMessage.SEVERITY_ERROR, e.getMessage());
        } finally {
            motDePasse = null;
            confirmation = null;
        }
    }

    public String getPour() {
        return lien == null ? "" : ComptesBean.texte("mdp.pour", lien.prenom(), lien.nom(), lien.login(),
                DATE_HEURE.format(lien.expireLe()));
    }

    public String getFait() {
        return ComptesBean.texte("mdp.fait", loginDefini);
    }

    public boolean isOuvert() {
        return lien != null && loginDefini == null;
    }

    public boolean isDefini() {
        return loginDefini != null;
    }

    public String getRefus() {
        return refus;
    }

    public String getJeton() {
        return jeton;
    }

    public void setJeton(String jeton) {
        this.jeton = jeton;
    }

    public String getMotDePasse() {
        return motDePasse;
    }

    public void setMotDePasse(String motDePasse) {
        this.motDePasse = motDePasse;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
