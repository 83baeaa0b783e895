package fr.passpro.application.planning;

import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.planning.Deroulement;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * What a lycée enters to create a séance (or, without {@code debut} and {@code fin}, the model of a series).
 *
 * @param formationIds empty for every formation of the domaine
 * @param capacite     ignored for an individual séance
 */
public record NouvelleSeance(long domaineId, Set<Long> formationIds, ModaliteEntretien modalite,
                             Deroulement deroulement, LocalDateTime debut, LocalDateTime fin, String salle,
                             String lienVisio, int capacite, String intervenants) implements Serializable {

    public NouvelleSeance {
        formationIds = formationIds == null ? Set.of() : Set.copyOf(formationIds);
    }

    /** The same séance at other times (one of a series). */
    public NouvelleSeance a(LocalDateTime nouveauDebut, LocalDateTime nouvelleFin) {
        return new NouvelleSeance(domaineId, formationIds, modalite, deroulement, nouveauDebut, nouvelleFin, salle,
                lienVisio, capacite, intervenants);
    }
}
