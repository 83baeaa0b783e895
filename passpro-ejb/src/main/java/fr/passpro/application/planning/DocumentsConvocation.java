package fr.passpro.application.planning;

import fr.passpro.domain.planning.Convocation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Turns convocations into the documents the mails carry and the pages print (PDF, calendar invitation). */
@ApplicationScoped
public class DocumentsConvocation {

    /** One PDF, one page per convocation. */
    public byte[] pdf(List<Convocation> convocations) {
        throw new UnsupportedOperationException("à venir : ConvocationPdf");
    }
}
