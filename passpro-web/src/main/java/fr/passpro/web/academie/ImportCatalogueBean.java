package fr.passpro.web.academie;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import fr.passpro.application.catalogue.importation.CatalogueImporter;
import fr.passpro.application.catalogue.importation.ImportProgress;
import fr.passpro.domain.shared.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The catalogue import page: upload, live progress of the job, summary, reject report, latest imports. */
@Named
@ViewScoped
public class ImportCatalogueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String BUNDLE = "fr.passpro.web.import";
    /** What is wrong with the file is said beside the file field, not in the page's general messages. */
    private static final String FICHIER = "import-form:fichier";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    @Inject
    private CatalogueImporter importer;

    private transient UploadedFile fichier;
    private ImportProgress suivi;
    private List<ImportProgress> derniers;

    @PostConstruct
    void init() {
        derniers = importer.derniers(10);
        suivi = derniers.stream().filter(p -> !p.termine()).findFirst().orElse(null);
    }

    /** Checks the file, stores it and starts the job; the page then polls {@link #rafraichir()}. */
    public void lancer() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (fichier == null || fichier.getSize() == 0) {
            error(context, "import.erreur.aucunFichier");
            return;
        }
        if (fichier.getSize() > importer.tailleMax()) {
            error(context, "import.erreur.tropGros", importer.tailleMax() / (1024 * 1024));
            return;
        }
        try {
            long id = importer.importer(fichier.getFileName(), fichier.getContent());
            suivi = importer.progression(id);
            derniers = importer.derniers(10);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    text("import.lance", fichier.getFileName()), null));
        } catch (BusinessException e) {
            context.addMessage(FICHIER, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (EJBException e) {
            Exception cause = e.getCausedByException();
            context.addMessage(FICHIER, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    cause instanceof BusinessException ? cause.getMessage() : text("import.erreur.technique"), null));
        }
    }

    /** Called by the poll every second while the job runs. */
    public void rafraichir() {
        if (suivi != null) {
            suivi = importer.progression(suivi.id());
            if (suivi.termine()) {
                derniers = importer.derniers(10);
            }
        }
    }

    /** Restarts the followed import after a technical failure. */
    public void relancer() {
        if (suivi != null) {
            try {
                importer.relancer(suivi.id());
                suivi = importer.progression(suivi.id());
            } catch (BusinessException e) {
                FacesContext.getCurrentInstance().addMessage(null,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            }
        }
    }

    public StreamedContent getModele() {
        byte[] bytes = importer.modele();
        return DefaultStreamedContent.builder().name("modele-catalogue-passpro.xlsx").contentType(XLSX)
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public StreamedContent getRapport() {
        if (suivi == null) {
            return null;
        }
        byte[] bytes = importer.rapportRejets(suivi.id());
        return DefaultStreamedContent.builder().name("rejets-import-" + suivi.id() + ".xlsx").contentType(XLSX)
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** Follows one of the latest imports. */
    public void suivre(long id) {
        suivi = importer.progression(id);
    }

    public boolean isEnCours() {
        return suivi != null && !suivi.termine();
    }

    public ImportProgress getSuivi() {
        return suivi;
    }

    public List<ImportProgress> getDerniers() {
        return derniers;
    }

    public UploadedFile getFichier() {
        return fichier;
    }

    public void setFichier(UploadedFile fichier) {
        this.fichier = fichier;
    }

    public long getTailleMax() {
        return importer.tailleMax();
    }

    public long getTailleMaxMo() {
        return importer.tailleMax() / (1024 * 1024);
    }

    public String date(java.time.Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** The CSS class of a status badge. */
    public String badge(ImportProgress p) {
        return switch (p.statut()) {
            case TERMINE -> "fr-badge fr-badge--success";
            case REFUSE, ECHEC -> "fr-badge fr-badge--error";
            default -> "fr-badge fr-badge--info";
        };
    }

    private static void error(FacesContext context, String key, Object... arguments) {
        context.addMessage(FICHIER, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
    }

    static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH, ImportCatalogueBean.class.getClassLoader())
                .getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.FRENCH).format(arguments);
    }
}
