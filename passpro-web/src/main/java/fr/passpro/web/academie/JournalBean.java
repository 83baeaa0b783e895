package fr.passpro.web.academie;

import fr.passpro.application.audit.JournalService;
import fr.passpro.application.audit.JournalService.Filtre;
import fr.passpro.application.audit.JournalService.Ligne;
import fr.passpro.domain.shared.Pagination;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail of the académie ({@code /academie/journal.xhtml}): read only, filtered, the latest first. */
@Named
@ViewScoped
public class JournalBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private JournalService journal;

    private String etablissement;
    private String personne;
    private String eleve;
    private LocalDate du;
    private LocalDate au;
    /** The filter of the last search; the table reads its pages from the database (issue 14). */
    private Filtre applique = new Filtre(null, null, null, null, null);
    private long total = -1;

    private final LazyDataModel<Ligne> lignes = new Lignes();

    public void rechercher() {
        applique = new Filtre(etablissement, personne, eleve, du, au);
        total = -1;
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public LazyDataModel<Ligne> getLignes() {
        return lignes;
    }

    /** How many lines the filter gives, all pages together. */
    public long getTotal() {
        if (total < 0) {
            total = journal.compter(applique);
        }
        return total;
    }

    /** Client id of the table. */
    static final String TABLE = "liste:journal";

    /** The action in French (« Modification », « Accès refusé »…), or its code when the bundle has no label. */
    public String action(String code) {
        try {
            return fr.passpro.web.util.Messages.texte(EtablissementsBean.BUNDLE, "journal.action." + code);
        } catch (java.util.MissingResourceException inconnue) {
            return code;
        }
    }

    public String quand(Instant instant) {
        return JournalService.quand(instant);
    }

    public String getEtablissement() {
        return etablissement;
    }

    public void setEtablissement(String etablissement) {
        this.etablissement = etablissement;
    }

    public String getPersonne() {
        return personne;
    }

    public void setPersonne(String personne) {
        this.personne = personne;
    }

    public String getEleve() {
        return eleve;
    }

    public void setEleve(String eleve) {
        this.eleve = eleve;
    }

    public LocalDate getDu() {
        return du;
    }

    public void setDu(LocalDate du) {
        this.du = du;
    }

    public LocalDate getAu() {
        return au;
    }

    public void setAu(LocalDate au) {
        this.au = au;
    }

    /** The table's rows: a count and a page query for each request of the table. */
    private final class Lignes extends LazyDataModel<Ligne> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            total = journal.compter(applique);
            return (int) Math.min(Integer.MAX_VALUE, total);
        }

        @Override
        public List<Ligne> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            JournalService.PageJournal page = journal.page(applique, first, pageSize);
            if (page.premier() != first
                    && FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
                // A page beyond the last: the table shows the first page.
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
        public String getRowKey(Ligne ligne) {
            return String.valueOf(ligne.evenement().getId());
        }

        @Override
        public Ligne getRowData(String rowKey) {
            List<Ligne> page = getWrappedData();
            return page == null ? null : page.stream().filter(l -> getRowKey(l).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
