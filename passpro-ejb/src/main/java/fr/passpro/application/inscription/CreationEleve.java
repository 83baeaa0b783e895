package fr.passpro.application.inscription;

import fr.passpro.domain.inscription.Eleve;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of creating a pupil: either created, or not created because the collège already has pupils that are
 * probably the same person (same nom, prénom and birth date); the page shows them and asks for a confirmation.
 *
 * @param eleve             the created pupil; empty when a confirmation is needed
 * @param doublonsPossibles the collège's pupils that look like this one (also filled after a confirmed creation)
 */
public record CreationEleve(Optional<Eleve> eleve, List<Eleve> doublonsPossibles) implements Serializable {

    static CreationEleve creee(Eleve eleve, List<Eleve> doublons) {
        return new CreationEleve(Optional.of(eleve), List.copyOf(doublons));
    }

    static CreationEleve aConfirmer(List<Eleve> doublons) {
        return new CreationEleve(Optional.empty(), List.copyOf(doublons));
    }

    public boolean isCreee() {
        return eleve.isPresent();
    }

    public boolean isConfirmationNecessaire() {
        return eleve.isEmpty();
    }
}
