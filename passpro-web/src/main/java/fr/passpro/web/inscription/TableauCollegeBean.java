package fr.passpro.web.inscription;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import fr.passpro.application.inscription.EleveService;
import fr.passpro.application.inscription.InscriptionService;
import fr.passpro.application.inscription.TableauDeBord;
import fr.passpro.application.planning.ConvocationService;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.planning.Convocation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The collège dashboard: its pupils, its inscriptions by statut, and what is missing: vœux without avis d'origine,
 * inscriptions whose personne référente is no longer active (the convocations would go to nobody who follows the pupil);
 * and the convocations received: interviews to come, and those the lycée still awaits an answer for.
 */
@Named
@RequestScoped
public class TableauCollegeBean {

    @Inject
    private InscriptionService inscriptions;

    @Inject
    private EleveService eleves;

    @Inject
    private ConvocationService convocations;

    @Inject
    private Clock clock;

    private TableauDeBord tableau;
    private List<Convocation> convocationsAVenir;
    private long nombreEleves;
    private List<Inscription> enCours;

    @PostConstruct
    void load() {
        tableau = inscriptions.tableauDeBord();
        nombreEleves = eleves.lister().size();
        enCours = tableau.inscriptions().stream().filter(i -> i.getStatut().isAvantEntretien()).toList();
    }

    public long getNombreEleves() {
        return nombreEleves;
    }

    /** Pupils of the collège with no inscription yet (withdrawn ones count as none). */
    public long getElevesSansInscription() {
        long inscrits = tableau.inscriptions().stream().filter(i -> !i.isRetiree()).map(i -> i.getEleve().getId())
                .distinct().count();
        return nombreEleves - inscrits;
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

    /** The inscriptions before their interview that still have a vœu without avis d'origine. */
    public List<Inscription> getSansAvis() {
        return enCours.stream().filter(i -> !i.isAvisOrigineComplet()).toList();
    }

    public long getVoeuxSansAvis() {
        return enCours.stream().flatMap(i -> i.getVoeux().stream()).filter(v -> !v.hasAvisOrigine()).count();
    }

    public long voeuxSansAvis(Inscription inscription) {
        return inscription.getVoeux().stream().filter(v -> !v.hasAvisOrigine()).count();
    }

    /** The inscriptions before their interview whose référent is no longer active. */
    public List<Inscription> getSansReferentActif() {
        return enCours.stream().filter(i -> !i.getReferent().isActif()).toList();
    }

    /** Active convocations whose interview has not started yet. */
    public long getConvocationsAVenir() {
        return convocationsAVenir().size();
    }

    /** Of those, the ones the collège has not answered (presence or absence). */
    public long getConvocationsSansReponse() {
        return convocationsAVenir().stream().filter(c -> c.getAccuse().isEmpty()).count();
    }

    private List<Convocation> convocationsAVenir() {
        if (convocationsAVenir == null) {
            LocalDateTime maintenant = LocalDateTime.now(clock.withZone(Pages.PARIS));
            convocationsAVenir = convocations.convocationsRecues().stream()
                    .filter(c -> c.isActive() && c.getSeance().getDebut().isAfter(maintenant)).toList();
        }
        return convocationsAVenir;
    }

    public String badge(StatutInscription statut) {
        return InscriptionsBean.badge(statut);
    }
}
