package fr.passpro.batch.catalogue;

import fr.passpro.domain.catalogue.importation.LigneCatalogue;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Stores the valid lines in the staging table; the catalogue itself is changed only once the whole file is checked. */
@Dependent
@Named("catalogueStagingWriter")
public class StagingWriter extends AbstractItemWriter {

    @Inject
    private CatalogueImportRepository imports;

    @Override
    public void writeItems(List<Object> items) {
        imports.addLignes(items.stream().map(LigneCatalogue.class::cast).toList());
    }
}
