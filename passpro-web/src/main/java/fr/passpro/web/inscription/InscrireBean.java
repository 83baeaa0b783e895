package fr.passpro.web.inscription;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.passpro.application.inscription.EleveService;
import fr.passpro.application.inscription.InscriptionService;
import fr.passpro.application.inscription.ReferentService;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Referent;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Registers a pupil: the pupil, a domaine, then the lycée accueil-référent that holds the interviews of the chosen
 * formations, one or more vœux among the active formations of that domaine and lycée, and the personne référente.
 * One interview per domaine: the service refuses a second inscription in the same domaine and names the first.
 */
@Named
@ViewScoped
public class InscrireBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InscriptionService inscriptions;

    @Inject
    private EleveService eleves;

    @Inject
    private ReferentService referents;

    private List<Eleve> listeEleves;
    private List<Referent> listeReferents;
    private List<Formation> offre;

    private Long eleveId;
    private Long domaineId;
    private Long lyceeId;
    private List<Long> formationIds = new ArrayList<>();
    private Long referentId;

    @PostConstruct
    void init() {
        listeEleves = eleves.lister();
        listeReferents = referents.listerActifs();
        offre = inscriptions.formationsOuvertes();
        if (listeReferents.size() == 1) {
            referentId = listeReferents.get(0).getId();
        }
    }

    /** The view action: {@code ?eleve=} preselects a pupil; another collège's pupil gets a 403. */
    public void load() {
        if (eleveId != null && !FacesContext.getCurrentInstance().isPostback()) {
            try {
                eleves.get(eleveId);
            } catch (RuntimeException refus) {
                Pages.repondreIntrouvable(refus);
            }
        }
    }

    /** The domaine changed: the lycée and the vœux are chosen again. */
    public void domaineChoisi() {
        lyceeId = null;
        formationIds = new ArrayList<>();
        List<Etablissement> lycees = getLycees();
        if (lycees.size() == 1) {
            lyceeId = lycees.get(0).getId();
        }
    }

    public void lyceeChoisi() {
        formationIds = new ArrayList<>();
    }

    public String inscrire() {
        if (eleveId == null || domaineId == null || lyceeId == null || referentId == null) {
            Pages.erreur("inscrire.incomplet");
            return null;
        }
        try {
            Inscription inscription = inscriptions.inscrire(eleveId, domaineId, lyceeId, referentId, formationIds);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Pages.info("inscrire.fait", inscription.getEleve().getNomComplet(), inscription.getDomaine().getLibelle(),
                    inscription.getVoeux().size());
            return "/college/inscription?faces-redirect=true&id=" + inscription.getId();
        } catch (RuntimeException refus) {
            Pages.erreur(refus);
            return null;
        }
    }

    /** The domaines that have at least one active formation, in catalogue order. */
    public List<Domaine> getDomaines() {
        Map<Long, Domaine> domaines = new LinkedHashMap<>();
        offre.forEach(f -> domaines.putIfAbsent(f.getDomaine().getId(), f.getDomaine()));
        return new ArrayList<>(domaines.values());
    }

    /** The lycées accueil-référents of the chosen domaine, by name. */
    public List<Etablissement> getLycees() {
        Map<Long, Etablissement> lycees = new LinkedHashMap<>();
        offre.stream().filter(f -> Objects.equals(f.getDomaine().getId(), domaineId))
                .forEach(f -> lycees.putIfAbsent(f.getAccueilReferent().getId(), f.getAccueilReferent()));
        return lycees.values().stream().sorted(Comparator.comparing(Etablissement::getNom)).toList();
    }

    /** The active formations of the chosen domaine whose interviews the chosen lycée holds. */
    public List<Formation> getFormations() {
        return offre.stream().filter(f -> Objects.equals(f.getDomaine().getId(), domaineId))
                .filter(f -> Objects.equals(f.getAccueilReferent().getId(), lyceeId)).toList();
    }

    /** « Métiers de l'accueil – 2de professionnelle – Lycée professionnel Jean Lurçat (Saint-Maur-des-Fossés) ». */
    public String libelle(Formation f) {
        return Pages.text("inscrire.formation.libelle", f.getLibelle(), f.getDiplome().libelle(),
                f.getEtablissement().getNom(), f.getEtablissement().getCommune());
    }

    public String libelleLycee(Etablissement lycee) {
        return lycee.getNom() + " (" + lycee.getCommune() + ")";
    }

    public String libelleEleve(Eleve e) {
        return e.getNom() + " " + e.getPrenom() + " – " + e.getClasse() + " – " + Pages.dateCourte(e.getDateNaissance());
    }

    public List<Eleve> getEleves() {
        return listeEleves;
    }

    public List<Referent> getReferents() {
        return listeReferents;
    }

    public Long getEleveId() {
        return eleveId;
    }

    public void setEleveId(Long eleveId) {
        this.eleveId = eleveId;
    }

    public Long getDomaineId() {
        return domaineId;
    }

    public void setDomaineId(Long domaineId) {
        this.domaineId = domaineId;
    }

    public Long getLyceeId() {
        return lyceeId;
    }

    public void setLyceeId(Long lyceeId) {
        this.lyceeId = lyceeId;
    }

    public List<Long> getFormationIds() {
        return formationIds;
    }

    /**
     * The ticked formations, kept in the order they were ticked (each tick is sent at once): the boxes themselves
     * come back in catalogue order, so the ones already ticked keep their rank and the new ones come last.
     */
    public void setFormationIds(List<Long> formationIds) {
        List<Long> cochees = formationIds == null ? List.of() : formationIds;
        List<Long> ordre = new ArrayList<>(this.formationIds);
        ordre.retainAll(cochees);
        cochees.stream().filter(id -> !ordre.contains(id)).forEach(ordre::add);
        this.formationIds = ordre;
    }

    /** The ticked formations in the pupil's order of preference, vœu 1 first. */
    public List<Formation> getVoeuxCoches() {
        Map<Long, Formation> parId = new LinkedHashMap<>();
        getFormations().forEach(f -> parId.put(f.getId(), f));
        return formationIds.stream().map(parId::get).filter(Objects::nonNull).toList();
    }

    public Long getReferentId() {
        return referentId;
    }

    public void setReferentId(Long referentId) {
        this.referentId = referentId;
    }
}
