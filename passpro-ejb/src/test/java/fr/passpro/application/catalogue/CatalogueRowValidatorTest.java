package fr.passpro.application.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.catalogue.importation.Gravite;
import fr.passpro.domain.catalogue.importation.LigneCatalogue;
import fr.passpro.domain.catalogue.importation.Rejet;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.infrastructure.excel.CatalogueColumn;
import fr.passpro.infrastructure.excel.RawCell;
import fr.passpro.infrastructure.excel.RawRow;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueRowValidatorTest {

    private static final Academie CRETEIL = new Academie(Academie.CRETEIL, "Créteil");
    private static final Academie PARIS = new Academie(Academie.PARIS, "Paris");
    private static final List<Departement> DEPARTEMENTS = List.of(
            new Departement("075", "Paris", PARIS),
            new Departement("077", "Seine-et-Marne", CRETEIL),
            new Departement("093", "Seine-Saint-Denis", CRETEIL),
            new Departement("094", "Val-de-Marne", CRETEIL));

    private final CatalogueRowValidator validator = CatalogueRowValidator.pourAcademie(CRETEIL, DEPARTEMENTS);

    private static Map<CatalogueColumn, RawCell> valid() {
        Map<CatalogueColumn, RawCell> cells = new EnumMap<>(CatalogueColumn.class);
        cells.put(CatalogueColumn.DOMAINE, RawCell.text("Métiers de la relation client"));
        cells.put(CatalogueColumn.DEPARTEMENT, RawCell.text("93"));
        cells.put(CatalogueColumn.VILLE, RawCell.text("Saint-Denis"));
        cells.put(CatalogueColumn.UAI_ETABLISSEMENT, RawCell.text("0930120a"));
        cells.put(CatalogueColumn.ETABLISSEMENT, RawCell.text("Lycée Jean Moulin"));
        cells.put(CatalogueColumn.CODE_FORMATION, RawCell.text("40025214"));
        cells.put(CatalogueColumn.LIBELLE_FORMATION, RawCell.text("2de pro Métiers de la relation client"));
        cells.put(CatalogueColumn.DIPLOME, RawCell.text("2nde professionnelle"));
        cells.put(CatalogueColumn.FAMILLE_METIERS, RawCell.text("Métiers de la relation client"));
        cells.put(CatalogueColumn.MODALITE_ENTRETIEN, RawCell.text("indiv."));
        return cells;
    }

    private ResultatValidation validate(Map<CatalogueColumn, RawCell> cells) {
        return validator.valider(new RawRow(7, cells));
    }

    private ResultatValidation with(CatalogueColumn column, RawCell cell) {
        Map<CatalogueColumn, RawCell> cells = valid();
        cells.put(column, cell);
        return validate(cells);
    }

    private ResultatValidation with(CatalogueColumn column, String text) {
        return with(column, RawCell.text(text));
    }

    private static Rejet onlyError(ResultatValidation result) {
        assertThat(result.isValide()).isFalse();
        assertThat(result.erreurs()).hasSize(1);
        return result.erreurs().get(0);
    }

    @Test
    void normalisesAValidLine() {
        ResultatValidation result = validate(valid());

        assertThat(result.rejets()).isEmpty();
        LigneValidee ligne = result.ligneValidee().orElseThrow();
        assertThat(ligne.ligne()).isEqualTo(7);
        assertThat(ligne.departement()).isEqualTo("093");
        assertThat(ligne.uaiEtablissement()).isEqualTo(Uai.of("0930120A"));
        assertThat(ligne.uaiAccueilReferent()).as("par défaut, le lycée qui propose").isEqualTo(Uai.of("0930120A"));
        assertThat(ligne.diplome()).isEqualTo(Diplome.SECONDE_PRO);
        assertThat(ligne.modalite()).isEqualTo(ModaliteEntretien.INDIVIDUEL);
        assertThat(ligne.observations()).isNull();

        LigneCatalogue staged = ligne.toLigneCatalogue(3L);
        assertThat(staged.getDiplome()).isEqualTo("SECONDE_PRO");
        assertThat(staged.getUaiAccueilReferent()).isEqualTo("0930120A");
    }

    @Test
    void padsTheDepartementToThreeDigits() {
        assertThat(with(CatalogueColumn.DEPARTEMENT, "77").ligneValidee().orElseThrow().departement()).isEqualTo("077");
        assertThat(with(CatalogueColumn.DEPARTEMENT, "094 - Val-de-Marne").ligneValidee().orElseThrow().departement())
                .isEqualTo("094");
    }

    @Test
    void refusesADepartementOfAnotherAcademie() {
        Rejet rejet = onlyError(with(CatalogueColumn.DEPARTEMENT, "75"));

        assertThat(rejet.colonne()).isEqualTo("Département");
        assertThat(rejet.valeur()).isEqualTo("75");
        assertThat(rejet.motif()).isEqualTo("Le département 075 n'appartient pas à l'académie de Créteil "
                + "(départements 077, 093, 094).");
        assertThat(CatalogueRowValidator.sansControleAcademie().valider(new RawRow(7, with75())).isValide()).isTrue();
    }

    private static Map<CatalogueColumn, RawCell> with75() {
        Map<CatalogueColumn, RawCell> cells = valid();
        cells.put(CatalogueColumn.DEPARTEMENT, RawCell.text("75"));
        return cells;
    }

    @Test
    void refusesAUaiWithAWrongCheckLetter() {
        Rejet rejet = onlyError(with(CatalogueColumn.UAI_ETABLISSEMENT, "0950009E"));

        assertThat(rejet.colonne()).isEqualTo("UAI établissement");
        assertThat(rejet.motif()).isEqualTo("L'UAI 0950009E est invalide : la lettre de contrôle attendue est U.");
    }

    @Test
    void restoresTheLostLeadingZeroOfAUaiWithAWarning() {
        ResultatValidation result = with(CatalogueColumn.UAI_ACCUEIL_REFERENT, "750647W");

        assertThat(result.isValide()).isTrue();
        assertThat(result.ligneValidee().orElseThrow().uaiAccueilReferent()).isEqualTo(Uai.of("0750647W"));
        assertThat(result.alertes()).singleElement().satisfies(alerte -> {
            assertThat(alerte.gravite()).isEqualTo(Gravite.ALERTE);
            assertThat(alerte.colonne()).isEqualTo("UAI accueil-référent");
            assertThat(alerte.motif()).startsWith("Zéro initial restauré : « 750647W » lu comme 0750647W");
        });
    }

    @Test
    void doesNotRestoreWhenTheCheckLetterStillFails() {
        Rejet rejet = onlyError(with(CatalogueColumn.UAI_ETABLISSEMENT, "950009E"));

        assertThat(rejet.motif()).startsWith("L'UAI doit comporter 7 chiffres suivis d'une lettre");
    }

    @Test
    void readsACodeFormationStoredAsANumber() {
        Map<CatalogueColumn, RawCell> cells = valid();
        cells.put(CatalogueColumn.CODE_FORMATION, new RawCell("50025216", true, List.of()));
        cells.put(CatalogueColumn.DIPLOME, RawCell.text("CAP"));
        cells.remove(CatalogueColumn.FAMILLE_METIERS);

        assertThat(validate(cells).ligneValidee().orElseThrow().codeFormation().code()).isEqualTo("50025216");
    }

    @Test
    void acceptsACodeWithAnUnusualPrefixWithAWarning() {
        ResultatValidation result = with(CatalogueColumn.CODE_FORMATION, "32331101");

        assertThat(result.isValide()).isTrue();
        assertThat(result.ligneValidee().orElseThrow().codeFormation().code()).isEqualTo("32331101");
        assertThat(result.alertes()).singleElement().satisfies(alerte -> {
            assertThat(alerte.colonne()).isEqualTo("Code formation");
            assertThat(alerte.motif()).contains("32331101").contains("2de professionnelle").contains("400");
        });
    }

    @Test
    void readsTheNationalNomenclatureSpellingsOfTheDiplome() {
        ResultatValidation seconde = with(CatalogueColumn.DIPLOME, "2NDPRO");
        assertThat(seconde.erreurs()).isEmpty();
        assertThat(seconde.ligneValidee().orElseThrow().diplome()).isEqualTo(Diplome.SECONDE_PRO);

        Map<CatalogueColumn, RawCell> cap = valid();
        cap.put(CatalogueColumn.CODE_FORMATION, RawCell.text("50025216"));
        cap.put(CatalogueColumn.DIPLOME, RawCell.text("1CAP2"));
        cap.remove(CatalogueColumn.FAMILLE_METIERS);
        ResultatValidation result = validate(cap);
        assertThat(result.rejets()).isEmpty();
        assertThat(result.ligneValidee().orElseThrow().diplome()).isEqualTo(Diplome.CAP);
    }

    @Test
    void refusesACapSecondYearListingTheAcceptedSpellings() {
        Rejet rejet = onlyError(with(CatalogueColumn.DIPLOME, "CAP 2e année"));

        assertThat(rejet.colonne()).isEqualTo("Diplôme");
        assertThat(rejet.motif()).startsWith("Le diplôme « CAP 2e année » n'est pas reconnu : valeurs acceptées")
                .contains("1CAP2").contains("2NDPRO");
    }

    @Test
    void refusesAnUnknownDiplomeListingTheAcceptedValues() {
        Rejet rejet = onlyError(with(CatalogueColumn.DIPLOME, "BTS"));

        assertThat(rejet.motif()).startsWith("Le diplôme « BTS » n'est pas reconnu : valeurs acceptées");
        assertThat(rejet.motif()).contains("1re année de CAP").contains("2de professionnelle");
    }

    @Test
    void refusesAnUnknownModalite() {
        Rejet rejet = onlyError(with(CatalogueColumn.MODALITE_ENTRETIEN, "mixte"));

        assertThat(rejet.colonne()).isEqualTo("Modalité d'entretien");
        assertThat(rejet.motif()).contains("Individuel").contains("Collectif");
    }

    @Test
    void refusesAFamilleDeMetiersOnACap() {
        Map<CatalogueColumn, RawCell> cells = valid();
        cells.put(CatalogueColumn.CODE_FORMATION, RawCell.text("50025216"));
        cells.put(CatalogueColumn.DIPLOME, RawCell.text("1re année de CAP"));

        Rejet rejet = onlyError(validate(cells));

        assertThat(rejet.colonne()).isEqualTo("Famille de métiers");
        assertThat(rejet.motif()).contains("ne concerne que la 2de professionnelle");
    }

    @Test
    void reportsEveryMissingRequiredValue() {
        Map<CatalogueColumn, RawCell> cells = valid();
        cells.remove(CatalogueColumn.VILLE);
        cells.put(CatalogueColumn.LIBELLE_FORMATION, RawCell.EMPTY);

        ResultatValidation result = validate(cells);

        assertThat(result.erreurs()).extracting(Rejet::colonne).containsExactly("Ville", "Libellé formation");
        assertThat(result.erreurs()).extracting(Rejet::motif).containsOnly("Valeur obligatoire manquante.");
    }

    @Test
    void rejectsACellWithAReadingProblem() {
        Rejet rejet = onlyError(with(CatalogueColumn.LIBELLE_FORMATION,
                new RawCell("CAP EPC", false, List.of(RawCell.FORMULA))));

        assertThat(rejet.motif()).isEqualTo(RawCell.FORMULA);
        assertThat(rejet.valeur()).isEqualTo("CAP EPC");
    }

    @Test
    void refusesATooLongLibelle() {
        Rejet rejet = onlyError(with(CatalogueColumn.LIBELLE_FORMATION, "x".repeat(256)));

        assertThat(rejet.motif()).isEqualTo("Le texte dépasse 255 caractères (256).");
    }
}
