package fr.passpro.infrastructure.excel;

import fr.passpro.domain.catalogue.TextNormalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a collège's list of pupils (.xlsx, .xls or CSV, as exported from the school's software or typed in Excel):
 * a header row naming the columns, then one pupil per line. The catalogue's {@link TabularReader} is bound to the
 * catalogue columns; this one is small because a class list is small (a few hundred lines at most).
 * Plain Java: the whole file is refused with a {@link FichierRefuseException}; a bad value is the line's problem.
 */
public final class ListeElevesReader {

    /** A class list is small: 2 Mo is already thousands of lines. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    /** At most this many pupils in one file. */
    public static final int MAX_LIGNES = 2000;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    /** The columns of a pupil list; a header matches whatever its case, accents and punctuation. */
    public enum Colonne {
        NOM("Nom", true, "Nom de famille", "Nom élève"),
        PRENOM("Prénom", true, "Prénom élève", "Prénoms"),
        DATE_NAISSANCE("Date de naissance", true, "Né le", "Née le", "Naissance", "Date naissance"),
        CLASSE("Classe", true, "Division"),
        DISPOSITIF("Dispositif", true, "Niveau", "Formation"),
        INE("INE", false, "Numéro INE", "INE élève");

        private final String libelle;
        private final boolean obligatoire;
        private final List<String> cles;

        Colonne(String libelle, boolean obligatoire, String... synonymes) {
            this.libelle = libelle;
            this.obligatoire = obligatoire;
            this.cles = Stream.concat(Stream.of(libelle), Arrays.stream(synonymes)).map(TextNormalizer::matchKey).toList();
        }

        public String libelle() {
            return libelle;
        }

        static Optional<Colonne> de(String entete) {
            String cle = TextNormalizer.matchKey(entete);
            return cle.isEmpty() ? Optional.empty() : Arrays.stream(values()).filter(c -> c.cles.contains(cle)).findFirst();
        }
    }

    /**
     * One non-blank line of the file, values as text (an Excel date cell comes as yyyy-MM-dd).
     *
     * @param numero the 1-based line number in the file, as the person sees it in Excel
     */
    public record Ligne(int numero, Map<Colonne, String> valeurs) {

        public String valeur(Colonne colonne) {
            return valeurs.getOrDefault(colonne, "");
        }
    }

    private ListeElevesReader() {
    }

    /**
     * @throws FichierRefuseException for an empty, too large, protected or unreadable file, a missing header, a
     *                                missing required column, or too many lines
     */
    public static List<Ligne> lire(byte[] contenu) {
        if (contenu == null || contenu.length == 0) {
            throw new FichierRefuseException(TabularReaders.EMPTY);
        }
        if (contenu.length > MAX_BYTES) {
            throw new FichierRefuseException("Le fichier dépasse la taille maximale de "
                    + TabularReaders.megabytes(MAX_BYTES) + " Mo pour une liste d'élèves.");
        }
        List<List<String>> lignes = switch (TabularFormat.detect(contenu)) {
            case XLSX, XLS -> classeur(contenu);
            case CSV -> csv(contenu);
        };
        return lignes(lignes);
    }

