package fr.passpro.application.catalogue;

import static fr.passpro.infrastructure.excel.CatalogueColumn.CODE_FORMATION;
import static fr.passpro.infrastructure.excel.CatalogueColumn.DEPARTEMENT;
import static fr.passpro.infrastructure.excel.CatalogueColumn.DIPLOME;
import static fr.passpro.infrastructure.excel.CatalogueColumn.DOMAINE;
import static fr.passpro.infrastructure.excel.CatalogueColumn.ETABLISSEMENT;
import static fr.passpro.infrastructure.excel.CatalogueColumn.FAMILLE_METIERS;
import static fr.passpro.infrastructure.excel.CatalogueColumn.LIBELLE_FORMATION;
import static fr.passpro.infrastructure.excel.CatalogueColumn.MODALITE_ENTRETIEN;
import static fr.passpro.infrastructure.excel.CatalogueColumn.OBSERVATIONS;
import static fr.passpro.infrastructure.excel.CatalogueColumn.UAI_ACCUEIL_REFERENT;
import static fr.passpro.infrastructure.excel.CatalogueColumn.UAI_ETABLISSEMENT;
import static fr.passpro.infrastructure.excel.CatalogueColumn.VILLE;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.catalogue.CodeFormation;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.catalogue.importation.LigneCatalogue;
import fr.passpro.domain.catalogue.importation.Rejet;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.infrastructure.excel.CatalogueColumn;
import fr.passpro.infrastructure.excel.RawCell;
import fr.passpro.infrastructure.excel.RawRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks one line of the catalogue file and normalises its values, reporting every problem of the line at once
 * with the column, the value and a French reason. Plain Java, stateless: one instance may check a whole file
 * (duplicates are the {@link DuplicateDetector}'s business).
 */
public class CatalogueRowValidator {

    static final String OBLIGATOIRE = "Valeur obligatoire manquante.";
    static final String ZERO_RESTAURE = "Zéro initial restauré";

    /** A UAI whose leading zeros were lost (Excel took it for a number): 4 to 6 digits and the check letter. */
    private static final Pattern UAI_WITHOUT_ZEROS = Pattern.compile("(\\d{4,6})([A-Za-z])");
    /** A département as written: "77", "077", "93 - Seine-Saint-Denis", "075 Paris". */
    private static final Pattern DEPARTEMENT_CODE = Pattern.compile("(\\d{1,3})(?:\\D.*)?");

    private final String academieNom;
    private final Set<String> departements;

    private CatalogueRowValidator(String academieNom, Set<String> departements) {
        this.academieNom = academieNom;
        this.departements = departements;
    }

    /** A validator that checks every département belongs to the académie of the catalogue. */
    public static CatalogueRowValidator pourAcademie(Academie academie, Collection<Departement> departementsDeLAcademie) {
        Objects.requireNonNull(academie, "L'académie du catalogue est obligatoire.");
        Set<String> codes = departementsDeLAcademie.stream()
                .filter(d -> d.getAcademie().equals(academie))
                .map(Departement::getCode)
                .collect(Collectors.toCollection(TreeSet::new));
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("Aucun département pour " + academie + ".");
        }
        return new CatalogueRowValidator(academie.getNom(), Set.copyOf(codes));
    }

    /** A validator that accepts any département code of 3 digits. */
    public static CatalogueRowValidator sansControleAcademie() {
        return new CatalogueRowValidator(null, null);
    }

    /** The problems of one line, and the normalised line when none is an error. */
    public ResultatValidation valider(RawRow row) {
        Objects.requireNonNull(row, "La ligne est obligatoire.");
        Line line = new Line(row);

        String domaine = line.text(DOMAINE, true, LigneCatalogue.DOMAINE_MAX);
        String departement = line.value(DEPARTEMENT, true, this::departement);
        String ville = line.text(VILLE, true, LigneCatalogue.VILLE_MAX);
        Uai uai = line.value(UAI_ETABLISSEMENT, true, v -> line.uai(UAI_ETABLISSEMENT, v));
        String etablissement = line.text(ETABLISSEMENT, true, LigneCatalogue.ETABLISSEMENT_MAX);
        Uai accueil = line.value(UAI_ACCUEIL_REFERENT, false, v -> line.uai(UAI_ACCUEIL_REFERENT, v));
        CodeFormation code = line.value(CODE_FORMATION, true, CodeFormation::of);
        String libelle = line.text(LIBELLE_FORMATION, true, LigneCatalogue.LIBELLE_FORMATION_MAX);
        Diplome diplome = line.value(DIPLOME, true, Diplome::fromText);
        String famille = line.text(FAMILLE_METIERS, false, LigneCatalogue.FAMILLE_METIERS_MAX);
        ModaliteEntretien modalite = line.value(MODALITE_ENTRETIEN, true, ModaliteEntretien::fromText);
        String observations = line.text(OBSERVATIONS, false, LigneCatalogue.OBSERVATIONS_MAX);

        if (diplome != null && code != null) {
            diplome.alerteCode(code).ifPresent(alerte -> line.warning(CODE_FORMATION, code.code(), alerte));
        }
        if (diplome != null && famille != null) {
            line.check(FAMILLE_METIERS, () -> diplome.verifierFamilleMetiers(famille));
        }

        if (line.hasErrors()) {
            return new ResultatValidation(row.lineNumber(), Optional.empty(), line.rejets);
        }
        LigneValidee valid = new LigneValidee(row.lineNumber(), domaine, departement, ville, uai, etablissement,
                accueil == null ? uai : accueil, code, libelle, diplome, famille, modalite, observations);
        return new ResultatValidation(row.lineNumber(), Optional.of(valid), line.rejets);
    }

    /** "77" → "077", "93 - Seine-Saint-Denis" → "093"; refused outside the académie when one is given. */
    private String departement(String value) {
        Matcher matcher = DEPARTEMENT_CODE.matcher(value);
        if (!matcher.matches()) {
            throw new InvalidValueException("Le département doit être donné par son numéro (ex. 77 ou 077) : « "
                    + value + " » ne convient pas.");
        }
        String code = "0".repeat(3 - matcher.group(1).length()) + matcher.group(1);
        if (departements != null && !departements.contains(code)) {
            throw new InvalidValueException("Le département " + code + " n'appartient pas à l'académie de "
                    + academieNom + " (départements " + String.join(", ", new TreeSet<>(departements)) + ").");
        }
        return code;
    }

    /** The problems of one line, gathered while its cells are read. */
    private static final class Line {

        private final RawRow row;
        private final List<Rejet> rejets = new ArrayList<>();

        Line(RawRow row) {
            this.row = row;
        }

        boolean hasErrors() {
            return rejets.stream().anyMatch(Rejet::isErreur);
        }

        void error(CatalogueColumn column, String value, String motif) {
            rejets.add(Rejet.erreur(row.lineNumber(), column.displayName(), value, motif));
        }

        void warning(CatalogueColumn column, String value, String motif) {
            rejets.add(Rejet.alerte(row.lineNumber(), column.displayName(), value, motif));
        }

        /** Reports the reading problems of the cell; true when it is usable. */
        private boolean readable(CatalogueColumn column, RawCell cell) {
            cell.problems().forEach(problem -> error(column, cell.text(), problem));
            return cell.problems().isEmpty();
        }

        /** A text value, null when empty; refused when required and empty, or too long. */
        String text(CatalogueColumn column, boolean required, int max) {
            return value(column, required, v -> {
                if (v.length() > max) {
                    throw new InvalidValueException("Le texte dépasse " + max + " caractères (" + v.length() + ").");
                }
                return v;
            });
        }

        /** A value converted by a parser that throws InvalidValueException; null when empty or refused. */
        <T> T value(CatalogueColumn column, boolean required, Function<String, T> parser) {
            RawCell cell = row.cell(column);
            if (!readable(column, cell)) {
                return null;
            }
            if (cell.isEmpty()) {
                if (required) {
                    error(column, "", OBLIGATOIRE);
                }
                return null;
            }
            try {
                return parser.apply(cell.text());
            } catch (InvalidValueException e) {
                error(column, cell.text(), e.getMessage());
                return null;
            }
        }

        void check(CatalogueColumn column, Runnable rule) {
            try {
                rule.run();
            } catch (InvalidValueException e) {
                error(column, row.text(column), e.getMessage());
            }
        }

        /** A UAI; one whose leading zeros were lost is restored, with a warning, when its check letter then validates. */
        Uai uai(CatalogueColumn column, String value) {
            Matcher matcher = UAI_WITHOUT_ZEROS.matcher(value);
            if (matcher.matches()) {
                String restored = "0".repeat(7 - matcher.group(1).length()) + matcher.group(1)
                        + matcher.group(2).toUpperCase(java.util.Locale.ROOT);
                if (Uai.isValid(restored)) {
                    warning(column, value, ZERO_RESTAURE + " : « " + value + " » lu comme " + restored
                            + " (enregistrez la colonne au format Texte pour garder les zéros).");
                    return Uai.of(restored);
                }
            }
            return Uai.of(value);
        }
    }
}
