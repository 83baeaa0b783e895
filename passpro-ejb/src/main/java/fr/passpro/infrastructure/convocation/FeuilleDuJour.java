package fr.passpro.infrastructure.convocation;

import fr.passpro.domain.shared.Francais;
import fr.passpro.infrastructure.pdf.Polices;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The interviews of one day at a lycée, room by room and in time order, for the reception desk: a PDF to print and
 * the same rows as a workbook.
 */
public final class FeuilleDuJour {

    /** The room shown for an interview by video. */
    public static final String A_DISTANCE = "À distance";

    static final List<String> EN_TETES = List.of("Salle", "Début", "Fin", "Élève", "Collège", "Domaine", "Modalité",
            "Réponse du collège");

    /**
     * One interview of the day.
     *
     * @param salle  the room, or {@link #A_DISTANCE}
     * @param eleve  « Éloïse Lefèvre »
     * @param accuse the collège's answer: « Présence confirmée », « Absence prévue », or null when it gave none
     */
    public record EntretienDuJour(LocalDateTime debut, LocalDateTime fin, String salle, String eleve, String college,
            String domaine, boolean individuel, String accuse) {

        public EntretienDuJour {
            Objects.requireNonNull(debut, "Le début de l'entretien est obligatoire.");
            Objects.requireNonNull(fin, "La fin de l'entretien est obligatoire.");
            if (salle == null || salle.isBlank()) {
                throw new IllegalArgumentException("La salle de l'entretien est obligatoire (ou « " + A_DISTANCE + " »).");
            }
            Objects.requireNonNull(eleve, "L'élève est obligatoire.");
        }

        String modalite() {
            return individuel ? "Individuel" : "Collectif";
        }
    }

    private static final Color BLEU_FRANCE = new Color(0, 0, 145);
    private static final Color GRIS = new Color(102, 102, 102);
    private static final Color FOND = new Color(238, 238, 238);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final double SECONDES_PAR_JOUR = 24 * 60 * 60;

    private FeuilleDuJour() {
    }

