package fr.passpro.domain.planning;

import java.time.LocalDateTime;
import java.util.Objects;

/** A time slot made by the {@link GenerateurSeances}, in Europe/Paris wall-clock time. */
public record Creneau(LocalDateTime debut, LocalDateTime fin) {

    public Creneau {
        verifierOrdre(debut, fin);
    }

    static void verifierOrdre(LocalDateTime debut, LocalDateTime fin) {
        Objects.requireNonNull(debut, "debut");
        Objects.requireNonNull(fin, "fin");
        if (!fin.isAfter(debut)) {
            throw new IllegalArgumentException("fin " + fin + " is not after debut " + debut);
        }
    }
}
