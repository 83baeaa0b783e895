package fr.passpro.web.convocation;

import java.util.Optional;

import fr.passpro.application.planning.SuiviPlanningService;
import fr.passpro.domain.planning.suivi.CandidatAConvoquer;
import fr.passpro.domain.planning.suivi.Echeance;
import fr.passpro.domain.planning.suivi.SuiviLycee;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The block of the lycée dashboard that says how many of its candidates are still to convoke, and by when. */
@Named
@RequestScoped
public class SuiviLyceeBean {

    @Inject
    private SuiviPlanningService suivi;

    private Optional<SuiviLycee> suiviLycee;

    @PostConstruct
    void load() {
        suiviLycee = suivi.suiviDuLycee();
    }

    public boolean isPresent() {
        return suiviLycee.isPresent();
    }

    public SuiviLycee getSuivi() {
        return suiviLycee.orElse(null);
    }

    /** The DSFR alert: success when nobody is left, otherwise info, warning a week before, error once past. */
    public String getClasseAlerte() {
        return classeAlerte(suiviLycee.map(s -> s.bilan().aConvoquer()).orElse(0L),
                suiviLycee.map(SuiviLycee::echeance).orElse(Echeance.LOINTAINE));
    }

    /** The sentence on the deadline, for the state of the campagne. */
    public String getEcheance() {
        return suiviLycee.map(s -> Textes.text("suivi.lycee." + s.echeance().name(), Textes.date(s.dateLimite())))
                .orElse("");
    }

    public String candidat(CandidatAConvoquer c) {
        return Textes.text("suivi.candidat", c.prenom(), c.nom(), c.college(), c.domaine());
    }

    static String classeAlerte(long aConvoquer, Echeance echeance) {
        if (aConvoquer == 0) {
            return "fr-alert fr-alert--success";
        }
        return switch (echeance) {
            case LOINTAINE -> "fr-alert fr-alert--info";
            case PROCHE -> "fr-alert fr-alert--warning";
            case DEPASSEE -> "fr-alert fr-alert--error";
        };
    }
}
