package fr.passpro.infrastructure.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TabularReaderTest {

    private static final long LIMIT = TabularReader.DEFAULT_MAX_BYTES;

    static final String[] HEADERS = {"Domaine", "Département", "Ville", "UAI établissement", "Établissement",
            "UAI accueil-référent", "Code formation", "Libellé formation", "Diplôme", "Famille de métiers",
            "Modalité d'entretien", "Observations"};

    static final String[] LINE = {"Métiers de la relation client", "93", "Saint-Denis", "0930120A", "Lycée Jean Moulin",
            "0930120A", "50025216", "CAP Équipier polyvalent du commerce", "CAP", "", "Individuel", ""};

    /** An .xlsx (or .xls) whose first sheet holds these rows; then {@code more} may touch the sheet. */
    static byte[] workbook(boolean xlsx, Object[][] rows, Consumer<Sheet> more) {
        try (Workbook workbook = xlsx ? new XSSFWorkbook() : new HSSFWorkbook();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Catalogue");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value instanceof String s && s.startsWith("=")) {
                        row.createCell(c).setCellFormula(s.substring(1));
                    } else if (value instanceof LocalDate d) {
                        CellStyle style = workbook.createCellStyle();
                        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(style);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            more.accept(sheet);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] xlsx(Object[]... rows) {
        return workbook(true, rows, sheet -> { });
    }

    private static List<RawRow> rows(byte[] content) {
        try (TabularReader reader = TabularReader.open("catalogue", content, LIMIT)) {
            List<RawRow> rows = new ArrayList<>();
            reader.forEach(rows::add);
            return rows;
        }
    }

    private static Object[] line(int column, Object value) {
        Object[] line = java.util.Arrays.copyOf(LINE, LINE.length, Object[].class);
        line[column] = value;
        return line;
    }

    @Test
    void readsAWellFormedXlsx() {
        try (TabularReader reader = TabularReader.open("catalogue.xlsx", xlsx(HEADERS, LINE), LIMIT)) {
            assertThat(reader.format()).isEqualTo(TabularFormat.XLSX);
            assertThat(reader.headerLine()).isEqualTo(1);
            assertThat(reader.columns()).containsOnlyKeys(CatalogueColumn.values());
            List<RawRow> rows = new ArrayList<>();
            reader.forEach(rows::add);
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).lineNumber()).isEqualTo(2);
            assertThat(rows.get(0).text(CatalogueColumn.CODE_FORMATION)).isEqualTo("50025216");
            assertThat(rows.get(0).text(CatalogueColumn.ETABLISSEMENT)).isEqualTo("Lycée Jean Moulin");
        }
    }

    @Test
    void matchesHeadersWhateverTheirOrderCaseAccentsAndSynonyms() {
        Object[] headers = {"  OBSERVATIONS", "modalite", "CFD", "Libelle  formation", "diplome", "RNE", "Lycée",
                "ville", "DEPARTEMENT", "domaine", "Capacité"};
        Object[] values = {"Places limitées", "coll.", "40025214", "2de pro MRC", "2de pro", "0930120A", "LP Jean Moulin",
                "Saint-Denis", "93", "Relation client", "24"};

        try (TabularReader reader = TabularReader.open("c.xlsx", xlsx(headers, values), LIMIT)) {
            assertThat(reader.columns()).containsEntry(CatalogueColumn.CODE_FORMATION, "CFD")
                    .containsEntry(CatalogueColumn.UAI_ETABLISSEMENT, "RNE")
                    .containsEntry(CatalogueColumn.ETABLISSEMENT, "Lycée")
                    .containsEntry(CatalogueColumn.MODALITE_ENTRETIEN, "modalite")
                    .doesNotContainKey(CatalogueColumn.UAI_ACCUEIL_REFERENT);
            assertThat(reader.ignoredHeaders()).containsExactly("Capacité");
            RawRow row = reader.iterator().next();
            assertThat(row.text(CatalogueColumn.OBSERVATIONS)).isEqualTo("Places limitées");
            assertThat(row.text(CatalogueColumn.UAI_ETABLISSEMENT)).isEqualTo("0930120A");
            assertThat(row.text(CatalogueColumn.UAI_ACCUEIL_REFERENT)).isEmpty();
        }
    }

    @Test
    void namesEveryMissingRequiredColumn() {
        Object[] headers = {"Domaine", "Département", "Ville", "UAI établissement", "Établissement", "Libellé formation",
                "Modalité d'entretien"};

        assertThatThrownBy(() -> TabularReader.open("c.xlsx", xlsx(headers, LINE), LIMIT))
                .isInstanceOf(FichierRefuseException.class)
                .hasMessage("Les colonnes obligatoires « Code formation », « Diplôme » sont absentes de la ligne "
                        + "d'en-tête (ligne 1).");
    }

    @Test
    void namesASingleMissingColumn() {
        Object[] headers = HEADERS.clone();
        headers[8] = "Niveau scolaire";

        assertThatThrownBy(() -> TabularReader.open("c.xlsx", xlsx(headers, LINE), LIMIT))
                .isInstanceOf(FichierRefuseException.class)
                .hasMessage("La colonne obligatoire « Diplôme » est absente de la ligne d'en-tête (ligne 1).");
    }

    @Test
    void refusesAColumnGivenTwice() {
        Object[] headers = HEADERS.clone();
        headers[5] = "RNE";

        assertThatThrownBy(() -> TabularReader.open("c.xlsx", xlsx(headers, LINE), LIMIT))
                .isInstanceOf(FichierRefuseException.class)
                .hasMessageContaining("« UAI établissement » apparaît deux fois");
    }

    @Test
    void findsTheHeaderBelowATitleLine() {
        List<RawRow> rows = rows(xlsx(new Object[] {"Catalogue Passpro 2027"}, null, HEADERS, LINE));

        assertThat(rows).singleElement().extracting(RawRow::lineNumber).isEqualTo(4);
    }

    @Test
    void flagsAFormulaButKeepsItsValue() {
        byte[] content = workbook(true, new Object[][] {HEADERS, line(7, "=\"CAP \"&\"EPC\"")}, sheet ->
                new org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator((XSSFWorkbook) sheet.getWorkbook()).evaluateAll());

        RawCell cell = rows(content).get(0).cell(CatalogueColumn.LIBELLE_FORMATION);

        assertThat(cell.problems()).containsExactly(RawCell.FORMULA);
        assertThat(cell.problems().get(0)).startsWith("Formule : remplacez-la par sa valeur");
        assertThat(cell.text()).isEqualTo("CAP EPC");
    }

    @Test
    void flagsEveryCellOfAMergedRegion() {
        Object[] second = line(0, null);
        byte[] content = workbook(true, new Object[][] {HEADERS, LINE, second},
                sheet -> sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0)));

        List<RawRow> rows = rows(content);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cell(CatalogueColumn.DOMAINE).problems()).containsExactly(RawCell.MERGED);
        assertThat(rows.get(1).cell(CatalogueColumn.DOMAINE).problems()).containsExactly(RawCell.MERGED);
        assertThat(rows.get(0).cell(CatalogueColumn.VILLE).problems()).isEmpty();
        assertThat(RawCell.MERGED).startsWith("Cellule fusionnée : défusionnez les cellules");
    }

    @Test
    void flagsADate() {
        RawCell cell = rows(xlsx(HEADERS, line(7, LocalDate.of(2027, 3, 1)))).get(0).cell(CatalogueColumn.LIBELLE_FORMATION);

        assertThat(cell.problems()).containsExactly(RawCell.DATE);
        assertThat(cell.text()).isEqualTo("01/03/2027");
    }

    @Test
    void readsANumberAsTheTextTyped() {
        RawRow row = rows(xlsx(HEADERS, line(6, 50025216), line(1, 77.0))).get(0);

        assertThat(row.cell(CatalogueColumn.CODE_FORMATION)).isEqualTo(new RawCell("50025216", true, List.of()));
        assertThat(rows(xlsx(HEADERS, line(1, 77.0))).get(0).text(CatalogueColumn.DEPARTEMENT)).isEqualTo("77");
        assertThat(WorkbookTabularReader.numberAsText(1.5E7, "General")).isEqualTo("15000000");
        assertThat(WorkbookTabularReader.numberAsText(0.25, "General")).isEqualTo("0.25");
        assertThat(WorkbookTabularReader.numberAsText(750647, "0000000")).isEqualTo("0750647");
    }

    @Test
    void skipsBlankRowsAndKeepsTheSpreadsheetLineNumbers() {
        Object[] spaces = {" ", "\u00A0", null, ""};

        List<RawRow> rows = rows(xlsx(HEADERS, LINE, null, spaces, line(6, "50025217")));

        assertThat(rows).extracting(RawRow::lineNumber).containsExactly(2, 5);
    }

    @Test
    void cleansNoBreakSpacesAndDecomposedAccents() {
        RawRow row = rows(xlsx(HEADERS, line(4, "\u00A0Lyce\u0301e  Jean\u202FMoulin "))).get(0);

        assertThat(row.text(CatalogueColumn.ETABLISSEMENT)).isEqualTo("Lycée Jean Moulin");
    }

    @Test
    void readsAnXls() {
        try (TabularReader reader = TabularReader.open("c.xls", workbook(false, new Object[][] {HEADERS, LINE}, s -> { }),
                LIMIT)) {
            assertThat(reader.format()).isEqualTo(TabularFormat.XLS);
            assertThat(reader.iterator().next().text(CatalogueColumn.CODE_FORMATION)).isEqualTo("50025216");
        }
    }

    private static byte[] csv(String[][] rows, char delimiter, Charset charset, boolean bom) {
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            text.append(String.join(String.valueOf(delimiter), row)).append("\r\n");
        }
        byte[] bytes = text.toString().getBytes(charset);
        if (!bom) {
            return bytes;
        }
        byte[] withBom = new byte[bytes.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);
        return withBom;
    }

    @Test
    void readsAUtf8CsvWithSemicolons() {
        byte[] content = csv(new String[][] {HEADERS, LINE, {}, LINE}, ';', StandardCharsets.UTF_8, true);

        try (TabularReader reader = TabularReader.open("c.csv", content, LIMIT)) {
            assertThat(reader.format()).isEqualTo(TabularFormat.CSV);
            assertThat(((CsvTabularReader) reader).charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(reader.columns()).containsKey(CatalogueColumn.DOMAINE);
            List<RawRow> rows = new ArrayList<>();
            reader.forEach(rows::add);
            assertThat(rows).extracting(RawRow::lineNumber).containsExactly(2, 4);
            assertThat(rows.get(0).text(CatalogueColumn.LIBELLE_FORMATION)).isEqualTo("CAP Équipier polyvalent du commerce");
        }
    }

    @Test
    void readsAWindows1252CsvWithCommas() {
        String[] line = LINE.clone();
        line[7] = "\"CAP Équipier polyvalent, commerce\"";
        byte[] content = csv(new String[][] {HEADERS, line}, ',', CsvTabularReader.WINDOWS_1252, false);

        try (TabularReader reader = TabularReader.open("c.csv", content, LIMIT)) {
            assertThat(((CsvTabularReader) reader).charset()).isEqualTo(CsvTabularReader.WINDOWS_1252);
            assertThat(((CsvTabularReader) reader).delimiter()).isEqualTo(',');
            RawRow row = reader.iterator().next();
            assertThat(row.text(CatalogueColumn.LIBELLE_FORMATION)).isEqualTo("CAP Équipier polyvalent, commerce");
            assertThat(row.text(CatalogueColumn.DOMAINE)).isEqualTo("Métiers de la relation client");
        }
    }

    @Test
    void refusesACsvWithAnUnclosedQuote() {
        byte[] content = (String.join(";", HEADERS) + "\n" + String.join(";", LINE) + "\n\"Relation client;93\n")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> rows(content))
                .isInstanceOf(FichierRefuseException.class)
                .hasMessageContaining("mal formé");
    }

    @Test
    void refusesAPasswordProtectedWorkbook() throws Exception {
        byte[] plain = xlsx(HEADERS, LINE);
        POIFSFileSystem fs = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream out = encryptor.getDataStream(fs)) {
            out.write(plain);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);

        assertThatThrownBy(() -> TabularReader.open("c.xlsx", encrypted.toByteArray(), LIMIT))
                .isInstanceOf(FichierRefuseException.class)
                .hasMessage("Le classeur est protégé par un mot de passe : enregistrez-le sans mot de passe, "
                        + "puis déposez-le à nouveau.");
    }

    @Test
    void refusesARandomBinary() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);

        assertThatThrownBy(() -> TabularReader.open("photo.jpg", random, LIMIT))
                .isInstanceOf(FichierRefuseException.class)
                .hasMessage("Le fichier n'est ni un classeur Excel (.xlsx, .xls) ni un fichier CSV.");
    }

    @Test
    void refusesAZipThatIsNotAWorkbook() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            out.write("bonjour".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> TabularReader.open("c.xlsx", zip.toByteArray(), LIMIT))
                .isInstanceOf(FichierRefuseException.class)
                .hasMessage("Le fichier n'est ni un classeur Excel (.xlsx, .xls) ni un fichier CSV.");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> TabularReader.open("c.csv", new byte[0], LIMIT))
                .isInstanceOf(FichierRefuseException.class)
                .hasMessageStartingWith("Le fichier est vide");
        assertThatThrownBy(() -> TabularReader.open("c.csv", " \r\n;;\r\n".getBytes(StandardCharsets.UTF_8), LIMIT))
                .isInstanceOf(FichierRefuseException.class)
                .hasMessageStartingWith("Le fichier est vide");
        assertThatThrownBy(() -> TabularReader.open("c.xlsx", xlsx(), LIMIT))
                .isInstanceOf(FichierRefuseException.class)
                .hasMessageStartingWith("Le fichier est vide");
    }

    @Test
    void refusesAFileOverTheSizeLimit() {
        byte[] content = xlsx(HEADERS, LINE);

        assertThatThrownBy(() -> TabularReader.open("c.xlsx", new byte[(int) LIMIT + 1], LIMIT))
                .isInstanceOf(FichierRefuseException.class)
                .hasMessage("Le fichier dépasse la taille maximale de 20 Mo.");
        assertThatThrownBy(() -> TabularReader.open("c.xlsx", content, content.length - 1))
                .hasMessageStartingWith("Le fichier dépasse la taille maximale de");
        assertThat(rows(content)).hasSize(1);
    }
}
