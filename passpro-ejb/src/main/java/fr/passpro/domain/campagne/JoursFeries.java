package fr.passpro.domain.campagne;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The eleven public holidays of metropolitan France (Alsace-Moselle's Good Friday and 26 December are not included):
 * no séance is generated on them.
 */
public final class JoursFeries {

    private JoursFeries() {
    }

    public static boolean estFerie(LocalDate date) {
        return de(date.getYear()).contains(date);
    }

    /** The public holidays of a year, in date order. */
    public static Set<LocalDate> de(int annee) {
        LocalDate paques = paques(annee);
        SortedSet<LocalDate> jours = new TreeSet<>();
        jours.add(LocalDate.of(annee, Month.JANUARY, 1));
        jours.add(paques.plusDays(1)); // lundi de Pâques
        jours.add(LocalDate.of(annee, Month.MAY, 1));
        jours.add(LocalDate.of(annee, Month.MAY, 8));
        jours.add(paques.plusDays(39)); // Ascension
        jours.add(paques.plusDays(50)); // lundi de Pentecôte
        jours.add(LocalDate.of(annee, Month.JULY, 14));
        jours.add(LocalDate.of(annee, Month.AUGUST, 15));
        jours.add(LocalDate.of(annee, Month.NOVEMBER, 1));
        jours.add(LocalDate.of(annee, Month.NOVEMBER, 11));
        jours.add(LocalDate.of(annee, Month.DECEMBER, 25));
        return Collections.unmodifiableSortedSet(jours);
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate paques(int annee) {
        int a = annee % 19;
        int b = annee / 100;
        int c = annee % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int mois = (h + l - 7 * m + 114) / 31;
        int jour = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(annee, mois, jour);
    }
}
