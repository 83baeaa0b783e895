package fr.passpro.web.inscription;

import fr.passpro.application.inscription.EleveService;
import fr.passpro.application.inscription.PageEleves;
import fr.passpro.domain.shared.Pagination;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The collège's pupils of the current campagne, with how many inscriptions each has (withdrawn ones apart): a table
 * paged and counted by the database, whose rows are small view records (issue 14).
 */
@Named
@RequestScoped
public class ElevesBean {

    /** Client id of the table. */
    static final String TABLE = "liste:eleves";

    @Inject
    private EleveService eleves;

    private long total;

    private final LazyDataModel<PageEleves.Ligne> lignes = new Lignes();

    @PostConstruct
    void load() {
        total = eleves.page(0, 1).total();
    }

    public LazyDataModel<PageEleves.Ligne> getLignes() {
        return lignes;
    }

    /** How many pupils the collège has, all pages together. */
    public long getTotal() {
        return total;
    }

    public String ficheAria(PageEleves.Ligne eleve) {
        return Pages.text("eleves.fiche.aria", eleve.nomComplet());
    }

    public String dateNaissance(PageEleves.Ligne eleve) {
        return Pages.dateCourte(eleve.dateNaissance());
    }

    /** The table's rows: a count and one page query for each request of the table. */
    private final class Lignes extends LazyDataModel<PageEleves.Ligne> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<PageEleves.Ligne> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            PageEleves page = eleves.page(first, pageSize);
            total = page.total();
            if (page.premier() != first
                    && FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
                table.setFirst(page.premier());
            }
            return page.lignes();
        }

        /** A page beyond the last (a stale link, a count that shrank) shows the first page, not the last. */
        @Override
        protected int recalculateFirst(int first, int pageSize, int rowCount) {
            return Pagination.premier(first, pageSize, rowCount);
        }

        @Override
        public String getRowKey(PageEleves.Ligne ligne) {
            return String.valueOf(ligne.id());
        }

        @Override
        public PageEleves.Ligne getRowData(String rowKey) {
            List<PageEleves.Ligne> page = getWrappedData();
            return page == null ? null : page.stream().filter(l -> getRowKey(l).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
