package fr.passpro.batch.catalogue;

import fr.passpro.batch.RapportRejets;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.catalogue.importation.RejetImport;
import fr.passpro.infrastructure.excel.CatalogueColumn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbooks the import gives the admin: the reject report and the template of the catalogue file. */
final class CatalogueWorkbooks {


    /** An example line of the template: a real-looking formation of the académie de Créteil. */
    static final String[] EXEMPLE = {"Métiers de la relation client", "094", "Saint-Maur-des-Fossés", "0940132H",
            "Lycée professionnel Jean Lurçat", "0940132H", "40031201", "Métiers de l'accueil", "2de professionnelle",
            "Métiers de la relation client", "Individuel", "Entretien au CDI, se présenter à l'accueil."};

    private CatalogueWorkbooks() {
    }

    static byte[] rapport(List<RejetImport> rejets) {
        return RapportRejets.xlsx(rejets.stream().map(RejetImport::toRejet).toList());
    }

    static byte[] modele() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Catalogue");
            CatalogueColumn[] columns = CatalogueColumn.values();
            String[] headers = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                headers[i] = columns[i].displayName();
            }
            RapportRejets.entete(workbook, sheet, headers);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row example = sheet.createRow(1);
            for (int i = 0; i < EXEMPLE.length; i++) {
                example.createCell(i).setCellValue(EXEMPLE[i]);
                example.getCell(i).setCellStyle(text);
                sheet.setDefaultColumnStyle(i, text);
            }
            sheet.createFreezePane(0, 1);
            RapportRejets.largeurs(sheet, headers.length);

            Sheet aide = workbook.createSheet("Mode d'emploi");
            RapportRejets.entete(workbook, aide, new String[] {"Colonne", "Obligatoire", "Valeurs acceptées"});
            int r = 1;
            for (CatalogueColumn column : columns) {
                Row row = aide.createRow(r++);
                row.createCell(0).setCellValue(column.displayName());
                row.createCell(1).setCellValue(column.required() ? "Oui" : "Non");
                row.createCell(2).setCellValue(aide(column));
            }
            Row note = aide.createRow(r + 1);
            note.createCell(0).setCellValue("Une ligne par formation et par lycée. Les colonnes sont reconnues par leur "
                    + "titre (majuscules et accents indifférents) ; gardez la ligne de titres en première ligne. "
                    + "Format des cellules : Texte, pour garder les zéros initiaux des UAI et départements.");
            RapportRejets.largeurs(aide, 3);
            aide.setColumnWidth(2, 100 * 256);
            return RapportRejets.octets(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String aide(CatalogueColumn column) {
        return switch (column) {
            case DOMAINE -> "Libellé du domaine professionnel (un entretien par domaine), ex. « Métiers de la relation "
                    + "client ». Un domaine nouveau est créé.";
            case DEPARTEMENT -> "Numéro du département de l'académie : 77, 93 ou 94 (ou 077, 093, 094).";
            case VILLE -> "Commune du lycée.";
            case UAI_ETABLISSEMENT -> "UAI du lycée qui propose la formation : 7 chiffres et la lettre de contrôle, "
                    + "ex. 0940132H. Un lycée inconnu de Passpro est créé (lycée professionnel public).";
            case ETABLISSEMENT -> "Nom du lycée.";
            case UAI_ACCUEIL_REFERENT -> "UAI du lycée qui organise les entretiens : connu de Passpro ou présent comme "
                    + "établissement dans le fichier. Vide : le lycée de la formation.";
            case CODE_FORMATION -> "Code formation diplôme (CFD) sur 8 caractères : d'habitude 500… pour un CAP et "
                    + "400… pour une 2de professionnelle ; un autre préfixe (2de professionnelle par famille de métiers) "
                    + "est accepté, avec une alerte.";
            case LIBELLE_FORMATION -> "Intitulé de la formation (255 caractères au plus).";
            case DIPLOME -> "Valeurs acceptées " + Diplome.VALEURS_ACCEPTEES + ".";
            case FAMILLE_METIERS -> "Pour une 2de professionnelle seulement : la famille de métiers. Vide pour un CAP.";
            case MODALITE_ENTRETIEN -> "Valeurs acceptées " + ModaliteEntretien.VALEURS_ACCEPTEES + ".";
            case OBSERVATIONS -> "Texte libre (1000 caractères au plus), ex. lieu de l'entretien.";
        };
    }
}
