package fr.passpro.infrastructure.excel;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a catalogue file (.xlsx, .xls or CSV) as a header mapped to {@link CatalogueColumn}s and a one-pass sequence of
 * non-blank {@link RawRow}s. Plain Java, no container: everything the file gets wrong is either a
 * {@link FichierRefuseException} at {@link #open} (the file as a whole is unusable) or a problem on a cell (the line).
 */
public interface TabularReader extends Iterable<RawRow>, AutoCloseable {

    /** The size limit unless the deployment configures another one: 20 Mo. */
    long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /**
     * Opens a file, recognising its format by its content (not its name), finds the header row and maps its columns.
     *
     * @param fileName the name given by the browser, for the log only; may be null
     * @param maxBytes the size limit
     * @throws FichierRefuseException in French when the file is too large, empty, protected by a password, not a
     *                                spreadsheet, or lacks required columns (all named)
     */
    static TabularReader open(String fileName, byte[] content, long maxBytes) {
        return TabularReaders.open(fileName, content, maxBytes);
    }

    TabularFormat format();

    /** The 1-based line number of the header row (1 unless blank or title lines precede it). */
    int headerLine();

    /** The columns found, in {@link CatalogueColumn} order, each with its header as written in the file. */
    Map<CatalogueColumn, String> columns();

    /** Headers that name no known column; their values are not read. */
    List<String> ignoredHeaders();

    /**
     * The non-blank lines after the header, in file order; blank lines are skipped (they are not errors).
     * One pass only.
     *
     * @throws FichierRefuseException while iterating, for a CSV file whose quotes are unbalanced
     */
    @Override
    Iterator<RawRow> iterator();

    /** Releases the workbook; never fails. */
    @Override
    void close();
}
