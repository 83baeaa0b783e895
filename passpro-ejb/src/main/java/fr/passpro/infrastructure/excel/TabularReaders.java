package fr.passpro.infrastructure.excel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The checks every format shares: size, emptiness, header mapping. */
final class TabularReaders {

    static final String NOT_A_SPREADSHEET = "Le fichier n'est ni un classeur Excel (.xlsx, .xls) ni un fichier CSV.";
    static final String PASSWORD = "Le classeur est protégé par un mot de passe : enregistrez-le sans mot de passe, "
            + "puis déposez-le à nouveau.";
    static final String EMPTY = "Le fichier est vide : il ne contient aucune ligne.";

    /** A header row is looked for among the first lines, so that a title line above it does not hide it. */
    static final int HEADER_SEARCH_LINES = 10;
    /** A line naming at least this many known columns is taken as the header. */
    static final int HEADER_MIN_MATCHES = 3;

    private TabularReaders() {
    }

    static TabularReader open(String fileName, byte[] content, long maxBytes) {
        Objects.requireNonNull(content, "Le contenu du fichier est obligatoire.");
        if (content.length > maxBytes) {
            throw new FichierRefuseException("Le fichier dépasse la taille maximale de " + megabytes(maxBytes) + " Mo.");
        }
        if (content.length == 0) {
            throw new FichierRefuseException(EMPTY);
        }
        return switch (TabularFormat.detect(content)) {
            case XLSX -> WorkbookTabularReader.openXlsx(fileName, content);
            case XLS -> WorkbookTabularReader.openXls(fileName, content);
            case CSV -> CsvTabularReader.open(fileName, content);
        };
    }

    /** 20971520 → "20", 1572864 → "1,5". */
    static String megabytes(long bytes) {
        double mo = bytes / (1024.0 * 1024.0);
        if (mo == Math.rint(mo)) {
            return Long.toString((long) mo);
        }
        return String.format(Locale.FRANCE, "%.1f", mo);
    }

    /** Whether a line, given as its header texts, looks like the header row. */
    static boolean looksLikeHeader(List<String> texts) {
        return texts.stream().map(CatalogueColumn::fromHeader).filter(java.util.Optional::isPresent)
                .map(java.util.Optional::get).distinct().count() >= HEADER_MIN_MATCHES;
    }

    /**
     * Maps the header texts (by position) to columns.
     *
     * @return column → position; {@code headersOut} receives column → header as written, {@code ignoredOut} the others
     * @throws FichierRefuseException naming every missing required column, or a column found twice
     */
    static Map<CatalogueColumn, Integer> mapHeader(List<String> headers, int headerLine,
                                                  Map<CatalogueColumn, String> headersOut, List<String> ignoredOut) {
        Map<CatalogueColumn, Integer> positions = new EnumMap<>(CatalogueColumn.class);
        Map<CatalogueColumn, String> written = new EnumMap<>(CatalogueColumn.class);
        for (int i = 0; i < headers.size(); i++) {
            String header = fr.passpro.domain.catalogue.TextNormalizer.clean(headers.get(i));
            if (header.isEmpty()) {
                continue;
            }
            var column = CatalogueColumn.fromHeader(header);
            if (column.isEmpty()) {
                ignoredOut.add(header);
                continue;
            }
            if (positions.containsKey(column.get())) {
                throw new FichierRefuseException("La colonne « " + column.get().displayName()
                        + " » apparaît deux fois dans la ligne d'en-tête (ligne " + headerLine + ", en-têtes « "
                        + written.get(column.get()) + " » et « " + header + " ») : gardez-en une seule.");
            }
            positions.put(column.get(), i);
            written.put(column.get(), header);
        }
        List<String> missing = new ArrayList<>();
        for (CatalogueColumn column : CatalogueColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                missing.add("« " + column.displayName() + " »");
            }
        }
        if (missing.size() == 1) {
            throw new FichierRefuseException("La colonne obligatoire " + missing.get(0)
                    + " est absente de la ligne d'en-tête (ligne " + headerLine + ").");
        }
        if (!missing.isEmpty()) {
            throw new FichierRefuseException("Les colonnes obligatoires " + String.join(", ", missing)
                    + " sont absentes de la ligne d'en-tête (ligne " + headerLine + ").");
        }
        headersOut.putAll(written);
        return positions;
    }

    static Map<CatalogueColumn, String> ordered(Map<CatalogueColumn, String> headers) {
        return headers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                (a, b) -> a, LinkedHashMap::new));
    }
}
