package fr.passpro.web.preinscription;

import fr.passpro.application.preinscription.PreinscriptionService;
import fr.passpro.application.preinscription.TropDeSoumissionsException;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.domain.preinscription.DemandePreinscription;
import fr.passpro.domain.preinscription.Preinscription;
import fr.passpro.domain.shared.BusinessException;
import fr.passpro.web.util.AdresseClient;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public pre-registration form of CFA and hors-contrat schools, one per académie
 * ({@code /public/preinscription/creteil}, see {@link PreinscriptionAdresseFilter}): no account. Everything typed is
 * rendered escaped by Faces, and nothing typed goes into a URL.
 */
@Named
@ViewScoped
public class PreinscriptionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The vœux rows of the form. */
    public static final int VOEUX = Preinscription.VOEUX_MAX;

    @Inject
    private PreinscriptionService service;

    @Inject
    private Clock clock;

    private String etablissementNom;
    private Nature nature;
    private String uai;
    private String commune;
    private String departement;
    private String contactNom;
    private String contactPrenom;
    private String contactEmail;
    private String eleveNom;
    private String elevePrenom;
    private LocalDate eleveDateNaissance;
    private String eleveClasse;
    private Dispositif eleveDispositif;
    private Long[] voeux = new Long[VOEUX];
    /** The honeypot: hidden from people. */
    private String site;

    /** The code of the académie whose form this is, from the address the view was opened at. */
    private String academie;
    private String academieNom;
    private boolean ouvert;
    private List<SelectItem> formations;
    private List<SelectItem> departements;
    private boolean envoyee;
    private String reference;
    private String limite;

    @PostConstruct
    void charger() {
        Object code = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(PreinscriptionAdresseFilter.ACADEMIE);
        academie = code instanceof String c ? c : service.academieDuFormulaire();
        academieNom = service.nomDeLAcademie(academie);
        ouvert = service.isOuvert(academie);
        Map<String, SelectItemGroup> groupes = new LinkedHashMap<>();
        Map<String, List<SelectItem>> items = new LinkedHashMap<>();
        for (Formation f : ouvert ? service.formationsOuvertes(academie) : List.<Formation>of()) {
            String domaine = f.getDomaine().getLibelle();
            groupes.computeIfAbsent(domaine, SelectItemGroup::new);
            items.computeIfAbsent(domaine, d -> new ArrayList<>()).add(new SelectItem(f.getId(),
                    f.getLibelle() + " (" + f.getDiplome().libelle() + ") – " + f.getAccueilReferent().getNom() + ", "
                            + f.getAccueilReferent().getCommune()));
        }
        formations = new ArrayList<>();
        groupes.forEach((domaine, groupe) -> {
            groupe.setSelectItems(items.get(domaine));
            formations.add(groupe);
        });
        departements = new ArrayList<>();
        for (Departement d : service.departements(academie)) {
            departements.add(new SelectItem(d.getCode(), d.getNom() + " (" + d.getCode().substring(1) + ")"));
        }
    }

    public void envoyer() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext externe = faces.getExternalContext();
        String adresse = AdresseClient.de((HttpServletRequest) externe.getRequest());
        DemandePreinscription demande = new DemandePreinscription(etablissementNom, nature, uai, commune, departement,
                contactNom, contactPrenom, contactEmail, eleveNom, elevePrenom, eleveDateNaissance, eleveClasse,
                eleveDispositif, Arrays.asList(voeux));
        try {
            Optional<Preinscription> resultat = service.soumettre(academie, demande, site, adresse);
            envoyee = true;
            reference = resultat.map(p -> "PRE-" + p.getId()).orElse(null);
        } catch (TropDeSoumissionsException e) {
            limite = e.getMessage();
            long secondes = Math.max(1, Duration.between(clock.instant(), e.getReessayerApres()).getSeconds());
            externe.setResponseStatus(429);
            externe.setResponseHeader("Retry-After", String.valueOf(secondes));
        } catch (BusinessException e) {
            Textes.erreur("preinscription-form", e.getMessage());
        }
    }

    /** Empties the form for another pupil of the same school (the school and contact stay). */
    public void autre() {
        envoyee = false;
        reference = null;
        eleveNom = null;
        elevePrenom = null;
        eleveDateNaissance = null;
        eleveClasse = null;
        eleveDispositif = null;
        voeux = new Long[VOEUX];
    }

    public List<Integer> getRangsVoeux() {
        List<Integer> rangs = new ArrayList<>();
        for (int i = 0; i < VOEUX; i++) {
            rangs.add(i);
        }
        return rangs;
    }

    public Nature[] getNatures() {
        return new Nature[] { Nature.CFA, Nature.HORS_CONTRAT };
    }

    public Dispositif[] getDispositifs() {
        return Dispositif.values();
    }

    public int getNomMax() {
        return Preinscription.NOM_MAX;
    }

    public int getNomEtablissementMax() {
        return Preinscription.NOM_ETABLISSEMENT_MAX;
    }

    public int getCommuneMax() {
        return Preinscription.COMMUNE_MAX;
    }

    public int getEmailMax() {
        return Preinscription.EMAIL_MAX;
    }

    public int getClasseMax() {
        return Preinscription.CLASSE_MAX;
    }

    public boolean isOuvert() {
        return ouvert;
    }

    public String getAcademieNom() {
        return academieNom;
    }

    public List<SelectItem> getFormations() {
        return formations;
    }

    public List<SelectItem> getDepartements() {
        return departements;
    }

    public boolean isEnvoyee() {
        return envoyee;
    }

    public String getReference() {
        return reference;
    }

    public String getLimite() {
        return limite;
    }

    public String getEtablissementNom() {
        return etablissementNom;
    }

    public void setEtablissementNom(String etablissementNom) {
        this.etablissementNom = etablissementNom;
    }

    public Nature getNature() {
        return nature;
    }

    public void setNature(Nature nature) {
        this.nature = nature;
    }

    public String getUai() {
        return uai;
    }

    public void setUai(String uai) {
        this.uai = uai;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public String getContactNom() {
        return contactNom;
    }

    public void setContactNom(String contactNom) {
        this.contactNom = contactNom;
    }

    public String getContactPrenom() {
        return contactPrenom;
    }

    public void setContactPrenom(String contactPrenom) {
        this.contactPrenom = contactPrenom;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getEleveNom() {
        return eleveNom;
    }

    public void setEleveNom(String eleveNom) {
        this.eleveNom = eleveNom;
    }

    public String getElevePrenom() {
        return elevePrenom;
    }

    public void setElevePrenom(String elevePrenom) {
        this.elevePrenom = elevePrenom;
    }

    public LocalDate getEleveDateNaissance() {
        return eleveDateNaissance;
    }

    public void setEleveDateNaissance(LocalDate eleveDateNaissance) {
        this.eleveDateNaissance = eleveDateNaissance;
    }

    public String getEleveClasse() {
        return eleveClasse;
    }

    public void setEleveClasse(String eleveClasse) {
        this.eleveClasse = eleveClasse;
    }

    public Dispositif getEleveDispositif() {
        return eleveDispositif;
    }

    public void setEleveDispositif(Dispositif eleveDispositif) {
        this.eleveDispositif = eleveDispositif;
    }

    public Long[] getVoeux() {
        return voeux;
    }

    public void setVoeux(Long[] voeux) {
        this.voeux = voeux;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }
}
