package fr.passpro.batch.catalogue;

import fr.passpro.application.catalogue.CatalogueRowValidator;
import fr.passpro.application.catalogue.DuplicateDetector;
import fr.passpro.application.catalogue.LigneValidee;
import fr.passpro.application.catalogue.ResultatValidation;
import fr.passpro.domain.catalogue.CodeFormation;
import fr.passpro.domain.catalogue.importation.Rejet;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.infrastructure.excel.CatalogueColumn;
import fr.passpro.infrastructure.excel.RawRow;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one line: its values ({@link CatalogueRowValidator}, for the académie of the import's campagne), that its
 * accueil-référent exists in Passpro or in the file, and that it is not a duplicate. A line with an error is thrown
 * as {@link LigneRejeteeException} (skipped, reported); the warnings of a valid line are reported at once.
 * On a restart, the duplicate check remembers the lines already staged.
 */
@Dependent
@Named("catalogueLineProcessor")
public class CatalogueLineProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    @Inject
    private StepContext stepContext;

    @Inject
    private CatalogueImportSteps steps;

    @Inject
    private CatalogueImportRepository imports;

    private CatalogueRowValidator validator;
    private DuplicateDetector duplicates;
    private final Map<String, Boolean> uaisConnus = new HashMap<>();

    @Override
    public Object processItem(Object item) throws LigneRejeteeException {
        long id = Long.parseLong(importId);
        if (validator == null) {
            validator = steps.validateur(id);
            duplicates = new DuplicateDetector();
            for (Object[] key : imports.findLigneKeys(id)) {
                duplicates.verifier(new LigneValidee((Integer) key[0], "", "", "", Uai.of((String) key[2]), "",
                        Uai.of((String) key[2]), CodeFormation.of((String) key[1]), "", null, null, null, null));
            }
        }
        RawRow row = (RawRow) item;
        ResultatValidation resultat = validator.valider(row);
        List<Rejet> rejets = new ArrayList<>(resultat.rejets());
        if (resultat.isValide()) {
            LigneValidee ligne = resultat.ligneValidee().orElseThrow();
            String accueil = ligne.uaiAccueilReferent().code();
            if (!accueil.equals(ligne.uaiEtablissement().code()) && !uaisDuFichier().contains(accueil)
                    && !uaisConnus.computeIfAbsent(accueil, imports::uaiExists)) {
                rejets.add(Rejet.erreur(row.lineNumber(), CatalogueColumn.UAI_ACCUEIL_REFERENT.displayName(),
                        row.text(CatalogueColumn.UAI_ACCUEIL_REFERENT), "L'établissement accueil-référent " + accueil
                                + " n'est pas connu de Passpro et n'apparaît comme établissement sur aucune ligne du "
                                + "fichier : vérifiez l'UAI ou ajoutez une ligne pour cet établissement."));
            } else {
                duplicates.verifier(ligne).ifPresent(rejets::add);
            }
            if (rejets.stream().noneMatch(Rejet::isErreur)) {
                if (!rejets.isEmpty()) {
                    imports.addRejets(id, rejets); // warnings of a valid line
                }
                return ligne.toLigneCatalogue(id);
            }
        }
        throw new LigneRejeteeException(row.lineNumber(), rejets, codeLisible(row), uaiLisible(row));
    }

    /** The code formation of a rejected line when it is well formed, else null. */
    private static String codeLisible(RawRow row) {
        String text = row.text(CatalogueColumn.CODE_FORMATION);
        return CodeFormation.isValid(text) ? CodeFormation.of(text).code() : null;
    }

    /** The UAI établissement of a rejected line when it is valid, leading zeros restored as the validator does, else null. */
    private static String uaiLisible(RawRow row) {
        String text = row.text(CatalogueColumn.UAI_ETABLISSEMENT).strip().toUpperCase(java.util.Locale.ROOT);
        if (Uai.isValid(text)) {
            return Uai.of(text).code();
        }
        java.util.regex.Matcher sansZeros = java.util.regex.Pattern.compile("(\\d{4,6})([A-Z])").matcher(text);
        if (sansZeros.matches()) {
            String restaure = "0".repeat(7 - sansZeros.group(1).length()) + sansZeros.group(1) + sansZeros.group(2);
            return Uai.isValid(restaure) ? restaure : null;
        }
        return null;
    }

    private Set<String> uaisDuFichier() {
        Object facts = stepContext.getTransientUserData();
        return facts instanceof CatalogueLineReader.FileFacts f ? f.uaisEtablissement : Set.of();
    }
}
