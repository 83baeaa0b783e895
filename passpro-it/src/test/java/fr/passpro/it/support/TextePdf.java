package fr.passpro.it.support;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The text of a PDF as OpenPDF extracts it, every run of spaces and line breaks read as one space. */
public final class TextePdf {

    private TextePdf() {
    }

    public static String texte(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                StringBuilder texte = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    texte.append(extractor.getTextFromPage(page)).append(' ');
                }
                return texte.toString().replaceAll("[\\s\u00a0]+", " ");
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
