package fr.passpro.infrastructure.excel;

/** The formats a catalogue file may come in, recognised by their content and not by the file name. */
public enum TabularFormat {

    /** Office Open XML workbook (.xlsx): a zip archive. */
    XLSX,
    /** Excel 97-2003 workbook (.xls): an OLE2 compound document. */
    XLS,
    /** Text with ; or , between values, in UTF-8 or Windows-1252. */
    CSV;

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** The format the first bytes announce; CSV for anything that is neither a zip nor an OLE2 document. */
    public static TabularFormat detect(byte[] content) {
        if (startsWith(content, ZIP_MAGIC)) {
            return XLSX;
        }
        if (startsWith(content, OLE2_MAGIC)) {
            return XLS;
        }
        return CSV;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
