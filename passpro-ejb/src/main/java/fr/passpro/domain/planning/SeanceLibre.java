package fr.passpro.domain.planning;

import fr.passpro.domain.catalogue.ModaliteEntretien;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * A séance of the lycée that still has free seats, as the {@link Planificateur} sees it.
 *
 * @param formationIds the formations the séance is for; empty means every formation of the domaine
 * @param debut        Europe/Paris wall-clock time
 * @param fin          Europe/Paris wall-clock time, after {@code debut}
 * @param placesLibres seats still free (0 or less: the séance is full)
 */
public record SeanceLibre(long seanceId, long domaineId, ModaliteEntretien modalite, Set<Long> formationIds,
        LocalDateTime debut, LocalDateTime fin, int placesLibres) {

    public SeanceLibre {
        Objects.requireNonNull(modalite, "modalite");
        formationIds = Set.copyOf(Objects.requireNonNull(formationIds, "formationIds"));
        Creneau.verifierOrdre(debut, fin);
    }

    /** Whether a pupil asking for these formations may come to this séance (formation filter only). */
    boolean concerne(Set<Long> formationsDemandees) {
        if (formationIds.isEmpty()) {
            return true;
        }
        for (Long formation : formationsDemandees) {
            if (formationIds.contains(formation)) {
                return true;
            }
        }
        return false;
    }
}
