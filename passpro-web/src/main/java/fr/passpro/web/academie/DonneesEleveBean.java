package fr.passpro.web.academie;

import fr.passpro.application.donnees.DonneesEleveService;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.web.util.Messages;
import fr.passpro.web.util.Refus;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A family's request about its child's data ({@code /academie/donnees-eleve.xhtml}): find the pupil, download
 * everything Passpro holds about it, correct its identity, or delete it after a confirmation.
 */
@Named
@ViewScoped
public class DonneesEleveBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DonneesEleveService service;

    private String texte;
    private List<Eleve> resultats = List.of();
    private Long choisiId;
    private String nom;
    private String prenom;
    private LocalDate naissance;
    private String classe;
    private boolean confirmation;

    public void rechercher() {
        resultats = service.rechercher(texte);
        choisiId = null;
        confirmation = false;
    }

    public void choisir(Eleve eleve) {
        choisiId = eleve.getId();
        nom = eleve.getNom();
        prenom = eleve.getPrenom();
        naissance = eleve.getDateNaissance();
        classe = eleve.getClasse();
        confirmation = false;
    }

    public void corriger() {
        try {
            Eleve eleve = service.corriger(choisiId, nom, prenom, naissance, classe);
            Messages.ajouter(FacesMessage.SEVERITY_INFO, Messages.texte(EtablissementsBean.BUNDLE, "donnees.corrige",
                    eleve.getNomComplet()));
            resultats = service.rechercher(texte);
        } catch (RuntimeException refus) {
            Refus.afficher(refus);
        }
    }

    public void demanderSuppression() {
        confirmation = true;
    }

    public void annulerSuppression() {
        confirmation = false;
    }

    public void supprimer() {
        try {
            int inscriptions = service.supprimer(choisiId);
            Messages.ajouter(FacesMessage.SEVERITY_INFO, Messages.texte(EtablissementsBean.BUNDLE, "donnees.supprime",
                    inscriptions));
            choisiId = null;
            confirmation = false;
            resultats = service.rechercher(texte);
        } catch (RuntimeException refus) {
            Refus.afficher(refus);
        }
    }


    public Eleve getChoisi() {
        return choisiId == null ? null : resultats.stream().filter(e -> e.getId().equals(choisiId)).findFirst().orElse(null);
    }

    public List<Eleve> getResultats() {
        return resultats;
    }

    public boolean isConfirmation() {
        return confirmation;
    }

    public String getTexte() {
        return texte;
    }

    public void setTexte(String texte) {
        this.texte = texte;
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

    public LocalDate getNaissance() {
        return naissance;
    }

    public void setNaissance(LocalDate naissance) {
        this.naissance = naissance;
    }

    public String getClasse() {
        return classe;
    }

    public void setClasse(String classe) {
        this.classe = classe;
    }
}
