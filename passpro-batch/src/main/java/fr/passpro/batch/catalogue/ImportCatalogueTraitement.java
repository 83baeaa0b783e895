package fr.passpro.batch.catalogue;

import fr.passpro.batch.console.Traitement;
import fr.passpro.domain.catalogue.importation.CatalogueImport;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;

/**
 * The {@value ImportCatalogueJob#NAME} job in the console: shown with its executions, driven from the import page
 * (it needs a file, and its import row follows each start and restart). An execution belongs to the académie of its
 * import's campagne, and was started by whoever the import records.
 */
@ApplicationScoped
public class ImportCatalogueTraitement implements Traitement {

    @Inject
    private CatalogueImportRepository imports;

    @Override
    public String nom() {
        return ImportCatalogueJob.NAME;
    }

    @Override
    public boolean lancementManuel() {
        return false;
    }

    @Override
    public String page() {
        return "/academie/import-catalogue.xhtml";
    }

    @Override
    public boolean concerne(Properties parametres, String academie) {
        return catalogueImport(parametres).map(i -> i.getCampagne().getAcademie().getCode().equals(academie))
                .orElse(false);
    }

    @Override
    public String lancePar(Properties parametres) {
        return catalogueImport(parametres).map(CatalogueImport::getDemarrePar).orElse(null);
    }

    private Optional<CatalogueImport> catalogueImport(Properties parametres) {
        String id = parametres == null ? null : parametres.getProperty(ImportCatalogueJob.PARAM_IMPORT_ID);
        if (id == null || !id.chars().allMatch(Character::isDigit) || id.isEmpty() || id.length() > 18) {
            return Optional.empty();
        }
        return imports.find(Long.parseLong(id));
    }
}
