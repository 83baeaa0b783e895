package fr.passpro.web.academie;

import fr.passpro.application.delai.ExceptionDelaiService;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.ExceptionDelai;
import fr.passpro.domain.shared.BusinessException;
import fr.passpro.web.preinscription.Textes;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The delays granted to établissements d'origine after the end of registration ({@code /academie/exceptions-delai.xhtml}). */
@Named
@ViewScoped
public class ExceptionsDelaiBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm");

    @Inject
    private ExceptionDelaiService service;

    private Campagne campagne;
    private List<Etablissement> etablissements;
    private List<ExceptionDelai> exceptions;

    private Long etablissementId;
    private LocalDate dernierJour;
    private String motif;

    @PostConstruct
    void charger() {
        try {
            campagne = service.campagne();
        } catch (BusinessException e) {
            campagne = null;
        }
        etablissements = service.etablissementsOrigine();
        exceptions = service.lister();
    }

    public void accorder() {
        if (etablissementId == null) {
            Textes.erreur("delai-form:etablissement", Textes.texte("form.requis", Textes.texte("delai.etablissement")));
            return;
        }
        try {
            ExceptionDelai x = service.accorder(etablissementId, dernierJour, motif);
            Textes.info(null, Textes.texte("delai.accorde", x.getCollege().getNom(), DATE.format(dernierJour)));
            etablissementId = null;
            dernierJour = null;
            motif = null;
            exceptions = service.lister();
        } catch (BusinessException e) {
            Textes.erreur(null, e.getMessage());
        }
    }

    /** The last day included of a delay whose end is exclusive. */
    public String dernierJourDe(ExceptionDelai x) {
        return DATE.format(x.getJusquA().atZone(Campagne.ZONE).toLocalDate().minusDays(1));
    }

    public String dateHeure(Instant instant) {
        return instant == null ? "" : DATE_HEURE.format(instant.atZone(Campagne.ZONE));
    }

    public String getClotureInscriptions() {
        return Optional.ofNullable(campagne).map(c -> DATE.format(c.getDateClotureInscriptions())).orElse("");
    }

    public String getFermeture() {
        return Optional.ofNullable(campagne).map(c -> DATE.format(c.getDateFermeture())).orElse("");
    }

    public boolean isAvecCampagne() {
        return campagne != null;
    }

    public List<Etablissement> getEtablissements() {
        return etablissements;
    }

    public List<ExceptionDelai> getExceptions() {
        return exceptions;
    }

    public Long getEtablissementId() {
        return etablissementId;
    }

    public void setEtablissementId(Long etablissementId) {
        this.etablissementId = etablissementId;
    }

    public LocalDate getDernierJour() {
        return dernierJour;
    }

    public void setDernierJour(LocalDate dernierJour) {
        this.dernierJour = dernierJour;
    }

    public String getMotif() {
        return motif;
    }

    public void setMotif(String motif) {
        this.motif = motif;
    }
}
