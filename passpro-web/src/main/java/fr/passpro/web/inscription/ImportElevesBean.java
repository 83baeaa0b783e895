package fr.passpro.web.inscription;

import java.io.Serializable;

import org.primefaces.model.file.UploadedFile;

import fr.passpro.application.inscription.EleveService;
import fr.passpro.application.inscription.ResultatImportEleves;
import fr.passpro.infrastructure.excel.ListeElevesReader;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Imports a list of pupils and shows, line by line, what was created and why the other lines were not. */
@Named
@ViewScoped
public class ImportElevesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EleveService eleves;

    private transient UploadedFile fichier;
    private ResultatImportEleves resultat;

    public void importer() {
        resultat = null;
        if (fichier == null || fichier.getSize() == 0) {
            Pages.erreur("import.aucunFichier");
            return;
        }
        if (fichier.getSize() > ListeElevesReader.MAX_BYTES) {
            Pages.erreur("import.tropGros", ListeElevesReader.MAX_BYTES / (1024 * 1024));
            return;
        }
        try {
            resultat = eleves.importer(fichier.getFileName(), fichier.getContent());
            Pages.info("import.termine", resultat.getNombreCrees(), resultat.getNombreRejets());
        } catch (RuntimeException refus) {
            Pages.erreur(refus);
        }
    }

    public ResultatImportEleves getResultat() {
        return resultat;
    }

    public UploadedFile getFichier() {
        return fichier;
    }

    public void setFichier(UploadedFile fichier) {
        this.fichier = fichier;
    }
}
