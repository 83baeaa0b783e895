package fr.passpro.web.academie;

import fr.passpro.application.campagne.CampagneService;
import fr.passpro.application.campagne.CampagneService.Calendrier;
import fr.passpro.application.campagne.CampagneService.VueCampagne;
import fr.passpro.batch.campagne.CampagneJobs;
import fr.passpro.batch.purge.PurgeCampagneService;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.campagne.EtatCampagne;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.web.util.Messages;
import fr.passpro.web.util.Refus;
import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.JobExecution;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The académie's campagnes ({@code /academie/campagnes.xhtml}): each one's state and what it allows, its calendar
 * (editable until the closure, with the dates that fall on a Sunday or a bank holiday flagged), next year's campagne
 * created from the last one, and the cut-off and closure jobs started by hand.
 */
@Named
@ViewScoped
public class CampagnesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String BUNDLE = "fr.passpro.web.campagne";

    private static final String PURGE = "purge";
    /** The actions asked for twice: they mail every établissement of the campagne, or delete its pupils. */
    private static final Set<String> CONFIRMES = Set.of("clotureInscriptions", "fermetureCampagne", PURGE);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    @Inject
    private CampagneService service;

    @Inject
    private CampagneJobs jobs;

    @Inject
    private PurgeCampagneService purges;

    private List<VueCampagne> campagnes;
    private Long choisieId;
    private LocalDate ouverture;
    private LocalDate clotureInscriptions;
    private LocalDate limiteConvocations;
    private LocalDate limiteEntretiens;
    private Integer delaiCompteRendu;
    private LocalDate fermeture;
    private final List<Long> executions = new ArrayList<>();
    private String confirmation;
    private String texteConfirmation;

    @PostConstruct
    void charger() {
        campagnes = service.campagnesDeLAcademie();
        if (choisieId == null && !campagnes.isEmpty()) {
            choisir(campagnes.stream().filter(v -> v.etat().compareTo(EtatCampagne.CLOTUREE) < 0)
                    .reduce((premiere, suivante) -> suivante).orElse(campagnes.get(0)).campagne().getId());
        }
    }

    /** Shows a campagne's calendar in the form. */
    public void choisir(long id) {
        choisieId = id;
        Campagne c = getChoisie().campagne();
        ouverture = c.getDateOuverture();
        clotureInscriptions = c.getDateClotureInscriptions();
        limiteConvocations = c.getDateLimiteConvocations();
        limiteEntretiens = c.getDateLimiteEntretiens();
        delaiCompteRendu = c.getDelaiCompteRenduJours();
        fermeture = c.getDateFermeture();
    }

    public void creerSuivante() {
        try {
            VueCampagne vue = service.creerSuivante();
            campagnes = service.campagnesDeLAcademie();
            choisir(vue.campagne().getId());
            Messages.ajouter(FacesMessage.SEVERITY_INFO, texte("campagnes.creee", vue.campagne().getAnneeScolaire()));
            alertes(vue);
        } catch (RuntimeException refus) {
            Refus.afficher(refus);
        }
    }

    public void enregistrer() {
        try {
            VueCampagne vue = service.modifierCalendrier(choisieId, new Calendrier(ouverture, clotureInscriptions,
                    limiteConvocations, limiteEntretiens, delaiCompteRendu == null ? 0 : delaiCompteRendu, fermeture));
            campagnes = service.campagnesDeLAcademie();
            Messages.ajouter(FacesMessage.SEVERITY_INFO, texte("campagnes.enregistree", vue.campagne().getAnneeScolaire()));
            alertes(vue);
        } catch (RuntimeException refus) {
            Refus.afficher(refus);
        }
    }

    /**
     * First step of the cut-off, the closure or the purge: nothing starts before the admin has read what it will do
     * (how many établissements it mails, how many pupils it deletes) and confirmed.
     */
    public void demanderConfirmation(String traitement) {
        if (!CONFIRMES.contains(traitement)) {
            return;
        }
        try {
            CampagneRepository.Concernes concernes = service.concernes(choisieId);
            confirmation = traitement;
            texteConfirmation = switch (traitement) {
                case PURGE -> texte("campagnes.confirmation.purge", getChoisie().campagne().getAnneeScolaire(),
                        concernes.eleves());
                default -> texte("campagnes.confirmation." + traitement, getChoisie().campagne().getAnneeScolaire(),
                        concernes.lycees(), concernes.colleges(), concernes.lycees() + concernes.colleges());
            };
        } catch (RuntimeException refus) {
            Refus.afficher(refus);
        }
    }

    public void annulerConfirmation() {
        confirmation = null;
        texteConfirmation = null;
    }

    /** Starts the confirmed job of the chosen campagne now. */
    public void confirmer() {
        String traitement = confirmation;
        annulerConfirmation();
        if (PURGE.equals(traitement)) {
            purger();
        } else if (traitement != null) {
            demarrer(traitement);
        }
    }

    /** Starts the cut-off or the closure job of the chosen campagne now. */
    private void demarrer(String job) {
        try {
            long id = jobs.demarrer(job, choisieId, null);
            executions.add(0, id);
            Messages.ajouter(FacesMessage.SEVERITY_INFO, texte("campagnes.job.lance", texte("job." + job), id));
        } catch (RuntimeException refus) {
            Refus.afficher(refus);
        }
    }

    /** Starts the purge of the chosen campagne's pupils' data (once its retention is over). */
    private void purger() {
        try {
            long id = purges.purger(choisieId);
            Messages.ajouter(FacesMessage.SEVERITY_INFO, texte("campagnes.purge.lancee", id));
        } catch (RuntimeException refus) {
            Refus.afficher(refus);
        }
    }

    /** The job waiting for the admin's confirmation, or null. */
    public String getConfirmation() {
        return confirmation;
    }

    public String getTexteConfirmation() {
        return texteConfirmation;
    }

    /** The jobs started from this page, latest first, with their state now. */
    public List<JobExecution> getExecutions() {
        return executions.stream().map(jobs::execution).toList();
    }

    public String statut(JobExecution execution) {
        return texte("job.statut." + execution.getBatchStatus().name());
    }

    public String jobLibelle(JobExecution execution) {
        return texte("job." + execution.getJobName());
    }

    private void alertes(VueCampagne vue) {
        vue.alertes().forEach(a -> Messages.ajouter(FacesMessage.SEVERITY_WARN, a));
    }


    static String texte(String cle, Object... arguments) {
        return Messages.texte(BUNDLE, cle, arguments);
    }

    /** « lundi 1er février 2027 ». */
    public String jour(LocalDate date) {
        if (date == null) {
            return "";
        }
        String texte = DATE.format(date);
        return date.getDayOfMonth() == 1 ? texte.replaceFirst(" 1 ", " 1er ") : texte;
    }

    public String badge(EtatCampagne etat) {
        return switch (etat) {
            case EN_PREPARATION -> "fr-badge fr-badge--info";
            case OUVERTE -> "fr-badge fr-badge--success";
            case INSCRIPTIONS_CLOSES -> "fr-badge fr-badge--new";
            case CLOTUREE, ARCHIVEE -> "fr-badge";
            case PURGEE -> "fr-badge fr-badge--error";
        };
    }

    public VueCampagne getChoisie() {
        return campagnes.stream().filter(v -> v.campagne().getId().equals(choisieId)).findFirst().orElse(null);
    }

    public List<VueCampagne> getCampagnes() {
        return campagnes;
    }

    public Long getChoisieId() {
        return choisieId;
    }

    public LocalDate getOuverture() {
        return ouverture;
    }

    public void setOuverture(LocalDate ouverture) {
        this.ouverture = ouverture;
    }

    public LocalDate getClotureInscriptions() {
        return clotureInscriptions;
    }

    public void setClotureInscriptions(LocalDate clotureInscriptions) {
        this.clotureInscriptions = clotureInscriptions;
    }

    public LocalDate getLimiteConvocations() {
        return limiteConvocations;
    }

    public void setLimiteConvocations(LocalDate limiteConvocations) {
        this.limiteConvocations = limiteConvocations;
    }

    public LocalDate getLimiteEntretiens() {
        return limiteEntretiens;
    }

    public void setLimiteEntretiens(LocalDate limiteEntretiens) {
        this.limiteEntretiens = limiteEntretiens;
    }

    public Integer getDelaiCompteRendu() {
        return delaiCompteRendu;
    }

    public void setDelaiCompteRendu(Integer delaiCompteRendu) {
        this.delaiCompteRendu = delaiCompteRendu;
    }

    public LocalDate getFermeture() {
        return fermeture;
    }

    public void setFermeture(LocalDate fermeture) {
        this.fermeture = fermeture;
    }
}
