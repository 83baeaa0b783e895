package fr.passpro.batch.annuaire;

import fr.passpro.domain.catalogue.TextNormalizer;
import fr.passpro.infrastructure.excel.FichierRefuseException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the directory file as the national open-data portal exports it: CSV separated by ; (or ,), UTF-8 with or
 * without byte order mark (else Windows-1252, as Excel saves it), a header line then one établissement per line.
 * The file is kept gzip-compressed and read as a stream: the national file is tens of Mo.
 * Plain Java: a file that cannot be imported at all is a {@link FichierRefuseException}, in French.
 */
public final class AnnuaireCsv implements Iterator<LigneBrute>, AutoCloseable {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<AnnuaireColonne, Integer> positions;
    private final int tailleEnTete;
    private LigneBrute next;

    private AnnuaireCsv(Reader reader, char delimiter) throws IOException {
        this.parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrim(false)
                .get().parse(reader);
        this.records = parser.iterator();
        CSVRecord header = nextRecord();
        while (header != null && isBlank(header)) {
            header = nextRecord();
        }
        if (header == null) {
            throw new FichierRefuseException("Le fichier est vide : il ne contient aucune ligne.");
        }
        this.tailleEnTete = header.size();
        this.positions = colonnes(header.toList());
        this.next = advance();
    }

    /** Compresses a file as the import keeps it. */
    public static byte[] compresser(byte[] contenu) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, contenu.length / 8));
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(contenu);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Opens a gzip-compressed directory file and checks its header.
     *
     * @throws FichierRefuseException when the file is empty or its header lacks a column Passpro needs (all named)
     */
    public static AnnuaireCsv ouvrir(byte[] contenuGzip) {
        Charset charset = isUtf8(contenuGzip) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        try {
            char delimiter = separateur(contenuGzip, charset);
            return new AnnuaireCsv(new InputStreamReader(gunzip(contenuGzip), charset), delimiter);
        } catch (IOException e) {
            throw new FichierRefuseException("Le fichier de l'annuaire est illisible : " + e.getMessage(), e);
        }
    }

    private static InputStream gunzip(byte[] contenuGzip) throws IOException {
        return new GZIPInputStream(new ByteArrayInputStream(contenuGzip), 64 * 1024);
    }

    /** Whether the whole file decodes as UTF-8 (read as a stream, never held as one string). */
    private static boolean isUtf8(byte[] contenuGzip) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[64 * 1024];
        try (Reader reader = new InputStreamReader(gunzip(contenuGzip), decoder)) {
            while (reader.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new FichierRefuseException("Le fichier de l'annuaire est illisible : " + e.getMessage(), e);
        }
    }

    /** ; unless the first line holds more commas than semicolons. */
    private static char separateur(byte[] contenuGzip, Charset charset) throws IOException {
        try (Reader reader = new InputStreamReader(gunzip(contenuGzip), charset)) {
            int semicolons = 0;
            int commas = 0;
            boolean quoted = false;
            for (int c = reader.read(); c >= 0; c = reader.read()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r') && (semicolons + commas) > 0) {
                    break;
                } else if (!quoted && c == ';') {
                    semicolons++;
                } else if (!quoted && c == ',') {
                    commas++;
                }
            }
            return commas > semicolons ? ',' : ';';
        }
    }

    /** Maps the header; refuses the file naming every missing column. */
    static Map<AnnuaireColonne, Integer> colonnes(List<String> enTetes) {
        Map<AnnuaireColonne, Integer> positions = new EnumMap<>(AnnuaireColonne.class);
        for (int i = 0; i < enTetes.size(); i++) {
            int position = i;
            AnnuaireColonne.deEnTete(TextNormalizer.clean(enTetes.get(i)))
                    .ifPresent(colonne -> positions.putIfAbsent(colonne, position));
        }
        List<String> manquantes = new ArrayList<>();
        for (AnnuaireColonne colonne : AnnuaireColonne.values()) {
            if (colonne.obligatoire() && !positions.containsKey(colonne)) {
                manquantes.add("« " + colonne.enTete() + " »");
            }
        }
        if (!positions.containsKey(AnnuaireColonne.ETAT) && !positions.containsKey(AnnuaireColonne.DATE_FERMETURE)) {
            manquantes.add("« " + AnnuaireColonne.ETAT.enTete() + " » (ou « " + AnnuaireColonne.DATE_FERMETURE.enTete()
                    + " »)");
        }
        if (manquantes.size() == 1) {
            throw new FichierRefuseException("Ce fichier n'a pas l'en-tête de l'annuaire de l'éducation : la colonne "
                    + manquantes.get(0) + " est absente de la première ligne. Aucun établissement n'a été modifié.");
        }
        if (!manquantes.isEmpty()) {
            throw new FichierRefuseException("Ce fichier n'a pas l'en-tête de l'annuaire de l'éducation : les colonnes "
                    + String.join(", ", manquantes) + " sont absentes de la première ligne. Aucun établissement n'a "
                    + "été modifié.");
        }
        return positions;
    }

    private CSVRecord nextRecord() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new FichierRefuseException("Le fichier CSV est mal formé vers la ligne "
                    + parser.getCurrentLineNumber() + " : un guillemet ouvert n'est pas refermé. Aucun établissement "
                    + "n'a été modifié.", e);
        }
    }

    private LigneBrute advance() {
        for (CSVRecord record = nextRecord(); record != null; record = nextRecord()) {
            if (isBlank(record)) {
                continue;
            }
            Map<AnnuaireColonne, String> valeurs = new EnumMap<>(AnnuaireColonne.class);
            for (Map.Entry<AnnuaireColonne, Integer> p : positions.entrySet()) {
                int position = p.getValue();
                valeurs.put(p.getKey(), position < record.size() ? TextNormalizer.clean(record.get(position)) : "");
            }
            // blank lines are records too: the record number is the line number (a value on several lines aside)
            return new LigneBrute((int) record.getRecordNumber(), valeurs, record.size() >= tailleEnTete);
        }
        return null;
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(v -> TextNormalizer.clean(v).isEmpty());
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public LigneBrute next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        LigneBrute current = next;
        next = advance();
        return current;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // an in-memory stream: nothing to release
        }
    }
}
