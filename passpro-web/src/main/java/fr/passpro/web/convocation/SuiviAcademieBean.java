package fr.passpro.web.convocation;

import java.util.Optional;

import fr.passpro.application.planning.SuiviPlanningService;
import fr.passpro.domain.planning.suivi.BilanLycee;
import fr.passpro.domain.planning.suivi.Echeance;
import fr.passpro.domain.planning.suivi.SuiviAcademie;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Every lycée's candidates still to convoke, for the académie ({@code /academie/suivi-convocations.xhtml}). */
@Named
@RequestScoped
public class SuiviAcademieBean {

    @Inject
    private SuiviPlanningService suivi;

    private Optional<SuiviAcademie> suiviAcademie;

    @PostConstruct
    void load() {
        suiviAcademie = suivi.suiviDeLAcademie();
    }

    public boolean isPresent() {
        return suiviAcademie.isPresent();
    }

    public SuiviAcademie getSuivi() {
        return suiviAcademie.orElse(null);
    }

    public String getClasseAlerte() {
        return SuiviLyceeBean.classeAlerte(suiviAcademie.map(SuiviAcademie::aConvoquer).orElse(0L),
                suiviAcademie.map(SuiviAcademie::echeance).orElse(Echeance.LOINTAINE));
    }

    public String getEcheance() {
        return suiviAcademie.map(s -> Textes.text("suivi.academie." + s.echeance().name(), Textes.date(s.dateLimite())))
                .orElse("");
    }

    /** The badge of one lycée: up to date, to convoke, or late once the deadline is past. */
    public String etat(BilanLycee bilan) {
        if (bilan.isAJour()) {
            return Textes.text("suivi.academie.etat.ok");
        }
        return Textes.text(suiviAcademie.get().echeance() == Echeance.DEPASSEE ? "suivi.academie.etat.retard"
                : "suivi.academie.etat.aFaire");
    }

    public String classeEtat(BilanLycee bilan) {
        if (bilan.isAJour()) {
            return "fr-badge fr-badge--success";
        }
        return switch (suiviAcademie.get().echeance()) {
            case LOINTAINE -> "fr-badge fr-badge--info";
            case PROCHE -> "fr-badge fr-badge--warning";
            case DEPASSEE -> "fr-badge fr-badge--error";
        };
    }
}
