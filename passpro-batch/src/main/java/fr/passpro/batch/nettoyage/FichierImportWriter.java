package fr.passpro.batch.nettoyage;

import static java.util.logging.Level.INFO;

import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;

/** Deletes the stored file of each import, in the chunk's transaction. */
@Dependent
@Named("fichierImportWriter")
public class FichierImportWriter extends AbstractItemWriter {

    private static final Logger logger = Logger.getLogger(FichierImportWriter.class.getName());

    @Inject
    private CatalogueImportRepository imports;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            if (imports.supprimerFichier((Long) item)) {
                logger.log(INFO, "Fichier de l''import du catalogue {0} supprimé (fin de conservation)", item);
            }
        }
    }
}
