package fr.passpro.application.catalogue;

/**
 * A PDF document ready to download.
 *
 * @param nomFichier the file name offered to the browser
 * @param contenu    the PDF bytes
 */
public record FichePdf(String nomFichier, byte[] contenu) {
}
