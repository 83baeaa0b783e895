package fr.passpro.web.inscription;

import fr.passpro.application.inscription.InscriptionService;
import fr.passpro.application.inscription.TableauCollege;
import fr.passpro.domain.inscription.StatutInscription;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The collège dashboard: its pupils, its inscriptions by statut, and what is missing: vœux without avis d'origine,
 * inscriptions whose personne référente is no longer active (the convocations would go to nobody who follows the pupil);
 * and the convocations received: interviews to come, and those the lycée still awaits an answer for. Everything is
 * counted in the database (issue 14); the lists of what is missing show their first rows.
 */
@Named
@RequestScoped
public class TableauCollegeBean {

    @Inject
    private InscriptionService inscriptions;

    private TableauCollege tableau;

    @PostConstruct
    void load() {
        tableau = inscriptions.tableauCollege();
    }

    public long getNombreEleves() {
        return tableau.nombreEleves();
    }

    /** Pupils of the collège with no inscription yet (withdrawn ones count as none). */
    public long getElevesSansInscription() {
        return tableau.elevesSansInscription();
    }

    public long getTotal() {
        return tableau.total();
    }

    public StatutInscription[] getStatuts() {
        return StatutInscription.values();
    }

    public long nombre(StatutInscription statut) {
        return tableau.nombre(statut);
    }

    /** The first inscriptions before their interview that still have a vœu without avis d'origine. */
    public List<TableauCollege.Manque> getSansAvis() {
        return tableau.sansAvis();
    }

    /** How many inscriptions lack an avis, when the dashboard lists only the first ones. */
    public long getNombreSansAvis() {
        return tableau.nombreSansAvis();
    }

    public long getVoeuxSansAvis() {
        return tableau.voeuxSansAvis();
    }

    /** The first inscriptions before their interview whose référent is no longer active. */
    public List<TableauCollege.Manque> getSansReferentActif() {
        return tableau.sansReferentActif();
    }

    public long getNombreSansReferent() {
        return tableau.nombreSansReferent();
    }

    /** Active convocations whose interview has not started yet. */
    public long getConvocationsAVenir() {
        return tableau.convocationsAVenir();
    }

    /** Of those, the ones the collège has not answered (presence or absence). */
    public long getConvocationsSansReponse() {
        return tableau.convocationsSansReponse();
    }

    public String badge(StatutInscription statut) {
        return InscriptionsBean.badge(statut);
    }
}
