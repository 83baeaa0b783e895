package fr.passpro.web.academie;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.passpro.application.campagne.CampagneService;
import fr.passpro.application.traitement.ConsoleTraitements;
import fr.passpro.application.traitement.ExecutionVue;
import fr.passpro.application.traitement.ParametreVue;
import fr.passpro.application.traitement.TraitementVue;
import fr.passpro.domain.shared.BusinessException;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.web.util.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The jobs console ({@code /academie/traitements.xhtml}): each job with its description, the form of its parameters,
 * its latest executions in the admin's académie, and start, stop and restart; the page polls while one runs.
 */
@Named
@ViewScoped
public class TraitementsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String BUNDLE = "fr.passpro.web.traitements";
    static final int EXECUTIONS = 8;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    @Inject
    private ConsoleTraitements console;

    @Inject
    private CampagneService campagnes;

    /** The jobs asked for twice: they mail every établissement of the campagne. */
    private static final Set<String> CONFIRMES = Set.of("clotureInscriptions", "fermetureCampagne");

    private String aConfirmer;
    private String texteConfirmation;

    private List<TraitementVue> traitements;
    private final Map<String, List<ExecutionVue>> executions = new HashMap<>();
    /** What the form of each job holds: job → parameter → value as typed. */
    private final Map<String, Map<String, String>> valeurs = new HashMap<>();

    @PostConstruct
    void init() {
        traitements = console.traitements();
        for (TraitementVue t : traitements) {
            Map<String, String> defauts = new LinkedHashMap<>();
            for (ParametreVue p : t.parametres()) {
                defauts.put(p.nom(), p.defaut());
            }
            valeurs.put(t.nom(), defauts);
        }
        rafraichir();
    }

    /** Reloads the latest executions of every job; called by the poll while one runs. */
    public void rafraichir() {
        for (TraitementVue t : traitements) {
            executions.put(t.nom(), console.dernieresExecutions(t.nom(), EXECUTIONS));
        }
    }

    /**
     * Starts a job; the cut-off and the closure, which mail every établissement of the campagne, first show what they
     * will do and wait for {@link #confirmer}.
     */
    public void lancer(String nom) {
        if (CONFIRMES.contains(nom)) {
            agir(() -> {
                var campagne = campagnes.courante().orElseThrow(() -> new NotFoundException(
                        texte("traitements.confirmation.sansCampagne")));
                var concernes = campagnes.concernes(campagne.getId());
                texteConfirmation = CampagnesBean.texte("campagnes.confirmation." + nom, campagne.getAnneeScolaire(),
                        concernes.lycees(), concernes.colleges(), concernes.lycees() + concernes.colleges());
                aConfirmer = nom;
            });
            return;
        }
        demarrer(nom);
    }

    /** The admin confirmed the job waiting for it. */
    public void confirmer() {
        String nom = aConfirmer;
        annulerConfirmation();
        if (nom != null) {
            demarrer(nom);
        }
    }

    public void annulerConfirmation() {
        aConfirmer = null;
        texteConfirmation = null;
    }

    /** The job waiting for the admin's confirmation, or null. */
    public String getTraitementAConfirmer() {
        return aConfirmer;
    }

    public String getTexteConfirmation() {
        return texteConfirmation;
    }

    private void demarrer(String nom) {
        TraitementVue t = traitement(nom);
        agir(() -> {
            long id = console.lancer(nom, sansVides(valeurs.get(nom)));
            Messages.ajouter(FacesMessage.SEVERITY_INFO, texte("traitements.lance", t.libelle(), id));
        });
    }

    public void arreter(long executionId) {
        agir(() -> {
            console.arreter(executionId);
            Messages.ajouter(FacesMessage.SEVERITY_INFO, texte("traitements.arret", executionId));
        });
    }

    public void relancer(long executionId) {
        agir(() -> {
            long id = console.relancer(executionId);
            Messages.ajouter(FacesMessage.SEVERITY_INFO, texte("traitements.relance", executionId, id));
        });
    }

    /** Runs an action of the admin, shows its refusal in French, and reloads the executions either way. */
    private void agir(Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            Messages.ajouter(FacesMessage.SEVERITY_ERROR, e.getMessage());
        } catch (EJBException e) {
            Exception cause = e.getCausedByException();
            Messages.ajouter(FacesMessage.SEVERITY_ERROR, cause instanceof BusinessException
                    ? cause.getMessage() : texte("traitements.erreur.technique"));
        }
        rafraichir();
    }

    private static Map<String, String> sansVides(Map<String, String> saisies) {
        Map<String, String> donnees = new HashMap<>();
        saisies.forEach((nom, valeur) -> {
            if (valeur != null && !valeur.isBlank()) {
                donnees.put(nom, valeur);
            }
        });
        return donnees;
    }

    private TraitementVue traitement(String nom) {
        return traitements.stream().filter(t -> t.nom().equals(nom)).findFirst().orElseThrow();
    }

    public List<TraitementVue> getTraitements() {
        return traitements;
    }

    public List<ExecutionVue> executions(String nom) {
        return executions.getOrDefault(nom, List.of());
    }

    public Map<String, Map<String, String>> getValeurs() {
        return valeurs;
    }

    /** Whether an execution of any job is running: the page then polls. */
    public boolean isEnCours() {
        return executions.values().stream().flatMap(List::stream).anyMatch(ExecutionVue::enCours);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** « 4 s », « 2 min 05 s », « 1 h 03 min ». */
    public String duree(Duration duree) {
        long s = duree.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.FRENCH, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.FRENCH, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }

    /** The CSS class of a status badge. */
    public String badge(ExecutionVue e) {
        return switch (e.statut()) {
            case COMPLETED -> "fr-badge fr-badge--success";
            case FAILED, ABANDONED -> "fr-badge fr-badge--error";
            case STOPPED, STOPPING -> "fr-badge fr-badge--warning";
            default -> "fr-badge fr-badge--info";
        };
    }

    private static String texte(String key, Object... arguments) {
        return Messages.texte(BUNDLE, key, arguments);
    }
}
