package fr.passpro.domain.planning;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * An interview a pupil already has, in any lycée: the {@link Planificateur} keeps the pupil's other interviews apart
 * from the one it places.
 *
 * @param debut Europe/Paris wall-clock time
 * @param fin   Europe/Paris wall-clock time, after {@code debut}
 */
public record EntretienPrevu(long eleveId, long lyceeId, LocalDateTime debut, LocalDateTime fin) {

    public EntretienPrevu {
        Creneau.verifierOrdre(debut, fin);
    }

    /** Whether the pupil could not attend both this interview and one at {@code lycee} from {@code debut} to {@code fin}. */
    boolean empeche(long lycee, LocalDateTime autreDebut, LocalDateTime autreFin, Duration battementTrajet) {
        if (lyceeId == lycee) {
            return debut.isBefore(autreFin) && autreDebut.isBefore(fin);
        }
        return debut.isBefore(autreFin.plus(battementTrajet)) && autreDebut.isBefore(fin.plus(battementTrajet));
    }

    boolean chevauche(EntretienPrevu autre) {
        return debut.isBefore(autre.fin) && autre.debut.isBefore(fin);
    }
}
