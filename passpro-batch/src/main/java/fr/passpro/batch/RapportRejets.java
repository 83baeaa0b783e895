package fr.passpro.batch;

import fr.passpro.domain.catalogue.importation.Gravite;
import fr.passpro.domain.catalogue.importation.Rejet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The reject report of an import job as an .xlsx workbook (line, column, value, reason, severity), the same for the
 * catalogue and the établissements directory; and the sheet helpers of the workbooks the imports give.
 */
public final class RapportRejets {

    public static final String[] COLONNES = {"Ligne", "Colonne", "Valeur", "Motif", "Gravité"};

    private RapportRejets() {
    }

    /** The report, in the order given (file order). */
    public static byte[] xlsx(List<Rejet> rejets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Rejets");
            entete(workbook, sheet, COLONNES);
            int r = 1;
            for (Rejet rejet : rejets) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(rejet.ligne());
                row.createCell(1).setCellValue(rejet.colonne() == null ? "(ligne entière)" : rejet.colonne());
                row.createCell(2).setCellValue(rejet.valeur());
                row.createCell(3).setCellValue(rejet.motif());
                row.createCell(4).setCellValue(rejet.gravite() == Gravite.ERREUR ? "Erreur (ligne non importée)"
                        : "Alerte (ligne importée)");
            }
            sheet.createFreezePane(0, 1);
            largeurs(sheet, COLONNES.length);
            return octets(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bold title row. */
    public static void entete(Workbook workbook, Sheet sheet, String[] titles) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(style);
        }
    }

    /** Columns as wide as their content, at most 80 characters. */
    public static void largeurs(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            try {
                sheet.autoSizeColumn(i);
                sheet.setColumnWidth(i, Math.min(sheet.getColumnWidth(i) + 512, 80 * 256));
            } catch (RuntimeException | Error e) {
                // No font on a headless server: a fixed width is good enough.
                sheet.setColumnWidth(i, 30 * 256);
            }
        }
    }

    public static byte[] octets(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
