package fr.passpro.web.academie;

import fr.passpro.application.preinscription.PreinscriptionService;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.preinscription.Preinscription;
import fr.passpro.domain.shared.BusinessException;
import fr.passpro.web.preinscription.Textes;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The académie's queue of pre-registrations ({@code /academie/preinscriptions.xhtml}): validate or refuse each one. */
@Named
@ViewScoped
public class PreinscriptionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    @Inject
    private PreinscriptionService service;

    private List<Preinscription> demandes;

    @PostConstruct
    void charger() {
        demandes = service.enAttente();
    }

    public void valider(long id) {
        try {
            Preinscription p = service.valider(id, parametre("uai-" + id));
            Textes.info(null, Textes.texte("file.validee", p.getId(), p.getEleveNomComplet()));
            charger();
        } catch (BusinessException e) {
            Textes.erreur(null, e.getMessage());
        }
    }

    public void refuser(long id) {
        try {
            Preinscription p = service.refuser(id, parametre("motif-" + id));
            Textes.info(null, Textes.texte("file.refusee", p.getId()));
            charger();
        } catch (BusinessException e) {
            Textes.erreur(null, e.getMessage());
        }
    }

    public String date(java.time.LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateHeure(Instant instant) {
        return instant == null ? "" : DATE_HEURE.format(instant.atZone(Campagne.ZONE));
    }

    public List<Preinscription> getDemandes() {
        return demandes;
    }

    /** A field of the submitted form, typed by the admin for one pre-registration (UAI, reason); null if absent. */
    private static String parametre(String nom) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(nom);
    }
}
