package fr.passpro.web.inscription;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import fr.passpro.application.inscription.CreationEleve;
import fr.passpro.application.inscription.EleveService;
import fr.passpro.application.inscription.InscriptionService;
import fr.passpro.application.inscription.NouvelEleve;
import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Inscription;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Creates a pupil or corrects one ({@code ?id=}). A likely duplicate (same nom, prénom and birth date in the collège)
 * is shown before anything is created; the person confirms or goes back. No field for school reports exists.
 */
@Named
@ViewScoped
public class EleveBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EleveService eleves;

    @Inject
    private InscriptionService inscriptionService;

    private Long id;
    private Eleve eleve;
    private List<Inscription> inscriptions = List.of();

    private String nom;
    private String prenom;
    private LocalDate dateNaissance;
    private String classe;
    private Dispositif dispositif;
    private String ine;

    private List<Eleve> doublons = List.of();

    /** The view action: loads the pupil of {@code ?id=}; another collège's pupil gets a 403. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            eleve = eleves.get(id);
        } catch (RuntimeException refus) {
            Pages.repondreIntrouvable(refus);
            return;
        }
        nom = eleve.getNom();
        prenom = eleve.getPrenom();
        dateNaissance = eleve.getDateNaissance();
        classe = eleve.getClasse();
        dispositif = eleve.getDispositif();
        ine = eleve.getIne().map(Object::toString).orElse(null);
        inscriptions = inscriptionService.inscriptionsDe(id);
    }

    /** Creates (or corrects); on a likely duplicate, shows it and waits for {@link #confirmer()}. */
    public String enregistrer() {
        return enregistrer(false);
    }

    /** Creates the pupil although a pupil with the same name and birth date exists. */
    public String confirmer() {
        return enregistrer(true);
    }

    /** Back to the form without creating. */
    public void annulerDoublon() {
        doublons = List.of();
    }

    private String enregistrer(boolean doublonConfirme) {
        NouvelEleve demande = new NouvelEleve(nom, prenom, dateNaissance, classe, dispositif, ine);
        try {
            if (eleve != null) {
                eleve = eleves.modifier(eleve.getId(), demande);
                Pages.info("eleve.modifie", eleve.getNomComplet());
                return null;
            }
            CreationEleve creation = eleves.creer(demande, doublonConfirme);
            if (creation.isConfirmationNecessaire()) {
                doublons = creation.doublonsPossibles();
                return null;
            }
            Eleve cree = creation.eleve().orElseThrow();
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Pages.info("eleve.cree", cree.getNomComplet());
            return "/college/eleve?faces-redirect=true&id=" + cree.getId();
        } catch (RuntimeException refus) {
            doublons = List.of();
            Pages.erreur(refus);
            return null;
        }
    }

    public String badge(fr.passpro.domain.inscription.StatutInscription statut) {
        return InscriptionsBean.badge(statut);
    }

    public boolean isNouveau() {
        return eleve == null;
    }

    public boolean isDoublonAConfirmer() {
        return !doublons.isEmpty();
    }

    public List<Eleve> getDoublons() {
        return doublons;
    }

    public Dispositif[] getDispositifs() {
        return Dispositif.values();
    }

    public String dateNaissance(Eleve e) {
        return Pages.dateCourte(e.getDateNaissance());
    }

    public Eleve getEleve() {
        return eleve;
    }

    public List<Inscription> getInscriptions() {
        return inscriptions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public void setPrenom(String prenom) {
        this.prenom = prenom;
    }

    public LocalDate getDateNaissance() {
        return dateNaissance;
    }

    public void setDateNaissance(LocalDate dateNaissance) {
        this.dateNaissance = dateNaissance;
    }

    public String getClasse() {
        return classe;
    }

    public void setClasse(String classe) {
        this.classe = classe;
    }

    public Dispositif getDispositif() {
        return dispositif;
    }

    public void setDispositif(Dispositif dispositif) {
        this.dispositif = dispositif;
    }

    public String getIne() {
        return ine;
    }

    public void setIne(String ine) {
        this.ine = ine;
    }

    public int getNomMax() {
        return Eleve.NOM_MAX;
    }

    public int getClasseMax() {
        return Eleve.CLASSE_MAX;
    }
}
