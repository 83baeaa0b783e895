package fr.passpro.infrastructure.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one table of the académie's dashboard as an .xlsx workbook: a title line (what, which scope), the French
 * headers, then one row per line, numbers as numbers. The tables are aggregates (a few hundred lines at most), so the
 * workbook is built in memory.
 */
public final class TableauWorkbook {

    /** The row of the headers (0-based): the title is above, an empty line between. */
    public static final int LIGNE_EN_TETES = 2;

    private TableauWorkbook() {
    }

    /** Writes the workbook; the stream is not closed. */
    public static void ecrire(String titre, String perimetre, List<String> enTetes, List<List<Object>> lignes,
                              OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(nomFeuille(titre));
            var gras = workbook.createFont();
            gras.setBold(true);
            CellStyle enTete = workbook.createCellStyle();
            enTete.setFont(gras);
            enTete.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            enTete.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle titreStyle = workbook.createCellStyle();
            titreStyle.setFont(gras);

            Cell titreCell = sheet.createRow(0).createCell(0);
            titreCell.setCellValue(titre + " – " + perimetre);
            titreCell.setCellStyle(titreStyle);

            Row titres = sheet.createRow(LIGNE_EN_TETES);
            for (int c = 0; c < enTetes.size(); c++) {
                Cell cell = titres.createCell(c);
                cell.setCellValue(enTetes.get(c));
                cell.setCellStyle(enTete);
            }
            int r = LIGNE_EN_TETES;
            for (List<Object> ligne : lignes) {
                Row row = sheet.createRow(++r);
                for (int c = 0; c < ligne.size(); c++) {
                    Object valeur = ligne.get(c);
                    Cell cell = row.createCell(c);
                    if (valeur instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(valeur == null ? "" : valeur.toString());
                    }
                }
            }
            sheet.createFreezePane(0, LIGNE_EN_TETES + 1);
            sheet.setAutoFilter(new CellRangeAddress(LIGNE_EN_TETES, Math.max(r, LIGNE_EN_TETES + 1), 0,
                    enTetes.size() - 1));
            for (int c = 0; c < enTetes.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel refuses sheet names over 31 characters and some punctuation. */
    private static String nomFeuille(String titre) {
        String nom = titre.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return nom.length() > 31 ? nom.substring(0, 31) : nom;
    }
}
