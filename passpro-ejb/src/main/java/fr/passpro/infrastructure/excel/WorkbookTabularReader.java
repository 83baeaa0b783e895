package fr.passpro.infrastructure.excel;

import fr.passpro.domain.catalogue.TextNormalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads .xlsx and .xls workbooks through Apache POI's user model. The whole workbook is loaded in memory: at the
 * 20 Mo size limit (about 20,000 formations take 1 to 2 Mo) XSSFWorkbook stays within a few hundred Mo of heap, which
 * the import job can afford; a bigger limit would call for the streaming XSSF event API instead.
 * Only the first visible sheet with content is read.
 */
final class WorkbookTabularReader implements TabularReader {

    private static final Logger LOGGER = Logger.getLogger(WorkbookTabularReader.class.getName());

    /** A number format that only pads with zeros (e.g. 0000000 for a UAI without its letter). */
    private static final Pattern ZERO_PADDING = Pattern.compile("0+");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Workbook workbook;
    private final TabularFormat format;
    private final Sheet sheet;
    private final int headerRowIndex;
    private final Map<CatalogueColumn, Integer> positions;
    private final Map<CatalogueColumn, String> headers = new EnumMap<>(CatalogueColumn.class);
    private final List<String> ignored = new ArrayList<>();
    /** Row index × column index of every data cell inside a merged region. */
    private final Set<Long> mergedCells = new HashSet<>();
    private boolean iterated;

    private WorkbookTabularReader(Workbook workbook, TabularFormat format) {
        this.workbook = workbook;
        this.format = format;
        this.sheet = firstSheetWithContent(workbook);
        if (sheet == null) {
            throw new FichierRefuseException(TabularReaders.EMPTY);
        }
        this.headerRowIndex = findHeaderRow(sheet);
        this.positions = TabularReaders.mapHeader(headerTexts(sheet.getRow(headerRowIndex)), headerRowIndex + 1,
                headers, ignored);
        collectMergedCells();
    }

