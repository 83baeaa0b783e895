package fr.passpro.web.catalogue;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import fr.passpro.application.catalogue.CatalogueService;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.consultation.ChoixLycee;
import fr.passpro.domain.catalogue.consultation.FiltreCatalogue;
import fr.passpro.domain.catalogue.consultation.FormationVue;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The catalogue page: the filter form and a lazy table paged by the database. The filter applies when the person
 * presses « Rechercher »; the table, the count and the export link always show the applied filter.
 */
@Named
@ViewScoped
public class CatalogueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Client id of the table, to go back to its first page when the filter changes. */
    static final String TABLE = "resultats:formations";

    @Inject
    private CatalogueService catalogue;

    private Long domaineId;
    private String departement;
    private String ville;
    private Long lyceeId;
    private Diplome diplome;
    private String texte;

    private FiltreCatalogue applique = FiltreCatalogue.tout();
    private long total;

    private List<Domaine> domaines;
    private List<Departement> departements;
    private List<ChoixLycee> lycees;
    private boolean campagnePresente;

    private final LazyDataModel<FormationVue> formations = new Formations();

    @PostConstruct
    void init() {
        campagnePresente = catalogue.campagne().isPresent();
        domaines = catalogue.domaines();
        departements = catalogue.departements();
        lycees = catalogue.lycees(null);
        total = catalogue.compter(applique);
    }

    /** Applies the filter form and goes back to the first page. */
    public void rechercher() {
        applique = new FiltreCatalogue(domaineId, departement, ville, lyceeId, diplome, true, texte);
        texte = applique.texte();
        ville = applique.ville();
        appliquer();
    }

    /** Empties the filter form: the whole catalogue again. */
    public void effacer() {
        domaineId = null;
        departement = null;
        ville = null;
        lyceeId = null;
        diplome = null;
        texte = null;
        applique = FiltreCatalogue.tout();
        appliquer();
    }

    private void appliquer() {
        total = catalogue.compter(applique);
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
        // The count (a plain element, role="status") takes the focus: keyboard users land on the new results.
        PrimeFaces.current().executeScript("document.getElementById('nombre-formations').focus()");
    }

    /** Suggestions for the « Ville » field. */
    public List<String> villes(String debut) {
        return catalogue.villes(debut);
    }

    /** The link of the Excel export of the applied filter, relative to the context path. */
    public String getExportUrl() {
        String query = FiltreParametres.query(applique);
        return "/catalogue/export" + (query.isEmpty() ? "" : "?" + query);
    }

    public boolean isFiltre() {
        return !applique.equals(FiltreCatalogue.tout());
    }

    public LazyDataModel<FormationVue> getFormations() {
        return formations;
    }

    public long getTotal() {
        return total;
    }

    public boolean isCampagnePresente() {
        return campagnePresente;
    }

    public List<Domaine> getDomaines() {
        return domaines;
    }

    public List<Departement> getDepartements() {
        return departements;
    }

    public List<ChoixLycee> getLycees() {
        return lycees;
    }

    public Diplome[] getDiplomes() {
        return Diplome.values();
    }

    public Long getDomaineId() {
        return domaineId;
    }

    public void setDomaineId(Long domaineId) {
        this.domaineId = domaineId;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public String getVille() {
        return ville;
    }

    public void setVille(String ville) {
        this.ville = ville;
    }

    public Long getLyceeId() {
        return lyceeId;
    }

    public void setLyceeId(Long lyceeId) {
        this.lyceeId = lyceeId;
    }

    public Diplome getDiplome() {
        return diplome;
    }

    public void setDiplome(Diplome diplome) {
        this.diplome = diplome;
    }

    public String getTexte() {
        return texte;
    }

    public void setTexte(String texte) {
        this.texte = texte;
    }

    /** The table's rows: one query for the page, the count kept from the last filter change. */
    private final class Formations extends LazyDataModel<FormationVue> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<FormationVue> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED)
                    .findFirst().orElse(null);
            String field = sort == null ? null : sort.getField();
            boolean ascending = sort == null || sort.getOrder() == SortOrder.ASCENDING;
            return catalogue.rechercher(applique, first, pageSize, field, ascending);
        }

        @Override
        public String getRowKey(FormationVue formation) {
            return String.valueOf(formation.id());
        }

        @Override
        public FormationVue getRowData(String rowKey) {
            List<FormationVue> page = getWrappedData();
            return page == null ? null : page.stream().filter(f -> getRowKey(f).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
