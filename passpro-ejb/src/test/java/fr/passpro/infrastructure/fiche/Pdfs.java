package fr.passpro.infrastructure.fiche;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The text of each page of a PDF, as OpenPDF extracts it, with non-breaking spaces read as spaces and lines joined
 * (a wrapped text reads as one), so that tests look for the words and not for where a line happens to break.
 */
final class Pdfs {

    private Pdfs() {
    }

    static List<String> pages(byte[] pdf) {
        assertThat(pdf).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                List<String> pages = new ArrayList<>();
                for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                    pages.add(extractor.getTextFromPage(p).replaceAll("[\\s\u00a0]+", " "));
                }
                return pages;
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw text of each page, line breaks kept. */
    static List<String> lignes(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                List<String> pages = new ArrayList<>();
                for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                    pages.add(extractor.getTextFromPage(p));
                }
                return pages;
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
