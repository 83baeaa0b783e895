package fr.passpro.domain.entretien;

import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Voeu;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the lycée sends back to the collège after an individual interview: the compte rendu for the domaine and the
 * avis on each vœu (with the collège head's avis d'origine beside it), as the collège reads it and the fiche
 * récapitulative prints it.
 *
 * @param recuLe when the compte rendu and every avis were first all in
 */
public record RetourEntretien(long inscriptionId, String eleve, String domaine, String lycee, LocalDate dateEntretien,
                              String compteRendu, List<AvisFormation> avis, Instant recuLe, Instant modifieLe) {

    /** One vœu: its formation, both avis, and whether the lycée added it at the interview. */
    public record AvisFormation(long formationId, String formation, String code, Avis avisOrigine, Avis avisAccueil,
                                boolean ajouteALEntretien) {
    }

    public RetourEntretien {
        avis = List.copyOf(avis);
    }

    /**
     * @throws IllegalStateException if the return is not complete (the collège sees nothing before)
     */
    public static RetourEntretien de(Entretien entretien) {
        Objects.requireNonNull(entretien, "L'entretien est obligatoire.");
        if (!entretien.isRetourComplet()) {
            throw new IllegalStateException("Retour incomplet : " + entretien);
        }
        Inscription i = entretien.getInscription();
        Instant modifie = i.getVoeux().stream().map(Voeu::getAvisAccueilLe)
                .reduce(entretien.getCompteRenduLe(), (a, b) -> b.isAfter(a) ? b : a);
        return new RetourEntretien(i.getId(), i.getEleve().getNomComplet(), i.getDomaine().getLibelle(),
                i.getLycee().getNom(), entretien.getDate(), entretien.getCompteRendu().orElseThrow(),
                i.getVoeux().stream().map(v -> new AvisFormation(v.getFormation().getId(), v.getFormation().getLibelle(),
                        v.getFormation().getCode().toString(), v.getAvisOrigine().orElse(null),
                        v.getAvisAccueil().orElseThrow(), v.isAjouteALEntretien())).toList(),
                entretien.getRetourCompletLe(), modifie);
    }
}
