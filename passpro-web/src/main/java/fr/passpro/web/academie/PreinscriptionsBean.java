package fr.passpro.web.academie;

import fr.passpro.application.preinscription.PreinscriptionService;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.preinscription.Preinscription;
import fr.passpro.domain.shared.BusinessException;
import fr.passpro.web.preinscription.Textes;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /** Per pre-registration id: the UAI the admin typed, the reason of a refusal. */
    private final Map<Long, String> uais = new HashMap<>();
    private final Map<Long, String> motifs = new HashMap<>();

    @PostConstruct
    void charger() {
        demandes = service.enAttente();
    }

    public void valider(long id) {
        try {
            Preinscription p = service.valider(id, uais.get(id));
            Textes.info(null, Textes.texte("file.validee", p.getId(), p.getEleveNomComplet()));
            charger();
        } catch (BusinessException e) {
            Textes.erreur(null, e.getMessage());
        }
    }

    public void refuser(long id) {
        try {
            Preinscription p = service.refuser(id, motifs.get(id));
            Textes.info(null, Textes.texte("file.refusee", p.getId()));
            motifs.remove(id);
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

    public Map<Long, String> getUais() {
        return uais;
    }

    public Map<Long, String> getMotifs() {
        return motifs;
    }
}