    private static List<Ligne> lignes(List<List<String>> brutes) {
        int entete = -1;
        Map<Colonne, Integer> positions = new EnumMap<>(Colonne.class);
        for (int i = 0; i < brutes.size() && i < TabularReaders.HEADER_SEARCH_LINES && entete < 0; i++) {
            Map<Colonne, Integer> trouvees = new EnumMap<>(Colonne.class);
            List<String> textes = brutes.get(i);
            for (int j = 0; j < textes.size(); j++) {
                int position = j;
                Colonne.de(textes.get(j)).ifPresent(c -> trouvees.putIfAbsent(c, position));
            }
            if (trouvees.size() >= 3) {
                entete = i;
                positions = trouvees;
            }
        }
        if (entete < 0) {
            throw new FichierRefuseException("Aucune ligne d'en-tête trouvée dans les " + TabularReaders.HEADER_SEARCH_LINES
                    + " premières lignes : la première ligne doit nommer les colonnes (" + libellesObligatoires() + ").");
        }
        List<String> manquantes = new ArrayList<>();
        for (Colonne c : Colonne.values()) {
            if (c.obligatoire && !positions.containsKey(c)) {
                manquantes.add("« " + c.libelle + " »");
            }
        }
        if (!manquantes.isEmpty()) {
            throw new FichierRefuseException((manquantes.size() == 1 ? "La colonne obligatoire " : "Les colonnes obligatoires ")
                    + String.join(", ", manquantes) + (manquantes.size() == 1 ? " est absente" : " sont absentes")
                    + " de la ligne d'en-tête (ligne " + (entete + 1) + ").");
        }
        List<Ligne> resultat = new ArrayList<>();
        for (int i = entete + 1; i < brutes.size(); i++) {
            List<String> textes = brutes.get(i);
            if (textes.stream().allMatch(t -> TextNormalizer.clean(t).isEmpty())) {
                continue;
            }
            Map<Colonne, String> valeurs = new EnumMap<>(Colonne.class);
            positions.forEach((colonne, position) ->
                    valeurs.put(colonne, position < textes.size() ? TextNormalizer.clean(textes.get(position)) : ""));
            resultat.add(new Ligne(i + 1, valeurs));
            if (resultat.size() > MAX_LIGNES) {
                throw new FichierRefuseException("Le fichier compte plus de " + MAX_LIGNES
                        + " élèves : déposez une liste par classe ou par niveau.");
            }
        }
        return resultat;
    }

    private static String libellesObligatoires() {
        return Arrays.stream(Colonne.values()).filter(c -> c.obligatoire).map(Colonne::libelle)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** Every row of the first sheet, blank rows included so that line numbers match Excel's. */
    private static List<List<String>> classeur(byte[] contenu) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(contenu))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.FRANCE);
            List<List<String>> lignes = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> textes = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        textes.add(texte(row.getCell(c), formatter));
                    }
                }
                lignes.add(textes);
            }
            return lignes;
        } catch (EncryptedDocumentException e) {
            throw new FichierRefuseException(TabularReaders.PASSWORD, e);
        } catch (IOException | RuntimeException e) {
            throw new FichierRefuseException("Le classeur ne peut pas être lu : enregistrez-le à nouveau au format"
                    + " .xlsx depuis Excel ou LibreOffice, ou déposez un fichier CSV.", e);
        }
    }

    private static String texte(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return ISO.format(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        if (type == CellType.ERROR) {
            return "";
        }
        return formatter.formatCellValue(cell);
    }

    private static List<List<String>> csv(byte[] contenu) {
        String texte;
        int bom = contenu.length >= 3 && (contenu[0] & 0xFF) == 0xEF && (contenu[1] & 0xFF) == 0xBB
                && (contenu[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            texte = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(contenu, bom, contenu.length - bom)).toString();
        } catch (CharacterCodingException e) {
            texte = new String(contenu, CsvTabularReader.WINDOWS_1252);
        }
        if (texte.chars().limit(4096).filter(c -> c < 9 || c > 13 && c < 32).count() > 0) {
            throw new FichierRefuseException(TabularReaders.NOT_A_SPREADSHEET);
        }
        String premiere = texte.lines().findFirst().orElse("");
        char separateur = premiere.chars().filter(c -> c == ';').count() >= premiere.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<List<String>> lignes = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setDelimiter(separateur).setIgnoreEmptyLines(false).get()
                .parse(new StringReader(texte))) {
            for (CSVRecord record : parser) {
                lignes.add(record.toList());
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new FichierRefuseException("Le fichier CSV ne peut pas être lu (guillemets non refermés ?) : "
                    + "enregistrez-le à nouveau depuis Excel au format « CSV (séparateur : point-virgule) ».", e);
        }
        return lignes;
    }
}
