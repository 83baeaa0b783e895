package fr.passpro.infrastructure.excel;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/** The rows of a file in order, blank rows skipped; shared by the workbook and CSV readers. */
final class NonBlankRows implements Iterator<RawRow> {

    /** The next row of the file, blank or not, or null at its end. */
    private final Supplier<RawRow> source;
    private RawRow next;

    NonBlankRows(Supplier<RawRow> source) {
        this.source = source;
        this.next = advance();
    }

    private RawRow advance() {
        for (RawRow row = source.get(); row != null; row = source.get()) {
            if (!row.isBlank()) {
                return row;
            }
        }
        return null;
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public RawRow next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        RawRow current = next;
        next = advance();
        return current;
    }
}
