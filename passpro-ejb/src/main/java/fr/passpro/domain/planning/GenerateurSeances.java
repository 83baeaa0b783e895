package fr.passpro.domain.planning;

import fr.passpro.domain.campagne.JoursFeries;
import fr.passpro.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link RegleSerie} into the slots of its séances, leaving out French public holidays. Everything is in
 * wall-clock time, so a series across the change to summer time keeps its hours on both sides.
 */
public final class GenerateurSeances {

    /** More slots than this in one series is taken for a mistake in the rule (a year instead of a month...). */
    public static final int MAX_CRENEAUX = 2_000;

    private GenerateurSeances() {
    }

    /** @throws InvalidValueException when the series would have more than {@link #MAX_CRENEAUX} slots */
    public static Serie generer(RegleSerie regle) {
        List<Creneau> creneaux = new ArrayList<>();
        List<LocalDate> feries = new ArrayList<>();
        for (LocalDate jour = regle.du(); !jour.isAfter(regle.au()); jour = jour.plusDays(1)) {
            if (!regle.jours().contains(jour.getDayOfWeek())) {
                continue;
            }
            if (JoursFeries.estFerie(jour)) {
                feries.add(jour);
                continue;
            }
            LocalDateTime limite = jour.atTime(regle.fin());
            for (LocalDateTime debut = jour.atTime(regle.debut()); !debut.plus(regle.duree()).isAfter(limite);
                    debut = debut.plus(regle.duree()).plus(regle.pause())) {
                if (creneaux.size() == MAX_CRENEAUX) {
                    throw new InvalidValueException("Cette série donnerait plus de 2\u00a0000 séances : réduisez la"
                            + " période, le nombre de jours choisis ou la plage horaire, ou créez-la en plusieurs fois.");
                }
                creneaux.add(new Creneau(debut, debut.plus(regle.duree())));
            }
        }
        return new Serie(creneaux, feries);
    }
}
