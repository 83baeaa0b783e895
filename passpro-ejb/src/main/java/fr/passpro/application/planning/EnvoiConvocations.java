package fr.passpro.application.planning;

import fr.passpro.application.courrier.Courriers;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.scope.Scope;
import fr.passpro.infrastructure.persistence.AccountRepository;
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
 * and the référent, with the PDF and the calendar invitation; and to the lycée when a convoked pupil renounces.
 * No role is required: the callers are services that have checked theirs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EnvoiConvocations {

    @Inject
    private Courriers courriers;

    @Inject
    private AccountRepository comptes;

    @Inject
    private Clock clock;

    /** A new convocation, or an updated one (moved, or its séance changed). */
    public Courrier convocation(Convocation convocation, boolean modifiee) {
        Inscription i = convocation.getInscription();
        String objet = (modifiee ? "Convocation modifiée : " : "Convocation : ") + "entretien Passpro de "
                + i.getEleve().getNomComplet() + " le " + convocation.getSeance().getHoraires();
        return deposer(convocation, destinatairesCollege(i), objet, objet + ".\n", null);
    }

    /** The convocation was cancelled (séance cancelled, candidate taken out, pupil renounced). */
    public Courrier annulation(Convocation convocation) {
        Inscription i = convocation.getInscription();
        String objet = "Convocation annulée : entretien Passpro de " + i.getEleve().getNomComplet() + " du "
                + convocation.getSeance().getHoraires();
        return deposer(convocation, destinatairesCollege(i), objet, objet + ".\n", null);
    }

    /** Tells the lycée that a convoked pupil renounced and the seat is free. */
    public Courrier retraitAuLycee(Convocation convocation) {
        Inscription i = convocation.getInscription();
        String objet = "Passpro : " + i.getEleve().getNomComplet() + " a renoncé, la place du "
                + convocation.getSeance().getHoraires() + " est libérée";
        return courriers.deposer(Courrier.nouveau(destinatairesLycee(i.getLycee()), objet, objet + ".\n",
                null, clock.instant()));
    }

    /** The lycée's functional mailbox, or else the addresses of its active accounts. */
    private List<String> destinatairesLycee(Etablissement lycee) {
        String boite = lycee.getMailFonctionnel();
        if (boite != null && !boite.isBlank()) {
            return List.of(boite);
        }
        return comptes.findVisible(Scope.etablissement(lycee.getId(), lycee.getUai(), lycee.getAcademie().getCode()))
                .stream().filter(Account::isActif).map(Account::getEmail).distinct().toList();
    }

    private Courrier deposer(Convocation convocation, List<String> destinataires, String objet, String texte,
                             String html) {
        Courrier courrier = courriers.deposer(Courrier.nouveau(destinataires, objet, texte, html, clock.instant()));
        convocation.envoyeePar(courrier);
        return courrier;
    }

    /** The collège's functional mailbox and the référent's address, each once. */
    static List<String> destinatairesCollege(Inscription inscription) {
        var adresses = new LinkedHashSet<String>();
        String boite = inscription.getEleve().getCollege().getMailFonctionnel();
        if (boite != null && !boite.isBlank()) {
            adresses.add(boite);
        }
        adresses.add(inscription.getReferent().getEmail());
        return new ArrayList<>(adresses);
    }
}
