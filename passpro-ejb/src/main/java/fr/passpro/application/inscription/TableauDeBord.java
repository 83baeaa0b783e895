package fr.passpro.application.inscription;

import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.StatutInscription;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The collège's inscriptions of the current campagne and how many are in each statut. */
public record TableauDeBord(List<Inscription> inscriptions, Map<StatutInscription, Long> parStatut)
        implements Serializable {

    public static TableauDeBord vide() {
        return new TableauDeBord(List.of(), Map.of());
    }

    public long nombre(StatutInscription statut) {
        return parStatut.getOrDefault(statut, 0L);
    }

    /** Every inscription, withdrawn ones included. */
    public long total() {
        return parStatut.values().stream().mapToLong(Long::longValue).sum();
    }
}
