package fr.passpro.application.catalogue;

import fr.passpro.domain.catalogue.CodeFormation;
import fr.passpro.domain.catalogue.importation.Rejet;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.infrastructure.excel.CatalogueColumn;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the lines already seen in one file, keyed on (code formation, UAI établissement): the same formation
 * twice in the same lycée is a copy-paste mistake, and the second line is rejected. One instance per file read;
 * not thread-safe.
 */
public class DuplicateDetector {

    private record Key(CodeFormation code, Uai uai) {
    }

    private final Map<Key, Integer> firstLines = new HashMap<>();

    /**
     * @return an error naming the first line when this formation and lycée were already seen; empty otherwise
     * (and the line is remembered)
     */
    public Optional<Rejet> verifier(LigneValidee ligne) {
        Integer first = firstLines.putIfAbsent(new Key(ligne.codeFormation(), ligne.uaiEtablissement()), ligne.ligne());
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(Rejet.erreur(ligne.ligne(), CatalogueColumn.CODE_FORMATION.displayName(),
                ligne.codeFormation().code(), "Doublon de la ligne " + first + " : même code formation et même UAI "
                        + "établissement (" + ligne.uaiEtablissement() + ")."));
    }

    /** How many distinct formations have been seen. */
    public int size() {
        return firstLines.size();
    }
}
