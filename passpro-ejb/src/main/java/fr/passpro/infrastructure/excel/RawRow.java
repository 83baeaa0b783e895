package fr.passpro.infrastructure.excel;

import java.util.EnumMap;
import java.util.Map;

/**
 * One non-blank line of the catalogue file.
 *
 * @param lineNumber the spreadsheet's 1-based row number (the header is normally line 1), as the admin sees it
 * @param cells      the cells of the columns found in the header; a column absent from the file has no entry
 */
public record RawRow(int lineNumber, Map<CatalogueColumn, RawCell> cells) {

    public RawRow {
        cells = cells.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(cells));
    }

    /** The cell of a column, {@link RawCell#EMPTY} when the column is absent or the cell empty. */
    public RawCell cell(CatalogueColumn column) {
        return cells.getOrDefault(column, RawCell.EMPTY);
    }

    /** The text of a column, "" when absent. */
    public String text(CatalogueColumn column) {
        return cell(column).text();
    }

    boolean isBlank() {
        return cells.values().stream().allMatch(RawCell::isBlank);
    }
}
