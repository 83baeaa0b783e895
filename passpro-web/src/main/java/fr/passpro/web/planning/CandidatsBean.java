package fr.passpro.web.planning;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import fr.passpro.application.planning.CandidatsService;
import fr.passpro.application.planning.PlanningService;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Seance;
import fr.passpro.domain.planning.consultation.FiltreCandidats;
import fr.passpro.domain.shared.Pagination;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The lycée's candidates: a filter form, a lazy table paged by the database (a count and a page query), and the
 * actions on one candidate: convoke to a séance chosen in a dialog, take out of its séance, send the convocation again.
 */
@Named
@ViewScoped
public class CandidatsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Client id of the table, to go back to its first page when the filter changes. */
    static final String TABLE = "liste:candidats";

    @Inject
    private CandidatsService candidats;

    @Inject
    private PlanningService planning;

    @Inject
    private EtatsConvocation etats;

    private Long domaineId;
    private Long formationId;
    private Long collegeId;
    private StatutInscription statut;
    private String planifie;
    private String texte;

    private FiltreCandidats applique = FiltreCandidats.tous();
    private long total;

    /** The choices of the filter form: ids and labels only, not the entities (issue 14: light sessions). */
    private List<Choix> domaines;
    private List<Choix> formations;
    private List<Choix> colleges;

    /** One choice of a filter list. */
    public record Choix(Long id, String libelle) implements Serializable {
    }

    /** The candidate of the convocation dialog, and the séances offered to it. */
    private Candidat choisi;
    private List<Seance> seancesPossibles = List.of();
    private Long seanceId;

    private final LazyDataModel<Candidat> lignes = new Lignes();

    @PostConstruct
    void init() {
        domaines = candidats.domaines().stream().map(d -> new Choix(d.getId(), d.getLibelle())).toList();
        formations = candidats.formations().stream()
                .map(f -> new Choix(f.getId(), f.getLibelle() + " (" + f.getDiplome().libelle() + ")")).toList();
        colleges = candidats.colleges().stream()
                .map(c -> new Choix(c.getId(), c.getNom() + " (" + c.getCommune() + ")")).toList();
        total = candidats.compter(applique);
    }

    /** Applies the filter form and goes back to the first page. */
    public void rechercher() {
        applique = new FiltreCandidats(domaineId, formationId, collegeId, statut,
                planifie == null || planifie.isEmpty() ? null : Boolean.valueOf("oui".equals(planifie)), texte);
        texte = applique.texte();
        premierePage();
    }

    /** Empties the filter form: every candidate again. */
    public void effacer() {
        domaineId = null;
        formationId = null;
        collegeId = null;
        statut = null;
        planifie = null;
        texte = null;
        applique = FiltreCandidats.tous();
        premierePage();
    }

    private void premierePage() {
        total = candidats.compter(applique);
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
        // The count (role="status") takes the focus: keyboard users land on the new results.
        PrimeFaces.current().executeScript("document.getElementById('nombre-candidats').focus()");
    }

    /** Opens the dialog that convokes a candidate: the séances of its domaine that fit it and have a seat. */
    public void choisirSeance(Candidat ligne) {
        choisi = ligne;
        seanceId = null;
        try {
            seancesPossibles = candidats.seancesPossibles(ligne.inscription().id());
        } catch (RuntimeException refus) {
            seancesPossibles = List.of();
            Textes.erreur(refus);
        }
    }

    /** Convokes the chosen candidate to the chosen séance; the collège is mailed. The dialog stays open on a refusal. */
    public void convoquer() {
        if (choisi == null || seanceId == null) {
            return;
        }
        try {
            Convocation convocation = planning.convoquer(choisi.inscription().id(), seanceId);
            Textes.info("candidats.convoque", choisi.inscription().eleve().nomComplet(),
                    convocation.getSeance().getHoraires());
            choisi = null;
            PrimeFaces.current().executeScript("PF('dlgConvoquer').hide()");
        } catch (RuntimeException refus) {
            Textes.erreur(refus);
            PrimeFaces.current().ajax().update("convoquer-form");
        }
    }

    /** Takes a candidate out of its séance: the seat is freed, the collège gets a cancellation. */
    public void retirer(Candidat ligne) {
        try {
            planning.retirerDeSeance(ligne.inscription().id());
            Textes.info("candidats.retire", ligne.inscription().eleve().nomComplet());
        } catch (RuntimeException refus) {
            Textes.erreur(refus);
        }
    }

    /** Sends the convocation again (e.g. after a mail failure). */
    public void renvoyer(Candidat ligne) {
        try {
            planning.renvoyer(ligne.convocation().id());
            Textes.info("candidats.renvoye", ligne.inscription().eleve().nomComplet());
        } catch (RuntimeException refus) {
            Textes.erreur(refus);
        }
    }

    /** Whether the lycée may still act on the candidate: before the interview, not withdrawn. */
    public boolean actionsPossibles(Candidat ligne) {
        return ligne.inscription().statut().isAvantEntretien();
    }

    /** « 12 places libres sur 20 » for the list of séances of the dialog. */
    public String places(Seance seance) {
        return Textes.text("seance.placesLibres", seance.getPlacesLibres(), seance.getCapacite());
    }

    public LazyDataModel<Candidat> getLignes() {
        return lignes;
    }

    public long getTotal() {
        return total;
    }

    public boolean isFiltre() {
        return !applique.equals(FiltreCandidats.tous());
    }

    public List<Choix> getDomaines() {
        return domaines;
    }

    public List<Choix> getFormations() {
        return formations;
    }

    public List<Choix> getColleges() {
        return colleges;
    }

    public StatutInscription[] getStatuts() {
        return StatutInscription.values();
    }

    public Candidat getChoisi() {
        return choisi;
    }

    public List<Seance> getSeancesPossibles() {
        return seancesPossibles;
    }

    public Long getSeanceId() {
        return seanceId;
    }

    public void setSeanceId(Long seanceId) {
        this.seanceId = seanceId;
    }

    public Long getDomaineId() {
        return domaineId;
    }

    public void setDomaineId(Long domaineId) {
        this.domaineId = domaineId;
    }

    public Long getFormationId() {
        return formationId;
    }

    public void setFormationId(Long formationId) {
        this.formationId = formationId;
    }

    public Long getCollegeId() {
        return collegeId;
    }

    public void setCollegeId(Long collegeId) {
        this.collegeId = collegeId;
    }

    public StatutInscription getStatut() {
        return statut;
    }

    public void setStatut(StatutInscription statut) {
        this.statut = statut;
    }

    public String getPlanifie() {
        return planifie;
    }

    public void setPlanifie(String planifie) {
        this.planifie = planifie;
    }

    public String getTexte() {
        return texte;
    }

    public void setTexte(String texte) {
        this.texte = texte;
    }

    /** The table's rows: a count and a page query for each request of the table. */
    private final class Lignes extends LazyDataModel<Candidat> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            total = candidats.compter(applique);
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<Candidat> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED)
                    .findFirst().orElse(null);
            String field = sort == null ? null : sort.getField();
            boolean ascending = sort == null || sort.getOrder() == SortOrder.ASCENDING;
            return candidats.candidats(applique, first, pageSize, field, ascending).stream()
                    .map(ligne -> Candidat.de(ligne, etats)).toList();
        }

        /** A page beyond the last (a stale link, a count that shrank) shows the first page, not the last. */
        @Override
        protected int recalculateFirst(int first, int pageSize, int rowCount) {
            return Pagination.premier(first, pageSize, rowCount);
        }

        @Override
        public String getRowKey(Candidat ligne) {
            return String.valueOf(ligne.inscription().id());
        }

        @Override
        public Candidat getRowData(String rowKey) {
            List<Candidat> page = getWrappedData();
            return page == null ? null
                    : page.stream().filter(l -> getRowKey(l).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
