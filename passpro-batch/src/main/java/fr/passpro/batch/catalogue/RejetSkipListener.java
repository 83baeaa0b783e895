package fr.passpro.batch.catalogue;

import fr.passpro.domain.catalogue.importation.Rejet;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Writes every problem of a rejected line into the report (a line is never dropped silently), and what the line
 * names, so that the formation it names is not withdrawn as if it were absent from the file.
 */
@Dependent
@Named("catalogueRejetSkipListener")
public class RejetSkipListener implements SkipProcessListener {

    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    @Inject
    private CatalogueImportRepository imports;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        if (ex instanceof LigneRejeteeException rejet) {
            imports.addRejets(Long.parseLong(importId), rejet.getRejets());
            // the formation a rejected line names keeps its state: the withdrawal step must know it
            imports.addCleRejetee(Long.parseLong(importId), rejet.getLigne(), rejet.getCodeFormation(),
                    rejet.getUaiEtablissement());
        } else {
            int ligne = item instanceof fr.passpro.infrastructure.excel.RawRow row ? row.lineNumber() : 0;
            imports.addRejets(Long.parseLong(importId), List.of(Rejet.erreur(Math.max(ligne, 1), null, "",
                    "Ligne illisible : " + ex.getMessage())));
        }
    }
}