    /** The PDF, landscape A4: one table per room, rooms in alphabetical order and the video interviews last. */
    public static byte[] pdf(LocalDate jour, String lyceeNom, List<EntretienDuJour> entretiens) {
        Font entete = new Font(Polices.GRASSE, 10, Font.NORMAL, BLEU_FRANCE);
        Font titre = new Font(Polices.GRASSE, 15, Font.NORMAL, Color.BLACK);
        Font salle = new Font(Polices.GRASSE, 12, Font.NORMAL, BLEU_FRANCE);
        Font colonne = new Font(Polices.GRASSE, 9.5f, Font.NORMAL, Color.BLACK);
        Font texte = new Font(Polices.REGULIERE, 9.5f, Font.NORMAL, Color.BLACK);
        Font petit = new Font(Polices.REGULIERE, 8.5f, Font.NORMAL, GRIS);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
            document.addTitle("Entretiens Passpro du " + Redaction.jour(jour) + " – " + lyceeNom);
            document.addCreator("Passpro");
            document.open();
            document.add(new Paragraph(Francais.guillemets(lyceeNom + " – Passpro"), entete));
            Paragraph h1 = new Paragraph(Francais.guillemets("Entretiens d'information du " + Redaction.jour(jour)), titre);
            h1.setSpacingAfter(4);
            document.add(h1);
            document.add(new Paragraph(Francais.guillemets(entretiens.size() + (entretiens.size() > 1 ? " entretiens" : " entretien")),
                    petit));
            if (entretiens.isEmpty()) {
                document.add(new Paragraph(Francais.guillemets("Aucun entretien ce jour."), texte));
            }
            for (Map.Entry<String, List<EntretienDuJour>> parSalle : parSalle(entretiens).entrySet()) {
                String piece = parSalle.getKey().equals(A_DISTANCE) ? A_DISTANCE : Redaction.salle(parSalle.getKey());
                Paragraph nom = new Paragraph(Francais.guillemets(Character.toUpperCase(piece.charAt(0)) + piece.substring(1)
                        + " (" + parSalle.getValue().size() + ")"), salle);
                nom.setSpacingBefore(12);
                nom.setSpacingAfter(4);
                nom.setKeepTogether(true);
                document.add(nom);
                PdfPTable table = new PdfPTable(new float[] { 12, 26, 24, 18, 9, 15 });
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                for (String c : List.of("Horaire", "Élève", "Collège", "Domaine", "Modalité", "Réponse du collège")) {
                    PdfPCell cell = new PdfPCell(new Phrase(Francais.guillemets(c), colonne));
                    cell.setBackgroundColor(FOND);
                    cell.setPadding(4);
                    table.addCell(cell);
                }
                for (EntretienDuJour e : parSalle.getValue()) {
                    for (String valeur : List.of(HH_MM.format(e.debut()) + " – " + HH_MM.format(e.fin()), e.eleve(),
                            texte(e.college()), texte(e.domaine()), e.modalite(), texte(e.accuse()))) {
                        PdfPCell cell = new PdfPCell(new Phrase(Francais.guillemets(valeur), texte));
                        cell.setPadding(4);
                        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                        table.addCell(cell);
                    }
                }
                document.add(table);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Feuille du jour impossible à produire pour le " + jour, e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /**
     * The workbook (.xlsx): one sheet, a bold header row, one row per interview in the order of the PDF; Début and
     * Fin are Excel times (hh:mm), so that they sort and compute.
     */
    public static byte[] excel(LocalDate jour, String lyceeNom, List<EntretienDuJour> entretiens) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle("Entretiens Passpro du " + Redaction.jour(jour)
                    + " – " + lyceeNom);
            XSSFSheet sheet = workbook.createSheet("Entretiens " + jour.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));

            var gras = workbook.createFont();
            gras.setBold(true);
            CellStyle enTete = workbook.createCellStyle();
            enTete.setFont(gras);
            enTete.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            enTete.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle heure = workbook.createCellStyle();
            heure.setDataFormat(workbook.createDataFormat().getFormat("hh:mm"));

            Row titres = sheet.createRow(0);
            for (int c = 0; c < EN_TETES.size(); c++) {
                Cell cell = titres.createCell(c);
                cell.setCellValue(EN_TETES.get(c));
                cell.setCellStyle(enTete);
            }
            int r = 0;
            for (List<EntretienDuJour> salle : parSalle(entretiens).values()) {
                for (EntretienDuJour e : salle) {
                    Row row = sheet.createRow(++r);
                    row.createCell(0).setCellValue(e.salle());
                    heure(row.createCell(1), e.debut().toLocalTime(), heure);
                    heure(row.createCell(2), e.fin().toLocalTime(), heure);
                    row.createCell(3).setCellValue(e.eleve());
                    row.createCell(4).setCellValue(texte(e.college()));
                    row.createCell(5).setCellValue(texte(e.domaine()));
                    row.createCell(6).setCellValue(e.modalite());
                    row.createCell(7).setCellValue(texte(e.accuse()));
                }
            }
            int[] largeurs = { 16, 8, 8, 28, 32, 28, 12, 22 };
            for (int c = 0; c < largeurs.length; c++) {
                sheet.setColumnWidth(c, largeurs[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r, 1), 0, EN_TETES.size() - 1));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, EN_TETES.size() - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Feuille du jour impossible à produire pour le " + jour, e);
        }
    }

    /** Room by room, in French alphabetical order and the video interviews last; each room in time order. */
    static Map<String, List<EntretienDuJour>> parSalle(List<EntretienDuJour> entretiens) {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        Comparator<String> salles = Comparator.<String, Boolean>comparing(s -> s.equals(A_DISTANCE))
                .thenComparing(collator::compare);
        Map<String, List<EntretienDuJour>> groupes = new LinkedHashMap<>();
        entretiens.stream()
                .sorted(Comparator.comparing((EntretienDuJour e) -> e.salle().strip(), salles)
                        .thenComparing(EntretienDuJour::debut)
                        .thenComparing(e -> e.eleve(), collator::compare))
                .forEach(e -> groupes.computeIfAbsent(e.salle().strip(), s -> new ArrayList<>()).add(e));
        return groupes;
    }

    private static void heure(Cell cell, LocalTime time, CellStyle style) {
        cell.setCellValue(time.toSecondOfDay() / SECONDES_PAR_JOUR);
        cell.setCellStyle(style);
    }

    private static String texte(String value) {
        return value == null ? "" : value;
    }
}
