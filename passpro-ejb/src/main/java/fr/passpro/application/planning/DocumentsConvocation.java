package fr.passpro.application.planning;

import fr.passpro.domain.catalogue.TextNormalizer;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Voeu;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Deroulement;
import fr.passpro.domain.planning.Seance;
import fr.passpro.infrastructure.convocation.ConvocationDocument;
import fr.passpro.infrastructure.convocation.ConvocationPdf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Turns convocations into the documents the mails carry and the pages print (PDF, calendar invitation). */
@ApplicationScoped
public class DocumentsConvocation {

    @Inject
    private Clock clock;

    /** One PDF, one page per convocation. */
    public byte[] pdf(List<Convocation> convocations) {
        Instant maintenant = clock.instant();
        return ConvocationPdf.plusieurs(convocations.stream().map(c -> document(c, maintenant)).toList());
    }

    /**
     * The functional mailbox of an établissement, or else the académie's convention for it
     * (« ce.0940132h@ac-creteil.fr »).
     */
    public static String boite(Etablissement etablissement) {
        String boite = etablissement.getMailFonctionnel();
        if (boite != null && !boite.isBlank()) {
            return boite;
        }
        return "ce." + etablissement.getUai().toString().toLowerCase(Locale.ROOT) + "@ac-"
                + TextNormalizer.matchKey(etablissement.getAcademie().getNom()).replace(' ', '-') + ".fr";
    }

    /** Everything a convocation shows, as text, at its current sequence. */
    public static ConvocationDocument document(Convocation convocation, Instant horodatage) {
        Inscription i = convocation.getInscription();
        Seance s = convocation.getSeance();
        var eleve = i.getEleve();
        var college = eleve.getCollege();
        var lycee = i.getLycee();
        var referent = i.getReferent();
        return new ConvocationDocument(convocation.getUid(), convocation.getSequence(), horodatage,
                college.getAcademie().getNom(), eleve.getNom(), eleve.getPrenom(), eleve.getClasse(),
                college.getNom(), college.getCommune(), boite(college),
                referent.getNomComplet(), referent.getEmail(),
                lycee.getNom(), lycee.getCommune(), boite(lycee),
                i.getDomaine().getLibelle(),
                i.getVoeux().stream().map(Voeu::getFormation).map(f -> f.getLibelle()).toList(),
                s.isIndividuelle(), s.getDeroulement() == Deroulement.DISTANCIEL,
                s.getDebut(), s.getFin(), s.getSalle(), s.getLienVisio(), s.getIntervenants());
    }
}
