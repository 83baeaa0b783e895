package fr.passpro.web.planning;

import java.io.Serializable;
import java.util.List;

import fr.passpro.application.planning.CandidatsService;
import fr.passpro.application.planning.ApercuPlanification;
import fr.passpro.application.planning.PlanningService;
import fr.passpro.application.planning.ResultatPlanification;
import fr.passpro.domain.catalogue.Domaine;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * « Planifier automatiquement »: the lycée chooses a domaine, confirms, and the planner convokes every candidate of
 * that domaine not yet convoked into the free séances; the result says how many, and who could not be placed and why.
 */
@Named
@ViewScoped
public class PlanificationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanningService planning;

    @Inject
    private CandidatsService candidats;

    @Inject
    private SeancesBean seances;

    private List<Domaine> domaines;
    private Long domaineId;
    private boolean confirmation;
    private ResultatPlanification resultat;
    private ApercuPlanification apercu;

    @PostConstruct
    void init() {
        domaines = candidats.domaines();
    }

    /** First step: asks for a confirmation, since every convocation is mailed at once. */
    public void demander() {
        resultat = null;
        if (domaineId == null) {
            Textes.erreurCle("planifier.domaineManquant");
            return;
        }
        try {
            apercu = planning.apercuPlanification(domaineId);
            confirmation = true;
        } catch (RuntimeException refus) {
            apercu = null;
            Textes.erreur(refus);
        }
    }

    public void abandonner() {
        confirmation = false;
        apercu = null;
    }

    /** What the planner would do if confirmed now (issue 18): counts per séance, nobody convoked yet. */
    public ApercuPlanification getApercu() {
        return apercu;
    }

    public void planifier() {
        confirmation = false;
        apercu = null;
        if (domaineId == null) {
            return;
        }
        try {
            resultat = planning.planifier(domaineId);
            Textes.info("planifier.resultat", resultat.places(), resultat.nonPlaces().size());
            seances.rafraichir();
        } catch (RuntimeException refus) {
            Textes.erreur(refus);
        }
    }

    /** The libellé of the chosen domaine, for the confirmation. */
    public String getDomaineLibelle() {
        return domaines.stream().filter(d -> d.getId().equals(domaineId)).map(Domaine::getLibelle).findFirst()
                .orElse("");
    }

    public List<Domaine> getDomaines() {
        return domaines;
    }

    public Long getDomaineId() {
        return domaineId;
    }

    public void setDomaineId(Long domaineId) {
        this.domaineId = domaineId;
    }

    public boolean isConfirmation() {
        return confirmation;
    }

    public ResultatPlanification getResultat() {
        return resultat;
    }
}
