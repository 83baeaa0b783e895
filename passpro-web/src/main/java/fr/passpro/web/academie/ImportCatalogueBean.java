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

import fr.passpro.application.catalogue.RetraitEnAttente;
import fr.passpro.application.catalogue.RetraitsFormationService;
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

/**
 * The catalogue import page: upload, live progress of the job, summary, reject report, latest imports, and the
 * admin's decision on the formations the file no longer lists but pupils ask for.
 */
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

    @Inject
    private RetraitsFormationService retraits;

    private transient UploadedFile fichier;
    private ImportProgress suivi;
    private List<ImportProgress> derniers;
    private List<RetraitEnAttente> enAttente;
    /** Whether the followed import was started from this page now: the banner says it is under way. */
    private boolean lanceIci;

    @PostConstruct
    void init() {
        derniers = importer.derniers(10);
        suivi = derniers.stream().filter(p -> !p.termine()).findFirst().orElse(null);
        enAttente = retraits.enAttente();
    }

    /** Checks the file, stores it and starts the job; the page then polls {@link #rafraichir()}. */
    public void lancer() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (fichier == null || fichier.getFileName() == null || fichier.getFileName().isBlank()) {
            error(context, "import.erreur.aucunFichier");
            return;
        }
        if (fichier.getSize() == 0) {
            error(context, "import.erreur.vide", fichier.getFileName());
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
            lanceIci = true;
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
                enAttente = retraits.enAttente();
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
        lanceIci = false;
    }

    /** The admin confirms the withdrawal of a formation that pupils ask for. */
    public void confirmerRetrait(long retraitId) {
        decider(() -> {
            int marques = retraits.confirmer(retraitId);
            return text("retrait.confirme", marques);
        });
    }

    /** The admin keeps in the catalogue a formation that the file no longer lists. */
    public void maintenir(long retraitId) {
        decider(() -> {
            retraits.maintenir(retraitId);
            return text("retrait.maintenu");
        });
    }

    private void decider(java.util.function.Supplier<String> decision) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, decision.get(), null));
        } catch (BusinessException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (EJBException e) {
            Exception cause = e.getCausedByException();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    cause instanceof BusinessException ? cause.getMessage() : text("import.erreur.technique"), null));
        }
        enAttente = retraits.enAttente();
    }

    public List<RetraitEnAttente> getEnAttente() {
        return enAttente;
    }

    /** The banner above the summary: what the followed import is doing or how it ended; null for none. */
    public String getBandeau() {
        if (suivi == null) {
            return null;
        }
        return switch (suivi.statut()) {
            case EN_ATTENTE, EN_COURS -> text(lanceIci ? "import.lance" : "import.bandeau.enCours", suivi.nomFichier());
            case TERMINE -> text(suivi.formationsAvecVoeux() > 0 ? "import.bandeau.termineDecision"
                    : "import.bandeau.termine", suivi.nomFichier(), suivi.formationsAvecVoeux());
            case REFUSE -> text("import.bandeau.refuse", suivi.nomFichier());
            case ECHEC -> text("import.bandeau.echec", suivi.nomFichier());
        };
    }

    /** The DSFR alert class of the banner. */
    public String getBandeauClasse() {
        if (suivi == null) {
            return "";
        }
        return switch (suivi.statut()) {
            case TERMINE -> suivi.formationsAvecVoeux() > 0 ? "fr-alert fr-alert--warning" : "fr-alert fr-alert--success";
            case REFUSE, ECHEC -> "fr-alert fr-alert--error";
            default -> "fr-alert fr-alert--info";
        };
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
