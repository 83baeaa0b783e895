package fr.passpro.domain.planning;

import java.time.LocalDateTime;

/** An interview a pupil already has (any lycée). */
public record EntretienPrevu(long eleveId, long lyceeId, LocalDateTime debut, LocalDateTime fin) {
}
