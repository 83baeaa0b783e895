package fr.passpro.infrastructure.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts of every PDF of Passpro (fiche d'aide, convocation, day sheet, fiche récapitulative): DejaVu Sans, embedded, when the server
 * has it; otherwise Helvetica with the Windows-1252 encoding, which also covers every French letter (é, ç, œ, « »).
 * Loaded once, on first use.
 */
public final class Polices {

    private static final Logger LOGGER = Logger.getLogger(Polices.class.getName());
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path DEJAVU_BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    public static final BaseFont REGULIERE;
    public static final BaseFont GRASSE;

    static {
        BaseFont[] fonts = charger();
        REGULIERE = fonts[0];
        GRASSE = fonts[1];
    }

    private Polices() {
    }

    private static BaseFont[] charger() {
        try {
            if (Files.isReadable(DEJAVU) && Files.isReadable(DEJAVU_BOLD)) {
                return new BaseFont[] {
                        BaseFont.createFont(DEJAVU.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED),
                        BaseFont.createFont(DEJAVU_BOLD.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED) };
            }
        } catch (DocumentException | IOException e) {
            LOGGER.log(Level.WARNING, "Police DejaVu illisible, repli sur Helvetica : {0}", e.getMessage());
        }
        try {
            return new BaseFont[] {
                    BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED),
                    BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED) };
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Aucune police disponible pour les documents PDF", e);
        }
    }
}
