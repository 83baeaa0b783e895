package fr.passpro.web.academie;

import fr.passpro.application.tableau.TableauDeBordAcademieService;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.shared.BusinessException;
import fr.passpro.domain.tableau.EcheancesRelance;
import fr.passpro.domain.tableau.Retardataire;
import fr.passpro.domain.tableau.TableauDeBordAcademie;
import fr.passpro.web.util.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;

/**
 * The académie's live dashboard ({@code /academie/tableau-de-bord.xhtml?departement=094}): the figures of the
 * current campagne with their charts, each table's export link, and the reminder of the lagging établissements.
 */
@Named
@ViewScoped
public class TableauDeBordBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    @Inject
    private TableauDeBordAcademieService service;

    /** The filter, from the address (GET form): a département code, or empty for the whole académie. */
    private String departement;

    private List<Departement> departements;
    private TableauDeBordAcademie tableau;
    /** The deadlines that tell « en retard » from « à surveiller » on the reminder list (issue 18). */
    private EcheancesRelance echeances;
    private boolean charge;

    /** Établissement id → ticked for the reminder. */
    private final Map<Long, Boolean> choix = new HashMap<>();

    /** The view action: reads the figures for the filter of the address (an unknown département: the académie). */
    public void charger() {
        if (charge) {
            return;
        }
        departements = service.departements();
        try {
            tableau = service.tableau(departement).orElse(null);
        } catch (BusinessException e) {
            Messages.ajouter(FacesMessage.SEVERITY_ERROR, e.getMessage());
            departement = null;
            tableau = service.tableau(null).orElse(null);
        }
        echeances = tableau == null ? null : service.echeancesRelance().orElse(null);
        charge = true;
    }

    /** Mails the ticked établissements and says how many were mailed. */
    public void relancer() {
        List<Long> coches = choix.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Entry::getKey).toList();
        if (coches.isEmpty()) {
            Messages.ajouter(FacesMessage.SEVERITY_WARN, texte("relance.aucunCoche"));
            return;
        }
        try {
            int relances = service.relancer(coches);
            Messages.ajouter(FacesMessage.SEVERITY_INFO, texte("relance.faite", relances));
            choix.clear();
        } catch (BusinessException e) {
            Messages.ajouter(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    public boolean isPresent() {
        return tableau != null;
    }

    public TableauDeBordAcademie getTableau() {
        return tableau;
    }

    public List<Departement> getDepartements() {
        return departements;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement == null || departement.isBlank() ? null : departement.strip();
    }

    public Map<Long, Boolean> getChoix() {
        return choix;
    }

    public String getPerimetre() {
        return Optional.ofNullable(tableau).flatMap(TableauDeBordAcademie::filtre)
                .map(d -> texte("filtre.perimetre.departement", nomDepartement(d)))
                .orElse(texte("filtre.perimetre.academie"));
    }

    public String getEcheance() {
        return tableau == null ? "" : texte("echeance." + tableau.echeance().name(),
                DATE.format(tableau.dateLimiteConvocations()));
    }

    /** The address of a table's Excel export, for the current filter. */
    public String export(String table) {
        return "export-tableau?table=" + table + (tableau == null || tableau.departement() == null ? ""
                : "&departement=" + URLEncoder.encode(tableau.departement(), StandardCharsets.UTF_8));
    }

    public String getGraphiqueDomaines() {
        return GraphiquesTableauDeBord.domaines(tableau.parDomaine());
    }

    public String getGraphiqueConvocations() {
        return GraphiquesTableauDeBord.convocations(tableau.convocations());
    }

    public String getGraphiqueEntretiens() {
        return GraphiquesTableauDeBord.entretiens(tableau.entretiens());
    }

    public String getGraphiqueAvis() {
        return GraphiquesTableauDeBord.avis(tableau.avis());
    }

    /** « En retard », or « À surveiller » while the deadline of what remains is ahead. */
    public String situation(Retardataire r) {
        return echeances == null || echeances.enRetard(r) ? texte("relance.situation.enRetard")
                : texte("relance.situation.aSurveiller");
    }

    public String classeSituation(Retardataire r) {
        return echeances == null || echeances.enRetard(r) ? "fr-badge fr-badge--error" : "fr-badge fr-badge--info";
    }

    /** « avant le jeudi 30 avril 2027, dans 51 jours » for an établissement to watch; empty once late. */
    public String reste(Retardataire r) {
        if (echeances == null) {
            return "";
        }
        return echeances.echeance(r).map(date -> texte("relance.situation.reste", DATE.format(date),
                echeances.joursRestants(r).orElse(0L))).orElse("");
    }

    public long getNombreEnRetard() {
        if (tableau == null) {
            return 0;
        }
        return java.util.stream.Stream.concat(tableau.lyceesEnRetard().stream(), tableau.collegesEnRetard().stream())
                .filter(r -> echeances == null || echeances.enRetard(r)).count();
    }

    public String libelleChoix(Retardataire r) {
        return texte("relance.choisir.label", r.nom());
    }

    private String nomDepartement(String code) {
        return departements == null ? code : departements.stream().filter(d -> d.getCode().equals(code))
                .map(d -> d.getCode() + " – " + d.getNom()).findFirst().orElse(code);
    }

    private static String texte(String cle, Object... arguments) {
        return GraphiquesTableauDeBord.texte(cle, arguments);
    }
}
