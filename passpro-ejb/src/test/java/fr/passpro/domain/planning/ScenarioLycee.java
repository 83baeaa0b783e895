package fr.passpro.domain.planning;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import fr.passpro.domain.catalogue.ModaliteEntretien;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A generated lycée for the planner's tests and benchmark, the same for a given seed: 1,000 inscriptions in 5
 * domaines from 40 collèges of uneven size (some pupils in two domaines), 1,300 individual séances and 200 collective
 * séances of 8 seats between March and May (one in five reserved to one formation), and interviews some pupils
 * already have in 5 other lycées.
 */
record ScenarioLycee(long lyceeId, List<Candidat> candidats, List<SeanceLibre> seances,
        List<EntretienPrevu> entretiens) {

    static final int DOMAINES = 5;
    static final int COLLEGES = 40;

    static ScenarioLycee genere(long seed, int inscriptions) {
        Random random = new Random(seed);
        long lycee = 1;
        List<SeanceLibre> seances = new ArrayList<>();
        Serie individuelles = GenerateurSeances.generer(new RegleSerie(Set.of(MONDAY, TUESDAY, THURSDAY, FRIDAY),
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 20), LocalTime.of(14, 0), LocalTime.of(17, 0),
                Duration.ofMinutes(20), Duration.ofMinutes(5)));
        Serie collectives = GenerateurSeances.generer(new RegleSerie(Set.of(WEDNESDAY), LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 5, 20), LocalTime.of(9, 0), LocalTime.of(12, 0), Duration.ofMinutes(45),
                Duration.ofMinutes(15)));
        long id = 1;
        for (int d = 1; d <= DOMAINES; d++) {
            // each domaine has its own rooms, starting on a different day of the period
            for (int i = 0; i < 260; i++) {
                Creneau c = individuelles.creneaux().get((i + 40 * d) % individuelles.creneaux().size());
                seances.add(new SeanceLibre(id++, d, ModaliteEntretien.INDIVIDUEL, formations(random, d), c.debut(),
                        c.fin(), 1));
            }
            for (int i = 0; i < 40; i++) {
                Creneau c = collectives.creneaux().get(i % collectives.creneaux().size());
                seances.add(new SeanceLibre(id++, d, ModaliteEntretien.COLLECTIF, formations(random, d), c.debut(),
                        c.fin(), 8));
            }
        }
        List<Candidat> candidats = new ArrayList<>();
        List<Long> eleves = new ArrayList<>();
        long eleve = 1;
        for (long inscription = 1; inscription <= inscriptions; inscription++) {
            boolean deuxiemeDomaine = inscription % 12 == 0;
            long eleveId = deuxiemeDomaine ? eleve - 1 : eleve++;
            long college = eleveId % 7 < 3 ? 1 + eleveId % 8 : 1 + eleveId % COLLEGES; // a few big collèges
            int domaine = 1 + (int) ((inscription * 7 + (deuxiemeDomaine ? 1 : 0)) % DOMAINES);
            ModaliteEntretien modalite = inscription % 5 == 0 ? ModaliteEntretien.COLLECTIF
                    : ModaliteEntretien.INDIVIDUEL;
            Set<Long> voeux = random.nextInt(3) == 0 ? Set.of(formation(domaine, 1), formation(domaine, 3))
                    : Set.of(formation(domaine, 1 + random.nextInt(4)));
            candidats.add(new Candidat(inscription, eleveId, college, domaine, modalite, voeux,
                    String.format("ELEVE%05d", (eleveId * 7919) % 100_000)));
            eleves.add(eleveId);
        }
        List<EntretienPrevu> entretiens = new ArrayList<>();
        for (Long eleveId : eleves.stream().distinct().toList()) {
            if (random.nextInt(100) < 15) {
                Creneau c = individuelles.creneaux().get(random.nextInt(individuelles.creneaux().size()));
                entretiens.add(new EntretienPrevu(eleveId, 2 + random.nextInt(5), c.debut(), c.fin()));
            }
        }
        return new ScenarioLycee(lycee, candidats, seances, entretiens);
    }

    private static long formation(long domaine, int rang) {
        return domaine * 10 + rang;
    }

    /** Empty (every formation of the domaine) four times out of five, else one formation. */
    private static Set<Long> formations(Random random, int domaine) {
        return random.nextInt(5) == 0 ? Set.of(formation(domaine, 1 + random.nextInt(4))) : Set.of();
    }
}
