package fr.passpro.web.academie;

import fr.passpro.application.etablissement.EtablissementsService;
import fr.passpro.application.etablissement.EtablissementsService.FicheEtablissement;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.web.util.Messages;
import fr.passpro.web.util.Refus;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The académie's établissements: the search ({@code /academie/etablissements.xhtml}) and one établissement's page
 * ({@code /academie/etablissement.xhtml?id=}) with its accounts, what it has in the campagne, and its contact details
 * to correct.
 */
@Named
@ViewScoped
public class EtablissementsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String BUNDLE = "fr.passpro.web.etablissement";

    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' H 'h' mm",
            Locale.FRENCH);

    @Inject
    private EtablissementsService service;

    private String texte;
    private Nature nature;
    private String departement;
    private List<Etablissement> resultats;
    private List<Departement> departements;

    private Long id;
    private FicheEtablissement fiche;
    private String mail;
    private String contact;
    private String telephone;

    public void rechercher() {
        resultats = service.rechercher(texte, nature, departement);
    }

    public List<Etablissement> getResultats() {
        if (resultats == null) {
            rechercher();
        }
        return resultats;
    }

    public boolean isTronque() {
        return getResultats().size() >= EtablissementsService.RESULTATS_MAX;
    }

    /** Loads the établissement of {@code ?id=}: 404 if unknown, 403 if of another académie. */
    public void charger() {
        try {
            if (id == null) {
                throw new fr.passpro.domain.shared.NotFoundException(Messages.texte(BUNDLE, "etablissement.sansId"));
            }
            recharger();
        } catch (RuntimeException refus) {
            Refus.repondre(refus);
        }
    }

    private void recharger() {
        fiche = service.fiche(id);
        mail = fiche.etablissement().getMailFonctionnel();
        contact = fiche.etablissement().getContact();
        telephone = fiche.etablissement().getTelephone();
    }

    public void corriger() {
        try {
            service.corriger(id, mail, contact, telephone);
            recharger();
            Messages.ajouter(FacesMessage.SEVERITY_INFO, Messages.texte(BUNDLE, "etablissement.corrige",
                    fiche.etablissement().getNom()));
        } catch (RuntimeException refus) {
            Refus.afficher(refus);
        }
    }

    public String dateHeure(Instant instant) {
        return instant == null ? Messages.texte(BUNDLE, "comptes.jamais")
                : DATE_HEURE.format(instant.atZone(java.time.ZoneId.of("Europe/Paris")));
    }

    public Nature[] getNatures() {
        return Nature.values();
    }

    public List<Departement> getDepartements() {
        if (departements == null) {
            departements = service.departements();
        }
        return departements;
    }

    public FicheEtablissement getFiche() {
        return fiche;
    }

    public String getTexte() {
        return texte;
    }

    public void setTexte(String texte) {
        this.texte = texte;
    }

    public Nature getNature() {
        return nature;
    }

    public void setNature(Nature nature) {
        this.nature = nature;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getMail() {
        return mail;
    }

    public void setMail(String mail) {
        this.mail = mail;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }
}
