package fr.passpro.web.planning;

import fr.passpro.application.entretien.EntretienService;
import fr.passpro.application.entretien.SaisieEntretien;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.entretien.Entretien;
import fr.passpro.domain.entretien.Presence;
import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.inscription.InscriptionHistorique;
import fr.passpro.domain.inscription.Voeu;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.web.util.Refus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lycée's page of one candidate's interview ({@code ?inscription=}): presence once the séance has begun, then for
 * an individual interview the compte rendu for the domaine and an avis on each vœu, with a formation the pupil
 * preferred if any; the history of every version. Another lycée's candidate answers 403.
 */
@Named
@ViewScoped
public class EntretienBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EntretienService entretiens;

    @Inject
    private Clock clock;

    private Long inscriptionId;
    private SaisieEntretien saisie;
    private Presence presence;
    private String compteRendu;
    /** Per formation id of a vœu: the avis being chosen (typed, so that Faces converts it). */
    private final Map<Long, ChoixAvis> avis = new HashMap<>();
    private Long formationAjouteeId;
    private Avis avisFormationAjoutee;

    public void load() {
        try {
            if (inscriptionId == null) {
                throw new NotFoundException(Textes.text("entretien.sansId"));
            }
            recharger();
        } catch (RuntimeException refus) {
            Refus.repondre(refus);
        }
    }

    private void recharger() {
        saisie = entretiens.saisie(inscriptionId);
        Entretien entretien = saisie.entretien();
        presence = entretien == null ? null : entretien.getPresence();
        compteRendu = entretien == null ? null : entretien.getCompteRendu().orElse(null);
        avis.clear();
        for (Voeu voeu : saisie.inscription().getVoeux()) {
            avis.put(voeu.getFormation().getId(), new ChoixAvis(voeu.getAvisAccueil().orElse(null)));
        }
        formationAjouteeId = null;
        avisFormationAjoutee = null;
    }

    public void enregistrerPresence() {
        try {
            entretiens.noterPresence(inscriptionId, presence);
            Textes.info(presence == Presence.PRESENT && saisie.isIndividuel() ? "entretien.presence.enregistree.suite"
                    : "entretien.presence.enregistree", nomEleve(), presence.libelle().toLowerCase(Textes.LOCALE));
            recharger();
        } catch (RuntimeException refus) {
            Textes.erreur(refus);
        }
    }

    /** Saves the compte rendu and every avis chosen, with the formation the pupil preferred if one is chosen. */
    public void enregistrerRetour() {
        if (formationAjouteeId != null && avisFormationAjoutee == null) {
            Textes.erreurCle("entretien.ajout.avisRequis", libelleFormation(formationAjouteeId));
            return;
        }
        Map<Long, Avis> choisis = new LinkedHashMap<>();
        avis.forEach((formation, choix) -> {
            if (choix.getAvis() != null) {
                choisis.put(formation, choix.getAvis());
            }
        });
        if (formationAjouteeId != null) {
            choisis.put(formationAjouteeId, avisFormationAjoutee);
        }
        try {
            Entretien entretien = entretiens.enregistrerRetour(inscriptionId, compteRendu, choisis);
            if (entretien.isRetourComplet()) {
                Textes.info("entretien.retour.complet", nomEleve());
            } else {
                Textes.avertissement("entretien.retour.incomplet", nomEleve());
            }
            recharger();
        } catch (RuntimeException refus) {
            Textes.erreur(refus);
        }
    }

    private String nomEleve() {
        return saisie.inscription().getEleve().getNomComplet();
    }

    private String libelleFormation(long id) {
        return saisie.formationsAjoutables().stream().filter(f -> f.getId() == id).map(Formation::getLibelle)
                .findFirst().orElse("");
    }

    /** Whether the presence may be entered now. */
    public boolean isPresenceSaisissable() {
        return saisie.modifiable() && saisie.seanceCommencee() && saisie.convocation() != null;
    }

    /** Whether the compte rendu and avis form is shown (individual interview, pupil entered present). */
    public boolean isRetourAttendu() {
        return saisie.isIndividuel() && saisie.entretien() != null
                && saisie.entretien().getPresence() == Presence.PRESENT;
    }

    /** Whether the return is due and past its last day. */
    public boolean isEnRetard() {
        return isRetourAttendu() && !saisie.entretien().isRetourComplet() && saisie.dateLimite() != null
                && saisie.dateLimite().isBefore(LocalDate.ofInstant(clock.instant(), Textes.PARIS));
    }

    public String dateLimite() {
        return saisie.dateLimite() == null ? "" : Textes.jour(saisie.dateLimite());
    }

    public String dateHeure(Instant instant) {
        return Textes.dateHeure(instant);
    }

    /** The history of the inscription, most recent first. */
    public List<InscriptionHistorique> getHistorique() {
        List<InscriptionHistorique> recentsDabord = new ArrayList<>(saisie.inscription().getHistorique());
        Collections.reverse(recentsDabord);
        return recentsDabord;
    }

    public Presence[] getPresences() {
        return Presence.values();
    }

    public Avis[] getAvisPossibles() {
        return Avis.values();
    }

    public int getCompteRenduMax() {
        return Entretien.COMPTE_RENDU_MAX;
    }

    public SaisieEntretien getSaisie() {
        return saisie;
    }

    /** What is chosen for this vœu. */
    public ChoixAvis choix(Voeu voeu) {
        return avis.computeIfAbsent(voeu.getFormation().getId(), k -> new ChoixAvis(null));
    }

    /** The avis chosen for one vœu in the form. */
    public static final class ChoixAvis implements Serializable {

        private static final long serialVersionUID = 1L;

        private Avis avis;

        ChoixAvis(Avis avis) {
            this.avis = avis;
        }

        public Avis getAvis() {
            return avis;
        }

        public void setAvis(Avis avis) {
            this.avis = avis;
        }
    }

    public Long getInscriptionId() {
        return inscriptionId;
    }

    public void setInscriptionId(Long inscriptionId) {
        this.inscriptionId = inscriptionId;
    }

    public Presence getPresence() {
        return presence;
    }

    public void setPresence(Presence presence) {
        this.presence = presence;
    }

    public String getCompteRendu() {
        return compteRendu;
    }

    public void setCompteRendu(String compteRendu) {
        this.compteRendu = compteRendu;
    }

    public Long getFormationAjouteeId() {
        return formationAjouteeId;
    }

    public void setFormationAjouteeId(Long formationAjouteeId) {
        this.formationAjouteeId = formationAjouteeId;
    }

    public Avis getAvisFormationAjoutee() {
        return avisFormationAjoutee;
    }

    public void setAvisFormationAjoutee(Avis avisFormationAjoutee) {
        this.avisFormationAjoutee = avisFormationAjoutee;
    }
}
