package fr.passpro.batch.annuaire;

import fr.passpro.domain.catalogue.importation.Rejet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Checks one line for the import's académie ({@link AnnuaireRowMapper}): an accepted or ignored line goes to the
 * writer (which counts both); a line with an error is thrown as {@link LigneAnnuaireRejeteeException} (skipped,
 * reported), as is a second line of a UAI already met in the file.
 */
@Dependent
@Named("annuaireLineProcessor")
public class AnnuaireLineProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    @Inject
    private StepContext stepContext;

    @Inject
    private AnnuaireImportSteps steps;

    private AnnuaireRowMapper mapper;

    @Override
    public Object processItem(Object item) throws LigneAnnuaireRejeteeException {
        if (mapper == null) {
            mapper = steps.contexte(Long.parseLong(importId)).mapper();
        }
        LigneBrute ligne = (LigneBrute) item;
        Object resultat = mapper.lire(ligne);
        if (resultat instanceof LigneAnnuaire acceptee
                && stepContext.getTransientUserData() instanceof AnnuaireLineReader.FileFacts facts) {
            Integer premiere = facts.premiereLigne().get(acceptee.uai());
            if (premiere != null && premiere < acceptee.ligne()) {
                throw new LigneAnnuaireRejeteeException(acceptee.ligne(), List.of(Rejet.erreur(acceptee.ligne(),
                        AnnuaireColonne.UAI.enTete(), acceptee.uai(), "Doublon de la ligne " + premiere
                                + " : un établissement ne figure qu'une fois dans l'annuaire ; seule la première ligne "
                                + "est importée.")));
            }
        }
        return resultat;
    }
}
