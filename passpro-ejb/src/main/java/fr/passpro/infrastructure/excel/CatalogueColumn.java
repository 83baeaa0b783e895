package fr.passpro.infrastructure.excel;

import fr.passpro.domain.catalogue.TextNormalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of the catalogue file published by the académie, in their usual order. A header matches a column
 * whatever its case, accents, punctuation and spacing, or when it is one of the synonyms seen in past files.
 */
public enum CatalogueColumn {

    DOMAINE("Domaine", true),
    DEPARTEMENT("Département", true, "Dépt", "Dept", "Code département", "N° département"),
    VILLE("Ville", true, "Commune"),
    UAI_ETABLISSEMENT("UAI établissement", true, "UAI", "RNE", "UAI lycée", "RNE établissement", "Code UAI"),
    ETABLISSEMENT("Établissement", true, "Lycée", "Nom établissement", "Nom du lycée", "Nom de l'établissement"),
    UAI_ACCUEIL_REFERENT("UAI accueil-référent", false, "UAI accueil", "UAI établissement accueil-référent",
            "UAI établissement d'accueil-référent", "UAI accueil référent", "RNE accueil-référent"),
    CODE_FORMATION("Code formation", true, "CFD", "Code formation diplôme", "Code diplôme"),
    LIBELLE_FORMATION("Libellé formation", true, "Libellé de la formation", "Formation", "Intitulé formation"),
    DIPLOME("Diplôme", true, "Niveau", "Type de diplôme"),
    FAMILLE_METIERS("Famille de métiers", false, "Famille métiers", "Famille"),
    MODALITE_ENTRETIEN("Modalité d'entretien", true, "Modalité", "Modalité entretien", "Type d'entretien",
            "Modalités d'entretien"),
    OBSERVATIONS("Observations", false, "Observation", "Remarques", "Commentaires", "Commentaire");

    private final String displayName;
    private final boolean required;
    private final List<String> keys;

    CatalogueColumn(String displayName, boolean required, String... synonyms) {
        this.displayName = displayName;
        this.required = required;
        this.keys = Stream.concat(Stream.of(displayName), Arrays.stream(synonyms)).map(TextNormalizer::matchKey).toList();
    }

    /** The name as the académie writes it in the file and as the rejection report shows it. */
    public String displayName() {
        return displayName;
    }

    /**
     * Whether a file without this column is refused. UAI accueil-référent (defaults to the UAI établissement),
     * Famille de métiers and Observations may be missing.
     */
    public boolean required() {
        return required;
    }

    /** The column a header names, whatever its case, accents, punctuation and spacing; empty for another header. */
    public static Optional<CatalogueColumn> fromHeader(String header) {
        String key = TextNormalizer.matchKey(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.keys.contains(key)).findFirst();
    }
}
