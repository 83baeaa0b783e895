package fr.passpro.application.inscription;

import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.inscription.Voeu;
import java.io.Serializable;
import java.util.List;

/**
 * One row of the collège's list of inscriptions, as the page shows it: a small view record kept by the page instead
 * of the inscription's entity graph (issue 14: light sessions).
 *
 * @param voeux the libellés of the formations asked for, in order
 */
public record LigneInscription(long id, String eleveNom, String elevePrenom, String classe, String domaine,
                               String lycee, List<String> voeux, long avisDonnes, String referent,
                               StatutInscription statut) implements Serializable {

    public LigneInscription {
        voeux = List.copyOf(voeux);
    }

    static LigneInscription de(Inscription i) {
        return new LigneInscription(i.getId(), i.getEleve().getNom(), i.getEleve().getPrenom(), i.getEleve().getClasse(),
                i.getDomaine().getLibelle(), i.getLycee().getNom(),
                i.getVoeux().stream().map(v -> v.getFormation().getLibelle()).toList(),
                i.getVoeux().stream().filter(Voeu::hasAvisOrigine).count(),
                i.getReferent().getPrenom() + " " + i.getReferent().getNom(), i.getStatut());
    }
}
