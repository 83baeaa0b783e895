package fr.passpro.infrastructure.convocation;

/**
 * The attachments of a convocation's mail that the outbox worker produces when it sends the mail, from the text of
 * the {@link ConvocationDocument} taken when the mail was queued: building a PDF costs about 35 ms (its fonts are
 * embedded), which a planning of 1,000 pupils must not pay inside its transaction.
 */
public final class PiecesConvocation {

    /** The printed convocation (PDF). */
    public static final String PDF = "convocation-pdf";
    /** The calendar invitation, METHOD:REQUEST. */
    public static final String INVITATION = "convocation-invitation";
    /** The calendar cancellation, METHOD:CANCEL. */
    public static final String ANNULATION = "convocation-annulation";

    private PiecesConvocation() {
    }

    /**
     * The bytes of one attachment.
     *
     * @throws IllegalArgumentException for a model this version does not know
     */
    public static byte[] produire(String modele, String donnees) {
        ConvocationDocument d = ConvocationDocument.depuisTexte(donnees);
        return switch (modele) {
            case PDF -> ConvocationPdf.une(d);
            case INVITATION -> InvitationCalendrier.requete(d);
            case ANNULATION -> InvitationCalendrier.annulation(d);
            default -> throw new IllegalArgumentException("Modèle de pièce jointe inconnu : " + modele);
        };
    }
}
