package fr.passpro.web.inscription;

import fr.passpro.application.inscription.InscriptionService;
import fr.passpro.application.inscription.LigneInscription;
import fr.passpro.application.inscription.PageInscriptions;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.shared.Pagination;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The collège's inscriptions, filtered by statut ({@code ?statut=}, bookmarkable): a table paged and counted by the
 * database, whose rows are small view records (issue 14).
 */
@Named
@ViewScoped
public class InscriptionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Client id of the table. */
    static final String TABLE = "liste:inscriptions";

    @Inject
    private InscriptionService inscriptions;

    private StatutInscription statut;
    private Map<StatutInscription, Long> parStatut = new EnumMap<>(StatutInscription.class);
    private long total;

    private final LazyDataModel<LigneInscription> lignes = new Lignes();

    @PostConstruct
    void load() {
        compter();
    }

    private void compter() {
        parStatut = new EnumMap<>(StatutInscription.class);
        parStatut.putAll(inscriptions.nombresParStatut());
    }

    public LazyDataModel<LigneInscription> getLignes() {
        return lignes;
    }

    /** How many inscriptions the filter gives, all pages together. */
    public long getNombreFiltre() {
        return statut == null ? getTotal() : nombre(statut);
    }

    public long getTotal() {
        return parStatut.values().stream().mapToLong(Long::longValue).sum();
    }

    public StatutInscription[] getStatuts() {
        return StatutInscription.values();
    }

    public long nombre(StatutInscription s) {
        return parStatut.getOrDefault(s, 0L);
    }

    public StatutInscription getStatut() {
        return statut;
    }

    public void setStatut(StatutInscription statut) {
        this.statut = statut;
    }

    /** The CSS class of a statut badge. */
    public static String badge(StatutInscription s) {
        return switch (s) {
            case INSCRITE -> "fr-badge pp-badge--info";
            case CONVOQUEE -> "fr-badge pp-badge--new";
            case ENTRETIEN_PASSE, AVIS_RECUS -> "fr-badge pp-badge--success";
            case RETIREE -> "fr-badge pp-badge--neutre";
        };
    }

    public String classeBadge(StatutInscription s) {
        return badge(s);
    }

    /** The table's rows: the counts and one page query for each request of the table. */
    private final class Lignes extends LazyDataModel<LigneInscription> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            compter();
            return (int) Math.min(Integer.MAX_VALUE, getNombreFiltre());
        }

        @Override
        public List<LigneInscription> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            PageInscriptions page = inscriptions.inscriptions(statut, first, pageSize);
            if (page.premier() != first) {
                // A page beyond the last (a stale link, a count that shrank): the table shows the first page.
                FacesContext faces = FacesContext.getCurrentInstance();
                if (faces != null && faces.getViewRoot().findComponent(TABLE) instanceof DataTable table) {
                    table.setFirst(page.premier());
                }
            }
            return page.lignes();
        }

        /** A page beyond the last (a stale link, a count that shrank) shows the first page, not the last. */
        @Override
        protected int recalculateFirst(int first, int pageSize, int rowCount) {
            return Pagination.premier(first, pageSize, rowCount);
        }

        @Override
        public String getRowKey(LigneInscription ligne) {
            return String.valueOf(ligne.id());
        }

        @Override
        public LigneInscription getRowData(String rowKey) {
            List<LigneInscription> page = getWrappedData();
            return page == null ? null : page.stream().filter(l -> getRowKey(l).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
