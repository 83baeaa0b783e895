package fr.passpro.web.inscription;

import java.io.Serializable;
import java.util.List;

import fr.passpro.application.inscription.InscriptionService;
import fr.passpro.application.inscription.TableauDeBord;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.inscription.Voeu;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The collège's inscriptions, filtered by statut ({@code ?statut=}, bookmarkable). */
@Named
@ViewScoped
public class InscriptionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InscriptionService inscriptions;

    private TableauDeBord tableau;
    private StatutInscription statut;

    @PostConstruct
    void load() {
        tableau = inscriptions.tableauDeBord();
    }

    public List<Inscription> getListe() {
        return statut == null ? tableau.inscriptions()
                : tableau.inscriptions().stream().filter(i -> i.getStatut() == statut).toList();
    }

    public long getTotal() {
        return tableau.total();
    }

    public StatutInscription[] getStatuts() {
        return StatutInscription.values();
    }

    public long nombre(StatutInscription s) {
        return tableau.nombre(s);
    }

    public StatutInscription getStatut() {
        return statut;
    }

    public void setStatut(StatutInscription statut) {
        this.statut = statut;
    }

    /** « 1 avis sur 2 », for the column of avis d'origine. */
    public long avisDonnes(Inscription inscription) {
        return inscription.getVoeux().stream().filter(Voeu::hasAvisOrigine).count();
    }

    /** The CSS class of a statut badge. */
    public static String badge(StatutInscription s) {
        return switch (s) {
            case INSCRITE -> "fr-badge pp-badge--info";
            case CONVOQUEE -> "fr-badge pp-badge--new";
            case ENTRETIEN_PASSE, AVIS_RECUS -> "fr-badge pp-badge--success";
            case RETIREE -> "fr-badge pp-badge--neutre";
        };
    }

    public String classeBadge(StatutInscription s) {
        return badge(s);
    }
}
