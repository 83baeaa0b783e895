package fr.passpro.domain.planning.suivi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** How close the convocation deadline of the campagne is: the pages warn a week before and alert once it is past. */
public enum Echeance {

    /** More than {@value #JOURS_ALERTE} days to go. */
    LOINTAINE,
    /** {@value #JOURS_ALERTE} days or less to go, the deadline day included. */
    PROCHE,
    /** The deadline is past: a candidate not convoked now will not be, unless the académie steps in. */
    DEPASSEE;

    public static final int JOURS_ALERTE = 7;

    /**
     * @param dateLimite the last day (inclusive) convocations may be sent
     * @param aujourdhui today, in Paris
     */
    public static Echeance de(LocalDate dateLimite, LocalDate aujourdhui) {
        Objects.requireNonNull(dateLimite, "La date limite est obligatoire.");
        Objects.requireNonNull(aujourdhui, "La date du jour est obligatoire.");
        if (aujourdhui.isAfter(dateLimite)) {
            return DEPASSEE;
        }
        return ChronoUnit.DAYS.between(aujourdhui, dateLimite) <= JOURS_ALERTE ? PROCHE : LOINTAINE;
    }
}
