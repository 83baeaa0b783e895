package fr.passpro.application.entretien;

import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.entretien.Entretien;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.planning.Convocation;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the lycée's page of one interview needs: the candidate, the séance it was convoked to, what was entered so
 * far, the formations of the domaine the pupil may have preferred, and what may be done now.
 *
 * @param convocation          the active convocation, null when the candidate is convoked to no séance
 * @param entretien            null until the presence is entered
 * @param formationsAjoutables formations of the domaine with their interviews at this lycée, not yet vœux
 * @param seanceCommencee      whether the séance has begun (the presence may be entered)
 * @param modifiable           whether the campagne is still open (every entry may change until its closure)
 * @param dateLimite           last day for the compte rendu and avis; null without séance
 */
public record SaisieEntretien(Inscription inscription, Convocation convocation, Entretien entretien,
                              List<Formation> formationsAjoutables, boolean seanceCommencee, boolean modifiable,
                              LocalDate dateLimite) implements Serializable {

    public SaisieEntretien {
        formationsAjoutables = List.copyOf(formationsAjoutables);
    }

    public Optional<Entretien> entretienSaisi() {
        return Optional.ofNullable(entretien);
    }

    /** Whether the séance is individual: only then a compte rendu and avis follow the presence. */
    public boolean isIndividuel() {
        return entretien != null ? entretien.isIndividuel() : convocation != null && convocation.getSeance().isIndividuelle();
    }
}
