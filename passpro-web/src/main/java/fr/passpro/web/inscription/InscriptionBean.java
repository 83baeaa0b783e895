package fr.passpro.web.inscription;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.passpro.application.audit.HistoriqueConvocations;
import fr.passpro.application.entretien.EntretienService;
import fr.passpro.application.inscription.InscriptionService;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.entretien.RetourEntretien;
import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Voeu;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One inscription ({@code ?id=}): its vœux with the avis d'origine, which only the chef d'établissement gives (the
 * other staff read them), its withdrawal after a confirmation, and its history. Another collège's inscription gets a
 * 403.
 */
@Named
@ViewScoped
public class InscriptionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InscriptionService inscriptions;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EntretienService entretiens;

    private Long id;
    private Inscription inscription;
    /** Per formation id: the avis and commentaire being typed (typed, so that Faces converts the avis). */
    private final Map<Long, SaisieAvis> saisies = new HashMap<>();
    private boolean confirmationRetrait;
    private Long nouveauReferentId;
    private List<fr.passpro.domain.inscription.Referent> referentsActifs;
    /** The lycée's compte rendu and avis, once they are all in. */
    private RetourEntretien retour;
    private List<HistoriqueConvocations.Ligne> historique;

    @Inject
    private HistoriqueConvocations historiqueConvocations;

    @Inject
    private fr.passpro.application.inscription.ReferentService referents;

    public void load() {
        if (id == null) {
            Pages.repondreIntrouvable(new fr.passpro.domain.shared.NotFoundException(Pages.text("inscription.sansId")));
            return;
        }
        try {
            recharger();
        } catch (RuntimeException refus) {
            Pages.repondreIntrouvable(refus);
        }
    }

    private void recharger() {
        inscription = inscriptions.get(id);
        historique = null;
        retour = entretiens.retourPourLeCollege(id).orElse(null);
        nouveauReferentId = inscription.getReferent().isActif() ? inscription.getReferent().getId() : null;
        saisies.clear();
        for (Voeu voeu : inscription.getVoeux()) {
            SaisieAvis saisie = new SaisieAvis();
            saisie.setAvis(voeu.getAvisOrigine().orElse(null));
            saisie.setCommentaire(voeu.getCommentaireOrigine());
            saisies.put(voeu.getFormation().getId(), saisie);
        }
    }

    /** Saves the chef's avis and commentaire on one vœu. */
    public void donnerAvis(Voeu voeu) {
        SaisieAvis saisie = saisie(voeu);
        try {
            inscriptions.donnerAvisOrigine(id, voeu.getFormation().getId(), saisie.getAvis(), saisie.getCommentaire());
            Pages.info("avis.enregistre", voeu.getFormation().getLibelle());
            recharger();
        } catch (RuntimeException refus) {
            Pages.erreur(refus);
        }
    }

    /** Moves a vœu one rank up (towards the pupil's first choice) or down. */
    public void deplacerVoeu(Voeu voeu, boolean versLeHaut) {
        try {
            inscriptions.deplacerVoeu(id, voeu.getFormation().getId(), versLeHaut);
            recharger();
            int rang = inscription.voeuDeFormation(voeu.getFormation().getId()).map(Voeu::getRang).orElse(0);
            Pages.info("voeu.deplace", voeu.getFormation().getLibelle(), rang);
        } catch (RuntimeException refus) {
            Pages.erreur(refus);
        }
    }

    /** « Monter le vœu 2 : Vente » for a screen reader: the button's text alone does not say which vœu. */
    public String libelleDeplacement(Voeu voeu, boolean versLeHaut) {
        return Pages.text(versLeHaut ? "voeu.monter.aria" : "voeu.descendre.aria", voeu.getRang(),
                voeu.getFormation().getLibelle());
    }

    /** The collège may still reorder the vœux: before the interview and not withdrawn (the page checks the period). */
    public boolean isOrdreModifiable() {
        return inscription.getStatut().isAvantEntretien();
    }

    /** Another active référent follows the pupil from now on. */
    public void changerReferent() {
        try {
            inscriptions.changerReferent(id, nouveauReferentId == null ? 0 : nouveauReferentId);
            Pages.info("referent.change", inscription.getEleve().getNomComplet());
            recharger();
        } catch (RuntimeException refus) {
            Pages.erreur(refus);
        }
    }

    public List<fr.passpro.domain.inscription.Referent> getReferentsActifs() {
        if (referentsActifs == null) {
            referentsActifs = referents.listerActifs();
        }
        return referentsActifs;
    }

    public Long getNouveauReferentId() {
        return nouveauReferentId;
    }

    public void setNouveauReferentId(Long nouveauReferentId) {
        this.nouveauReferentId = nouveauReferentId;
    }

    public void demanderRetrait() {
        confirmationRetrait = true;
    }

    public void annulerRetrait() {
        confirmationRetrait = false;
    }

    public void retirer() {
        try {
            inscriptions.retirer(id);
            confirmationRetrait = false;
            Pages.info("retrait.fait", inscription.getEleve().getNomComplet(), inscription.getDomaine().getLibelle());
            recharger();
        } catch (RuntimeException refus) {
            confirmationRetrait = false;
            Pages.erreur(refus);
        }
    }

    /** The chef may give the avis now: before the interview and (the page checks the period) not withdrawn. */
    public boolean isAvisModifiable() {
        return isChef() && inscription.getStatut().isAvantEntretien();
    }

    public boolean isRetirable() {
        return inscription.getStatut().isAvantEntretien();
    }

    public boolean isChef() {
        return currentUser.account().map(Account::isChefEtablissement).orElse(false);
    }

    public Avis[] getAvisPossibles() {
        return Avis.values();
    }

    /** The inscription's own lines and those of its convocations and séances, the latest first, authors by name. */
    public List<HistoriqueConvocations.Ligne> getHistorique() {
        if (historique == null) {
            historique = historiqueConvocations.historique(id);
        }
        return historique;
    }

    public String jour(java.time.LocalDate date) {
        return Pages.date(date);
    }

    public String dateHeure(java.time.Instant instant) {
        return Pages.dateHeure(instant);
    }

    public String avisLibelle(Voeu voeu) {
        return voeu.getAvisOrigine().map(Avis::libelle).orElse(Pages.text("avis.aucun"));
    }

    public String badge(fr.passpro.domain.inscription.StatutInscription statut) {
        return InscriptionsBean.badge(statut);
    }

    public int getCommentaireMax() {
        return Voeu.COMMENTAIRE_MAX;
    }

    /** What the chef is typing for this vœu. */
    public SaisieAvis saisie(Voeu voeu) {
        return saisies.computeIfAbsent(voeu.getFormation().getId(), k -> new SaisieAvis());
    }

    /** The avis and commentaire of one vœu in the form. */
    public static final class SaisieAvis implements Serializable {

        private static final long serialVersionUID = 1L;

        private Avis avis;
        private String commentaire;

        public Avis getAvis() {
            return avis;
        }

        public void setAvis(Avis avis) {
            this.avis = avis;
        }

        public String getCommentaire() {
            return commentaire;
        }

        public void setCommentaire(String commentaire) {
            this.commentaire = commentaire;
        }
    }

    public RetourEntretien getRetour() {
        return retour;
    }

    /** Whether the fiche récapitulative can be printed: the inscription is not withdrawn. */
    public boolean isFicheImprimable() {
        return inscription.getStatut() != fr.passpro.domain.inscription.StatutInscription.RETIREE;
    }

    public boolean isConfirmationRetrait() {
        return confirmationRetrait;
    }

    public Inscription getInscription() {
        return inscription;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
