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
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import fr.passpro.domain.catalogue.consultation.FormationVue;

/**
 * Writes the catalogue as an .xlsx workbook, one page of formations at a time: rows are flushed to a temporary
 * file as they are written, so that a catalogue of any size never sits in memory.
 */
public final class CatalogueWorkbook {

    /** Formations read per query. */
    public static final int PAGE = 500;

    /** Where the rows come from: one page of the filtered, sorted catalogue. */
    @FunctionalInterface
    public interface Pages {
        List<FormationVue> page(int first, int size);
    }

    static final List<String> EN_TETES = List.of("Domaine", "Code formation (CFD)", "Formation", "Diplôme",
            "Famille de métiers", "Lycée", "UAI du lycée", "Commune", "Département", "Académie",
            "Modalité d'entretien", "Pré-inscription (autre académie)");

    /** Rows kept in memory before SXSSF flushes them. */
    private static final int FENETRE = 200;

    private CatalogueWorkbook() {
    }

    /** Writes the workbook and returns the number of formations written; the stream is not closed. */
    public static long ecrire(Pages pages, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(FENETRE);
        try {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet("Catalogue Passpro");
            sheet.trackAllColumnsForAutoSizing();

            var gras = workbook.createFont();
            gras.setBold(true);
            CellStyle enTete = workbook.createCellStyle();
            enTete.setFont(gras);
            enTete.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            enTete.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            enTete.setWrapText(false);

            Row titres = sheet.createRow(0);
            for (int c = 0; c < EN_TETES.size(); c++) {
                Cell cell = titres.createCell(c);
                cell.setCellValue(EN_TETES.get(c));
                cell.setCellStyle(enTete);
            }
            sheet.createFreezePane(0, 1);

            long ecrites = 0;
            int first = 0;
            List<FormationVue> page;
            do {
                page = pages.page(first, PAGE);
                for (FormationVue f : page) {
                    ecrire(sheet.createRow((int) ++ecrites), f);
                }
                first += PAGE;
            } while (page.size() == PAGE);
            // the tracker kept the widest value of each column while the rows were flushed
            autoSize(sheet);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, (int) Math.max(ecrites, 1), 0,
                    EN_TETES.size() - 1));
            workbook.write(out);
            return ecrites;
        } catch (IOException e) {
            throw new UncheckedIOException("Export du catalogue impossible", e);
        } finally {
            try {
                workbook.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
            workbook.dispose();
        }
    }

    private static void ecrire(Row row, FormationVue f) {
        String[] valeurs = {
                f.domaine(), f.cfd(), f.libelle(), f.diplome().libelle(), f.familleMetiers(), f.lycee(), f.lyceeUai(),
                f.commune(), f.departementCode() + " " + f.departementNom(), f.academieNom(), f.modalite().libelle(),
                f.urlPreinscriptionExterne() };
        for (int c = 0; c < valeurs.length; c++) {
            if (valeurs[c] != null) {
                row.createCell(c).setCellValue(valeurs[c]);
            }
        }
    }

    private static void autoSize(SXSSFSheet sheet) {
        for (int c = 0; c < EN_TETES.size(); c++) {
            sheet.autoSizeColumn(c);
            // a little room for the filter arrow of the header
            sheet.setColumnWidth(c, Math.min(255 * 256, sheet.getColumnWidth(c) + 3 * 256));
        }
        sheet.untrackAllColumnsForAutoSizing();
    }
}
