package fr.passpro.web.inscription;

import java.io.Serializable;
import java.util.List;

import fr.passpro.application.inscription.ReferentService;
import fr.passpro.domain.inscription.Referent;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The collège's personnes référentes: list, add one, make one no longer selectable. */
@Named
@ViewScoped
public class ReferentsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReferentService referents;

    private List<Referent> liste;
    private String nom;
    private String prenom;
    private String email;

    @PostConstruct
    void load() {
        liste = referents.lister();
    }

    public void ajouter() {
        try {
            Referent referent = referents.ajouter(nom, prenom, email);
            Pages.info("referent.ajoute", referent.getNomComplet());
            nom = null;
            prenom = null;
            email = null;
            liste = referents.lister();
        } catch (RuntimeException refus) {
            Pages.erreur(refus);
        }
    }

    public void desactiver(long id) {
        try {
            Referent referent = referents.desactiver(id);
            Pages.info("referent.desactive", referent.getNomComplet());
            liste = referents.lister();
        } catch (RuntimeException refus) {
            Pages.erreur(refus);
        }
    }

    public List<Referent> getListe() {
        return liste;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public int getEmailMax() {
        return Referent.EMAIL_MAX;
    }
}
