package fr.passpro.batch.catalogue;

import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The reject report of an import as an .xlsx workbook, for whoever is allowed to ask (checked by the caller). */
@Stateless
public class CatalogueReports {

    @Inject
    private CatalogueImportRepository imports;

    public byte[] rapportRejets(long importId) {
        imports.get(importId);
        return CatalogueWorkbooks.rapport(imports.findRejets(importId));
    }
}
