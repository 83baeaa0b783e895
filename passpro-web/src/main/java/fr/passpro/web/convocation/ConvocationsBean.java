package fr.passpro.web.convocation;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import fr.passpro.application.planning.ConvocationService;
import fr.passpro.application.planning.PlanningService;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.courrier.StatutCourrier;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.planning.AccuseReception;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Seance;
import fr.passpro.web.planning.EtatsConvocation;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The convocations the collège received ({@code /college/convocations.xhtml}): the answer to the lycée, the mail sent
 * again after a failure, and the PDFs to print (served by {@link ConvocationPdfServlet}).
 */
@Named
@ViewScoped
public class ConvocationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConvocationService convocations;

    @Inject
    private PlanningService planning;

    @Inject
    private Clock clock;

    private List<LigneConvocation> lignes;

    @PostConstruct
    void load() {
        LocalDateTime maintenant = LocalDateTime.now(clock.withZone(Textes.PARIS));
        lignes = convocations.convocationsRecues().stream().map(c -> ligne(c, maintenant)).toList();
    }

    public List<LigneConvocation> getLignes() {
        return lignes;
    }

    public long getAnnulees() {
        return lignes.stream().filter(l -> !l.active()).count();
    }

    /** Whether « Tout imprimer » has something to print. */
    public boolean isImprimable() {
        return lignes.stream().anyMatch(LigneConvocation::active);
    }

    public AccuseReception[] getReponses() {
        return AccuseReception.values();
    }

    /** A text of the bundle about one pupil, e.g. the accessible name of a button of its convocation. */
    public String libelle(String cle, LigneConvocation ligne) {
        return Textes.text(cle, ligne.eleve());
    }

    /** The collège tells the lycée whether the pupil will come. */
    public void repondre(LigneConvocation ligne, AccuseReception reponse) {
        try {
            convocations.accuserReception(ligne.id(), reponse);
            Textes.info("convocation.reponse.enregistree", ligne.eleve(), Textes.text("convocation." + reponse.name()));
            load();
        } catch (RuntimeException refus) {
            Textes.erreur(refus);
        }
    }

    /** Queues the mail of the convocation again (after a failure). */
    public void renvoyer(LigneConvocation ligne) {
        try {
            planning.renvoyer(ligne.id());
            Textes.info("convocation.renvoyee", ligne.eleve());
            load();
        } catch (RuntimeException refus) {
            Textes.erreur(refus);
        }
    }

    static LigneConvocation ligne(Convocation c, LocalDateTime maintenant) {
        Eleve eleve = c.getInscription().getEleve();
        Seance seance = c.getSeance();
        return new LigneConvocation(c.getId(), eleve.getPrenom() + " " + eleve.getNom(), eleve.getClasse(),
                c.getInscription().getDomaine().getLibelle(), seance.getLycee().getNom(), seance.getHoraires(),
                seance.getSalle(), seance.getLienVisio(), seance.getModalite(), c.isActive(),
                c.isActive() ? null : Textes.dateHeure(c.getAnnuleeLe()), courriel(c),
                c.getDernierCourrier().map(m -> m.getStatut() == StatutCourrier.ECHEC).orElse(false),
                c.getAccuse().orElse(null),
                c.getAccuse().map(a -> Textes.text("convocation.reponse.donnee", Textes.text("convocation." + a.name()),
                        Textes.dateHeure(c.getAccuseLe()))).orElse(Textes.text("convocation.reponse.aucune")),
                seance.getFin().isBefore(maintenant));
    }

    /** « En attente », « Envoyée le 12/05/2027 à 09:10 », « Envoi retardé… » or « Non remise : … » in French words. */
    static String courriel(Convocation c) {
        if (c.getDernierCourrier().isEmpty()) {
            return Textes.text("convocation.courriel.aucun");
        }
        Courrier courrier = c.getDernierCourrier().get();
        return switch (courrier.getStatut()) {
            case EN_ATTENTE -> courrier.getTentatives() == 0 ? Textes.text("convocation.courriel.attente")
                    : Textes.text("convocation.courriel.retarde", Textes.dateHeure(courrier.getProchainEssai()),
                            EtatsConvocation.probleme(courrier));
            case EN_COURS -> Textes.text("convocation.courriel.attente");
            case ENVOYE -> Textes.text("convocation.courriel.envoye", Textes.dateHeure(envoyeLe(courrier)));
            case ECHEC -> Textes.text("convocation.courriel.echec", EtatsConvocation.probleme(courrier));
        };
    }

    private static Instant envoyeLe(Courrier courrier) {
        return courrier.getEnvoyeLe() != null ? courrier.getEnvoyeLe() : courrier.getCreeLe();
    }
}
