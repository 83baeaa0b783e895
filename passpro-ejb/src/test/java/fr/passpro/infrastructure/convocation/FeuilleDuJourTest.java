package fr.passpro.infrastructure.convocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import fr.passpro.infrastructure.convocation.FeuilleDuJour.EntretienDuJour;

class FeuilleDuJourTest {

    private static final LocalDate JOUR = LocalDate.of(2027, 3, 17);
    private static final String LYCEE = "Lycée professionnel Jean Lurçat";

    /** Given out of order: rooms and times mixed. */
    private static final List<EntretienDuJour> ENTRETIENS = List.of(
            entretien(14, 0, "Atelier 3", "Zoé Œuvray", false, null),
            entretien(13, 50, "104", "Lucas Martin", true, "Absence prévue"),
            entretien(10, 0, FeuilleDuJour.A_DISTANCE, "Moussa N'Diaye", false, "Présence confirmée"),
            entretien(13, 30, "104", "Éloïse Lefèvre", true, "Présence confirmée"));

    @Test
    void theWorkbookHasABoldHeaderAndOneRowPerInterviewRoomByRoomInTimeOrder() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                FeuilleDuJour.excel(JOUR, LYCEE, ENTRETIENS)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            Row enTete = sheet.getRow(0);
            List<String> titres = new ArrayList<>();
            enTete.forEach(c -> titres.add(c.getStringCellValue()));
            assertThat(titres).containsExactly("Salle", "Début", "Fin", "Élève", "Collège", "Domaine", "Modalité",
                    "Réponse du collège");
            assertThat(workbook.getFontAt(enTete.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();

            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(colonne(sheet, 0)).containsExactly("104", "104", "Atelier 3", "À distance");
            assertThat(colonne(sheet, 3)).containsExactly("Éloïse Lefèvre", "Lucas Martin", "Zoé Œuvray", "Moussa N'Diaye");
            assertThat(colonne(sheet, 6)).containsExactly("Individuel", "Individuel", "Collectif", "Collectif");
            assertThat(colonne(sheet, 7)).containsExactly("Présence confirmée", "Absence prévue", "", "Présence confirmée");
            assertThat(colonne(sheet, 4)).containsOnly("Collège Jean Moulin");
        }
    }

    @Test
    void startAndEndAreRealExcelTimes() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                FeuilleDuJour.excel(JOUR, LYCEE, ENTRETIENS)))) {
            Row premiere = workbook.getSheetAt(0).getRow(1);
            Cell debut = premiere.getCell(1);
            Cell fin = premiere.getCell(2);

            assertThat(debut.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(debut)).isTrue();
            assertThat(debut.getNumericCellValue()).isCloseTo(13.5 / 24, Offset.offset(1e-9));
            assertThat(debut.getLocalDateTimeCellValue().toLocalTime()).isEqualTo(LocalTime.of(13, 30));
            assertThat(fin.getLocalDateTimeCellValue().toLocalTime()).isEqualTo(LocalTime.of(13, 50));
            assertThat(debut.getCellStyle().getDataFormatString()).isEqualTo("hh:mm");
        }
    }

    @Test
    void thePdfIsLandscapeWithOneTablePerRoomInTimeOrder() throws IOException {
        byte[] pdf = FeuilleDuJour.pdf(JOUR, LYCEE, ENTRETIENS);
        String text = String.join("\n", Pdfs.pages(pdf));

        assertThat(Pdfs.largeurPage(pdf)).isCloseTo(842f, Offset.offset(1f));
        assertThat(text).contains("Lycée professionnel Jean Lurçat – Passpro")
                .contains("Entretiens d'information du mercredi 17 mars 2027")
                .contains("4 entretiens")
                .contains("Salle 104 (2)")
                .contains("Atelier 3 (1)")
                .contains("À distance (1)")
                .contains("13:30 – 13:50")
                .contains("Absence prévue");
        assertThat(text.indexOf("Salle 104")).isLessThan(text.indexOf("Éloïse Lefèvre"));
        assertThat(text.indexOf("Éloïse Lefèvre")).isLessThan(text.indexOf("Lucas Martin"));
        assertThat(text.indexOf("Lucas Martin")).isLessThan(text.indexOf("Atelier 3"));
        assertThat(text.indexOf("Atelier 3")).isLessThan(text.indexOf("Zoé Œuvray"));
        assertThat(text.indexOf("Zoé Œuvray")).isLessThan(text.indexOf("À distance"));
        assertThat(text.indexOf("À distance")).isLessThan(text.indexOf("Moussa N'Diaye"));
    }

    @Test
    void aDayWithoutInterviewSaysSo() throws IOException {
        assertThat(Pdfs.pages(FeuilleDuJour.pdf(JOUR, LYCEE, List.of())).get(0)).contains("Aucun entretien ce jour.");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(FeuilleDuJour.excel(JOUR, LYCEE, List.of())))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    private static EntretienDuJour entretien(int heure, int minute, String salle, String eleve, boolean individuel,
            String accuse) {
        LocalDateTime debut = JOUR.atTime(heure, minute);
        return new EntretienDuJour(debut, debut.plusMinutes(20), salle, eleve, "Collège Jean Moulin",
                "Électricité, énergie", individuel, accuse);
    }

    private static List<String> colonne(Sheet sheet, int c) {
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            values.add(sheet.getRow(r).getCell(c).getStringCellValue());
        }
        return values;
    }
}
