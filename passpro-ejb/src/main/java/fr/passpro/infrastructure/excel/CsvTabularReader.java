package fr.passpro.infrastructure.excel;

import fr.passpro.domain.catalogue.TextNormalizer;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV export of the catalogue: UTF-8 when the bytes are valid UTF-8 (with or without byte order mark),
 * else Windows-1252 (what Excel writes on a French Windows); values separated by ; (French Excel) or , —
 * whichever the header line uses most.
 */
final class CsvTabularReader implements TabularReader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Above this share of control characters, the « text » is a binary file. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private final Charset charset;
    private final char delimiter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    /** Records read while looking for the header, after it, not yet returned. */
    private final Deque<CSVRecord> pending = new ArrayDeque<>();
    private final int headerLine;
    private final Map<CatalogueColumn, Integer> positions;
    private final Map<CatalogueColumn, String> headers = new EnumMap<>(CatalogueColumn.class);
    private final List<String> ignored = new ArrayList<>();
    private boolean iterated;

    private CsvTabularReader(String text, Charset charset) {
        this.charset = charset;
        this.delimiter = detectDelimiter(text);
        try {
            this.parser = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)
                    .setTrim(false)
                    .get()
                    .parse(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = parser.iterator();
        CSVRecord header = findHeader();
        this.headerLine = (int) header.getRecordNumber();
        this.positions = TabularReaders.mapHeader(header.toList(), headerLine, headers, ignored);
    }

    static TabularReader open(String fileName, byte[] content) {
        Charset charset;
        String text;
        int bom = hasUtf8Bom(content) ? 3 : 0;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, bom, content.length - bom))
                    .toString();
            charset = StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            text = new String(content, WINDOWS_1252);
            charset = WINDOWS_1252;
        }
        if (looksBinary(text)) {
            throw new FichierRefuseException(TabularReaders.NOT_A_SPREADSHEET);
        }
        if (TextNormalizer.clean(text.replace(";", "").replace(",", "")).isEmpty()) {
            throw new FichierRefuseException(TabularReaders.EMPTY);
        }
        return new CsvTabularReader(text, charset);
    }

    private static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    /** A NUL, or more than 1 % of control characters (C0 other than tab and line breaks, C1, replacement). */
    private static boolean looksBinary(String text) {
        long controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f'
                    || c >= 0x7F && c < 0xA0 || c == '\uFFFD') {
                controls++;
            }
        }
        return controls > text.length() * MAX_CONTROL_SHARE;
    }

    /** ; or , (or a tab), whichever appears most often outside quotes on the first non-blank line; ; when none. */
    static char detectDelimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean seen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seen) {
                    break;
                }
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> {
                        if (!Character.isWhitespace(c)) {
                            seen = true;
                        }
                    }
                }
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private CSVRecord findHeader() {
        List<CSVRecord> candidates = new ArrayList<>();
        while (candidates.size() < TabularReaders.HEADER_SEARCH_LINES && hasNextRecord()) {
            CSVRecord record = nextRecord();
            if (isBlank(record)) {
                continue;
            }
            candidates.add(record);
            if (TabularReaders.looksLikeHeader(record.toList())) {
                break;
            }
        }
        if (candidates.isEmpty()) {
            throw new FichierRefuseException(TabularReaders.EMPTY);
        }
        CSVRecord last = candidates.get(candidates.size() - 1);
        if (TabularReaders.looksLikeHeader(last.toList())) {
            return last;
        }
        // No line looks like a header: the first one is taken, so that the message names the missing columns.
        pending.addAll(candidates.subList(1, candidates.size()));
        return candidates.get(0);
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(v -> TextNormalizer.clean(v).isEmpty());
    }

    private boolean hasNextRecord() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw malformed(e);
        }
    }

    private CSVRecord nextRecord() {
        try {
            return records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw malformed(e);
        }
    }

    private FichierRefuseException malformed(RuntimeException e) {
        return new FichierRefuseException("Le fichier CSV est mal formé vers la ligne " + parser.getCurrentLineNumber()
                + " : un guillemet ouvert n'est pas refermé.", e);
    }

    /** The charset the bytes were read with: UTF-8 or windows-1252. */
    Charset charset() {
        return charset;
    }

    char delimiter() {
        return delimiter;
    }

    @Override
    public TabularFormat format() {
        return TabularFormat.CSV;
    }

    @Override
    public int headerLine() {
        return headerLine;
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
        return new NonBlankRows(() -> !pending.isEmpty() ? toRow(pending.removeFirst())
                : hasNextRecord() ? toRow(nextRecord()) : null);
    }

    private RawRow toRow(CSVRecord record) {
        Map<CatalogueColumn, RawCell> cells = new EnumMap<>(CatalogueColumn.class);
        positions.forEach((column, position) -> cells.put(column,
                RawCell.text(position < record.size() ? TextNormalizer.clean(record.get(position)) : "")));
        return new RawRow((int) record.getRecordNumber(), cells);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // A StringReader: nothing to release.
        }
    }
}
