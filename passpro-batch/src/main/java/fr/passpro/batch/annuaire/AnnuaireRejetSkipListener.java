package fr.passpro.batch.annuaire;

import fr.passpro.domain.catalogue.importation.Rejet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Writes every problem of a rejected line into the report: a line is never dropped silently. */
@Dependent
@Named("annuaireRejetSkipListener")
public class AnnuaireRejetSkipListener implements SkipProcessListener {

    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    @Inject
    private AnnuaireImportSteps steps;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        if (ex instanceof LigneAnnuaireRejeteeException rejet) {
            steps.rejeter(Long.parseLong(importId), rejet.getRejets());
        } else {
            int ligne = item instanceof LigneBrute brute ? brute.ligne() : 1;
            steps.rejeter(Long.parseLong(importId), List.of(Rejet.erreur(ligne, null, "",
                    "Ligne illisible : " + ex.getMessage())));
        }
    }
}
