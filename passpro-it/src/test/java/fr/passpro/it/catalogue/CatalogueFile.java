package fr.passpro.it.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A catalogue workbook built by a test: the 12 columns of the académie's file, one formation per line. */
public final class CatalogueFile {

    public static final String[] HEADERS = {"Domaine", "Département", "Ville", "UAI établissement", "Établissement",
            "UAI accueil-référent", "Code formation", "Libellé formation", "Diplôme", "Famille de métiers",
            "Modalité d'entretien", "Observations"};

    private final List<String[]> rows = new ArrayList<>();
    /** Four lycées of the académie de Versailles (département 078) with UAIs of this test only. */
    private final String[] uais = new String[4];
    private final String prefix;

    private CatalogueFile(String[] uais, String prefix) {
        System.arraycopy(uais, 0, this.uais, 0, uais.length);
        this.prefix = prefix;
    }

    /** A file without lines naming the same lycées and formation codes. */
    public CatalogueFile emptyCopy() {
        return new CatalogueFile(uais, prefix);
    }

    public CatalogueFile() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int base = random.nextInt(1000, 9990);
        for (int i = 0; i < uais.length; i++) {
            uais[i] = uai("078" + String.format("%04d", base + i));
        }
        prefix = String.format("%04d", random.nextInt(10000));
    }

    /** The UAI of 7 digits with its check letter. */
    public static String uai(String sevenDigits) {
        return sevenDigits + "ABCDEFGHJKLMNPRSTUVWXYZ".charAt(Integer.parseInt(sevenDigits) % 23);
    }

    public String uai(int lycee) {
        return uais[lycee];
    }

    /** A valid line: CAP for even numbers, 2de professionnelle for odd ones; distinct CFD per number. */
    public String[] valid(int n) {
        boolean cap = n % 2 == 0;
        String cfd = (cap ? "500" : "400") + prefix.substring(0, 1) + String.format("%04d", n);
        int lycee = n % uais.length;
        return new String[] {"Métiers de test " + (n % 3), "78", "Versailles", uais[lycee], "Lycée de test " + lycee,
                "", cfd, "Formation de test " + n, cap ? "CAP" : "2de professionnelle",
                cap ? "" : "Métiers de la relation client", n % 5 == 0 ? "Collectif" : "Individuel", ""};
    }

    public CatalogueFile add(String... row) {
        rows.add(row);
        return this;
    }

    /**
     * The six formations of the demo catalogue (DemoDataLoader), as a file would list them: an import into the
     * current campagne that keeps them leaves the demo, and the tests that rely on it, as they were.
     */
    public CatalogueFile addDemoCatalogue() {
        add("Métiers de la relation client", "94", "Saint-Maur-des-Fossés", "0940132H", "Lycée professionnel Jean Lurçat",
                "0940132H", "40031213", "Métiers de l'accueil", "2de professionnelle", "Métiers de la relation client",
                "Individuel", "");
        add("Métiers de la relation client", "94", "Saint-Maur-des-Fossés", "0940132H", "Lycée professionnel Jean Lurçat",
                "0940132H", "40031214", "Métiers du commerce et de la vente", "2de professionnelle",
                "Métiers de la relation client", "Individuel", "");
        add("Métiers de la relation client", "93", "Tremblay-en-France", "0930135S", "Lycée professionnel Léonard de Vinci",
                "0930135S", "50031213", "Équipier polyvalent du commerce", "1re année de CAP", "", "Collectif", "");
        add("Métiers de l'alimentation", "77", "Montereau-Fault-Yonne", "0770942F", "Lycée polyvalent Flora Tristan",
                "0770942F", "50022118", "Boulanger", "1re année de CAP", "", "Individuel", "");
        add("Métiers de l'alimentation", "77", "Montereau-Fault-Yonne", "0770942F", "Lycée polyvalent Flora Tristan",
                "0770942F", "50022119", "Pâtissier", "1re année de CAP", "", "Individuel", "");
        return add("Métiers de l'électricité et de ses environnements connectés", "93", "Tremblay-en-France", "0930135S",
                "Lycée professionnel Léonard de Vinci", "0930135S", "40025510",
                "Métiers de l'électricité et de ses environnements connectés", "2de professionnelle",
                "Métiers des transitions numérique et énergétique", "Collectif", "");
    }

    public CatalogueFile addValid(int from, int to) {
        for (int n = from; n <= to; n++) {
            add(valid(n));
        }
        return this;
    }

    /** A copy of a valid line with one column changed. */
    public String[] with(int n, int column, String value) {
        String[] row = Arrays.copyOf(valid(n), HEADERS.length);
        row[column] = value;
        return row;
    }

    public byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Catalogue");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < HEADERS.length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
