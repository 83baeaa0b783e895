package fr.passpro.web.catalogue;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

import fr.passpro.application.catalogue.CatalogueService;
import fr.passpro.domain.catalogue.consultation.FormationDetail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The page of one formation, {@code /catalogue/formation.xhtml?id=…}: an unknown id, or a formation outside the
 * caller's catalogue, gives the « page introuvable » answer (HTTP 404), never an error.
 */
@Named
@RequestScoped
public class FormationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogueService catalogue;

    private String id;
    private FormationDetail detail;

    /** The view action: loads the formation or answers 404. */
    public void charger() throws IOException {
        Optional<FormationDetail> found = id != null && id.matches("\\d{1,18}")
                ? catalogue.formation(Long.parseLong(id)) : Optional.empty();
        if (found.isEmpty()) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(404, "Formation introuvable");
            context.responseComplete();
            return;
        }
        detail = found.get();
    }

    public String getFicheUrl() {
        return "/catalogue/fiche-preparation?id=" + detail.formation().id();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public FormationDetail getDetail() {
        return detail;
    }
}
