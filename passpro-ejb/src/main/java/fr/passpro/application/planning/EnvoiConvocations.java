package fr.passpro.application.planning;

import fr.passpro.application.courrier.Courriers;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.infrastructure.convocation.ConvocationCourriel;
import fr.passpro.infrastructure.convocation.ConvocationCourriel.Nature;
import fr.passpro.infrastructure.convocation.ConvocationDocument;
import fr.passpro.infrastructure.convocation.PiecesConvocation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Queues the mails of convocations in the outbox, in the caller's transaction: to the collège's functional mailbox
 * and the référent, with the PDF and the calendar invitation (or its cancellation); and to the lycée when a convoked
 * pupil renounces. No role is required: the callers are services that have checked theirs. The PDF and the invitation
 * are produced by the outbox worker when it sends the mail, from the convocation as it is now (its text is queued
 * with the mail): planning 1,000 pupils does not build 1,000 PDFs in its transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EnvoiConvocations {

    private static final String PDF = "application/pdf";
    private static final String ICS = "text/calendar";

    @Inject
    private Courriers courriers;

    @Inject
    private Clock clock;

    /** A new convocation, or an updated one (moved, or its séance changed): mail, PDF and invitation. */
    public Courrier convocation(Convocation convocation, boolean modifiee) {
        ConvocationDocument d = DocumentsConvocation.document(convocation, clock.instant());
        Nature nature = modifiee ? Nature.MODIFIEE : Nature.NOUVELLE;
        Courrier courrier = Courrier.nouveau(destinatairesCollege(convocation.getInscription()),
                        ConvocationCourriel.objet(d, nature), ConvocationCourriel.texte(d, nature),
                        ConvocationCourriel.html(d, nature), clock.instant())
                .joindreAProduire(nomFichier(d, "pdf"), PDF, PiecesConvocation.PDF, d.enTexte())
                .joindreAProduire(nomFichier(d, "ics"), ICS, PiecesConvocation.INVITATION, d.enTexte())
                .concerneEleves(eleve(convocation));
        return deposer(convocation, courrier);
    }

    /** The convocation was cancelled (séance cancelled, candidate taken out, pupil renounced): mail and CANCEL. */
    public Courrier annulation(Convocation convocation) {
        ConvocationDocument d = DocumentsConvocation.document(convocation, clock.instant());
        Courrier courrier = Courrier.nouveau(destinatairesCollege(convocation.getInscription()),
                        ConvocationCourriel.objet(d, Nature.ANNULEE), ConvocationCourriel.texte(d, Nature.ANNULEE),
                        ConvocationCourriel.html(d, Nature.ANNULEE), clock.instant())
                .joindreAProduire(nomFichier(d, "ics"), ICS, PiecesConvocation.ANNULATION, d.enTexte())
                .concerneEleves(eleve(convocation));
        return deposer(convocation, courrier);
    }

    /** Tells the lycée that a convoked pupil renounced and the seat is free. */
    public Courrier retraitAuLycee(Convocation convocation) {
        ConvocationDocument d = DocumentsConvocation.document(convocation, clock.instant());
        return courriers.deposer(Courrier.nouveau(List.of(d.lyceeMail()), ConvocationCourriel.retraitObjet(d),
                ConvocationCourriel.retraitTexte(d), null, clock.instant()).concerneEleves(eleve(convocation)));
    }

    /** The pupil the mails of a convocation name: the purge of the campagne deletes them with the pupil. */
    private static List<Long> eleve(Convocation convocation) {
        return List.of(convocation.getInscription().getEleve().getId());
    }

    private Courrier deposer(Convocation convocation, Courrier courrier) {
        courriers.deposer(courrier);
        convocation.envoyeePar(courrier);
        return courrier;
    }

    /** « convocation-dupont-eloise-2027-03-17.pdf ». */
    private static String nomFichier(ConvocationDocument d, String extension) {
        String nom = fr.passpro.domain.catalogue.TextNormalizer.matchKey(d.eleveNom() + " " + d.elevePrenom())
                .replace(' ', '-');
        return "convocation-" + nom + "-" + d.debut().toLocalDate() + "." + extension;
    }

    /** The collège's functional mailbox (or the académie's convention for it) and the référent's address, each once. */
    public static List<String> destinatairesCollege(Inscription inscription) {
        var adresses = new LinkedHashSet<String>();
        adresses.add(DocumentsConvocation.boite(inscription.getEleve().getCollege()));
        adresses.add(inscription.getReferent().getEmail());
        return new ArrayList<>(adresses);
    }
}
