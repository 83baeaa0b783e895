package fr.passpro.batch.catalogue;

import fr.passpro.application.catalogue.importation.CatalogueImporter;
import fr.passpro.infrastructure.excel.TabularReader;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Names and settings shared by the artifacts of the {@value #NAME} job. */
final class ImportCatalogueJob {

    static final String NAME = "importCatalogue";
    static final String PARAM_IMPORT_ID = "importId";

    /** Who the nightly drop-folder import is recorded as. */
    static final String AUTEUR_NOCTURNE = "import nocturne";

    private ImportCatalogueJob() {
    }

    static Config config() {
        return ConfigProvider.getConfig(ImportCatalogueJob.class.getClassLoader());
    }

    static long tailleMax() {
        return config().getOptionalValue(CatalogueImporter.TAILLE_MAX, Long.class).orElse(TabularReader.DEFAULT_MAX_BYTES);
    }

    static int seuilRejet() {
        return config().getOptionalValue(CatalogueImporter.SEUIL_REJET, Integer.class)
                .orElse(fr.passpro.domain.catalogue.importation.CatalogueImport.SEUIL_REJET_STANDARD);
    }

    /** A batch property holding a number, or a default when it is absent or blank. */
    static int intOr(String value, int defaultValue) {
        return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.strip());
    }
}