    static TabularReader openXlsx(String fileName, byte[] content) {
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (EncryptedDocumentException e) {
            throw new FichierRefuseException(TabularReaders.PASSWORD, e);
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.INFO, "Fichier zip illisible comme classeur .xlsx : {0} ({1})",
                    new Object[] {fileName, e.toString()});
            throw new FichierRefuseException(TabularReaders.NOT_A_SPREADSHEET, e);
        }
        return wrap(workbook, TabularFormat.XLSX);
    }

    /** An OLE2 document: an .xls workbook, or an .xlsx encrypted with a password (which Office wraps in OLE2). */
    static TabularReader openXls(String fileName, byte[] content) {
        Workbook workbook;
        try {
            POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content));
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry(EncryptionInfo.ENCRYPTION_INFO_ENTRY) || root.hasEntry("EncryptedPackage")) {
                throw new FichierRefuseException(TabularReaders.PASSWORD);
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("BOOK")
                    && !root.hasEntry("Book")) {
                throw new FichierRefuseException(TabularReaders.NOT_A_SPREADSHEET);
            }
            workbook = new HSSFWorkbook(fs);
        } catch (FichierRefuseException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new FichierRefuseException(TabularReaders.PASSWORD, e);
        } catch (OldExcelFormatException e) {
            throw new FichierRefuseException("Le classeur est dans un format Excel trop ancien (Excel 95 ou avant) : "
                    + "enregistrez-le au format .xlsx, puis déposez-le à nouveau.", e);
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.INFO, "Document OLE2 illisible comme classeur .xls : {0} ({1})",
                    new Object[] {fileName, e.toString()});
            throw new FichierRefuseException(TabularReaders.NOT_A_SPREADSHEET, e);
        }
        return wrap(workbook, TabularFormat.XLS);
    }

    private static TabularReader wrap(Workbook workbook, TabularFormat format) {
        try {
            return new WorkbookTabularReader(workbook, format);
        } catch (RuntimeException e) {
            closeQuietly(workbook);
            throw e;
        }
    }

    private static Sheet firstSheetWithContent(Workbook workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet candidate = workbook.getSheetAt(i);
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i) && candidate.getPhysicalNumberOfRows() > 0
                    && firstNonBlankRow(candidate) >= 0) {
                return candidate;
            }
        }
        return null;
    }

    private static int firstNonBlankRow(Sheet sheet) {
        for (Row row : sheet) {
            if (headerTexts(row).stream().anyMatch(t -> !TextNormalizer.clean(t).isEmpty())) {
                return row.getRowNum();
            }
        }
        return -1;
    }

    /** The first of the first non-blank lines that names enough known columns; else the first non-blank line. */
    private static int findHeaderRow(Sheet sheet) {
        int first = firstNonBlankRow(sheet);
        int seen = 0;
        for (Row row : sheet) {
            if (row.getRowNum() < first) {
                continue;
            }
            if (seen++ >= TabularReaders.HEADER_SEARCH_LINES) {
                break;
            }
            if (TabularReaders.looksLikeHeader(headerTexts(row))) {
                return row.getRowNum();
            }
        }
        return first;
    }

    private static List<String> headerTexts(Row row) {
        if (row == null || row.getLastCellNum() < 0) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(readCell(row.getCell(c), false).text());
        }
        return texts;
    }

    private void collectMergedCells() {
        Set<Integer> columns = new HashSet<>(positions.values());
        int lastRow = sheet.getLastRowNum();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (int r = Math.max(region.getFirstRow(), headerRowIndex + 1); r <= Math.min(region.getLastRow(), lastRow); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    if (columns.contains(c)) {
                        mergedCells.add(key(r, c));
                    }
                }
            }
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    /** The cell as text, with what makes it unusable. */
    private static RawCell readCell(Cell cell, boolean merged) {
        List<String> problems = new ArrayList<>(2);
        if (merged) {
            problems.add(RawCell.MERGED);
        }
        if (cell == null) {
            return new RawCell("", false, problems);
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            problems.add(RawCell.FORMULA);
            type = cell.getCachedFormulaResultType();
        }
        String text = "";
        boolean numeric = false;
        switch (type) {
            case STRING -> text = cell.getRichStringCellValue().getString();
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    problems.add(RawCell.DATE);
                    text = FRENCH_DATE.format(cell.getLocalDateTimeCellValue());
                } else {
                    numeric = true;
                    text = numberAsText(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString());
                }
            }
            case BOOLEAN -> text = cell.getBooleanCellValue() ? "VRAI" : "FAUX";
            case ERROR -> {
                problems.add(RawCell.ERROR);
                text = errorText(cell.getErrorCellValue());
            }
            default -> text = "";
        }
        return new RawCell(TextNormalizer.clean(text), numeric, problems);
    }

    /**
     * 50025216.0 → "50025216", 1.5E7 → "15000000", 0.25 → "0.25": what the person typed, without ".0" nor exponent.
     * A format made only of zeros (0000000) pads as Excel displays it.
     */
    static String numberAsText(double value, String dataFormat) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        String text = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        if (dataFormat != null && ZERO_PADDING.matcher(dataFormat).matches() && value >= 0
                && text.indexOf('.') < 0 && text.length() < dataFormat.length()) {
            text = "0".repeat(dataFormat.length() - text.length()) + text;
        }
        return text;
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERREUR";
        }
    }

    @Override
    public TabularFormat format() {
        return format;
    }

    @Override
    public int headerLine() {
        return headerRowIndex + 1;
    }

    @Override
    public Map<CatalogueColumn, String> columns() {
        return Collections.unmodifiableMap(TabularReaders.ordered(headers));
    }

    @Override
    public List<String> ignoredHeaders() {
        return List.copyOf(ignored);
    }

    @Override
    public Iterator<RawRow> iterator() {
        if (iterated) {
            throw new IllegalStateException("Les lignes d'un fichier ne se lisent qu'une fois.");
        }
        iterated = true;
        int[] nextIndex = { headerRowIndex + 1 };
        int lastIndex = sheet.getLastRowNum();
        return new NonBlankRows(() -> nextIndex[0] <= lastIndex ? readRow(nextIndex[0]++) : null);
    }

    private RawRow readRow(int index) {
        Row row = sheet.getRow(index);
        Map<CatalogueColumn, RawCell> cells = new EnumMap<>(CatalogueColumn.class);
        positions.forEach((column, position) -> cells.put(column,
                readCell(row == null ? null : row.getCell(position), mergedCells.contains(key(index, position)))));
        return new RawRow(index + 1, cells);
    }

    @Override
    public void close() {
        closeQuietly(workbook);
    }

    private static void closeQuietly(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.FINE, "Fermeture du classeur", e);
        }
    }
}
