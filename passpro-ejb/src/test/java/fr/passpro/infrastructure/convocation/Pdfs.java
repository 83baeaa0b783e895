package fr.passpro.infrastructure.convocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The text of each page of a PDF, as OpenPDF extracts it. */
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

    static float largeurPage(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            return reader.getPageSizeWithRotation(1).getWidth();
        } finally {
            reader.close();
        }
    }
}
