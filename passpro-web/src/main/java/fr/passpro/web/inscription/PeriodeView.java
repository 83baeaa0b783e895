package fr.passpro.web.inscription;

import fr.passpro.application.inscription.EleveService;
import fr.passpro.application.inscription.PeriodeInscription;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether the collège pages accept changes now, and the banner that says why not and until when. The services check
 * the same deadlines: this only spares the person a form that would be refused.
 */
@Named("periodeInscription")
@RequestScoped
public class PeriodeView {

    @Inject
    private EleveService eleves;

    private PeriodeInscription periode;

    @PostConstruct
    void load() {
        periode = eleves.periode();
    }

    /** Pupils, inscriptions, vœux and avis d'origine may be changed now. */
    public boolean isOuverte() {
        return periode.isOuverte();
    }

    public boolean isLectureSeule() {
        return !periode.isOuverte();
    }

    public boolean isRetraitPossible() {
        return periode.isRetraitPossible();
    }

    /** The banner text: open until when, or read-only and why. */
    public String getBandeau() {
        if (!periode.isCampagnePresente()) {
            return Pages.text("periode.aucuneCampagne");
        }
        if (periode.isPasEncoreOuverte()) {
            return Pages.text("periode.avant", Pages.date(periode.getDebut().atZone(Pages.PARIS).toLocalDate()),
                    Pages.fin(periode.getFin()));
        }
        if (periode.isOuverte()) {
            return Pages.text(periode.isProlongee() ? "periode.ouverte.prolongee" : "periode.ouverte",
                    Pages.fin(periode.getFin()));
        }
        return Pages.text(periode.isRetraitPossible() ? "periode.close.retraits" : "periode.close",
                Pages.fin(periode.getFin()), Pages.fin(periode.getFinRetraits()));
    }
}
