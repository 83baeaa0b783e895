package fr.passpro.domain.planning;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Benchmark of the planner (issue 5), run by {@code bench/planner.sh}: plans the generated lycée of
 * {@link ScenarioLycee} (1,000 inscriptions, 1,500 séances) N times, alternating with a reference measured in the
 * same run: a naive first-fit (candidates by inscription, every séance scanned for each, no grouping, no index).
 * Prints a report on the standard output, since it is a command-line tool and not application code.
 *
 * <p>Arguments: [runs, default 21] [warm-up runs, default 200] [seed, default 5] [inscriptions, default 1000: more
 * than the seats, e.g. 2000, measures a lycée where many candidates cannot be placed].
 */
public final class PlanificateurBench {

    private PlanificateurBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int echauffement = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 5;
        int inscriptions = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        PrintStream out = System.out;
        ScenarioLycee lycee = ScenarioLycee.genere(seed, inscriptions);
        Planificateur planificateur = new Planificateur(Planificateur.BATTEMENT_TRAJET_STANDARD);

        Plan plan = null;
        Plan naif = null;
        for (int i = 0; i < echauffement; i++) {
            plan = planificateur.planifier(lycee.lyceeId(), lycee.candidats(), lycee.seances(), lycee.entretiens());
            naif = premierLibreNaif(lycee);
        }
        double[] a = new double[runs];
        double[] b = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            plan = planificateur.planifier(lycee.lyceeId(), lycee.candidats(), lycee.seances(), lycee.entretiens());
            long t1 = System.nanoTime();
            naif = premierLibreNaif(lycee);
            long t2 = System.nanoTime();
            a[i] = (t1 - t0) / 1e6;
            b[i] = (t2 - t1) / 1e6;
        }
        double[] ratios = new double[runs];
        for (int i = 0; i < runs; i++) {
            ratios[i] = a[i] / b[i];
        }
        long seances = lycee.seances().size();
        long individuelles = lycee.seances().stream().filter(s -> s.placesLibres() == 1).count();
        out.printf("lycée généré (graine %d) : %d inscriptions de %d élèves, %d collèges, %d séances (%d individuelles,"
                + " %d collectives), %d entretiens dans d'autres lycées%n", seed, lycee.candidats().size(),
                lycee.candidats().stream().map(Candidat::eleveId).distinct().count(),
                lycee.candidats().stream().map(Candidat::collegeId).distinct().count(), seances, individuelles,
                seances - individuelles, lycee.entretiens().size());
        out.printf("%d passages mesurés après %d d'échauffement, A et B alternés%n", runs, echauffement);
        out.printf("A planificateur  : médiane %.2f ms (min %.2f, max %.2f) ; placés %d, non placés %d ;"
                + " groupes collège-domaine en séances consécutives %s%n", mediane(a), min(a), max(a),
                plan.affectations().size(), plan.nonPlaces().size(), groupesConsecutifs(lycee, plan));
        out.printf("B premier libre naïf : médiane %.2f ms (min %.2f, max %.2f) ; placés %d, non placés %d ;"
                + " groupes collège-domaine en séances consécutives %s%n", mediane(b), min(b), max(b),
                naif.affectations().size(), naif.nonPlaces().size(), groupesConsecutifs(lycee, naif));
        out.printf("rapport A / B : médiane %.2f (min %.2f, max %.2f)%n", mediane(ratios), min(ratios), max(ratios));
        Map<String, Long> motifs = plan.nonPlaces().stream()
                .collect(Collectors.groupingBy(NonPlace::motif, Collectors.counting()));
        motifs.forEach((motif, n) -> out.printf("  non placés (A) : %d × %s%n", n, motif));
    }

    /**
     * The reference: same fit rules (domaine, modalité, formations, seats, other interviews and travel buffer), but
     * candidates taken one by one in inscription order, each scanning every séance: O(candidates × séances).
     */
    static Plan premierLibreNaif(ScenarioLycee lycee) {
        Planificateur regles = new Planificateur(Planificateur.BATTEMENT_TRAJET_STANDARD);
        List<SeanceLibre> seances = new ArrayList<>(lycee.seances());
        seances.sort(Comparator.comparing(SeanceLibre::debut).thenComparingLong(SeanceLibre::seanceId));
        int[] restantes = seances.stream().mapToInt(SeanceLibre::placesLibres).toArray();
        Map<Long, List<EntretienPrevu>> agendas = lycee.entretiens().stream()
                .collect(Collectors.groupingBy(EntretienPrevu::eleveId, Collectors.toCollection(ArrayList::new)));
        List<Candidat> candidats = new ArrayList<>(lycee.candidats());
        candidats.sort(Comparator.comparingLong(Candidat::inscriptionId));
        List<Affectation> affectations = new ArrayList<>();
        List<NonPlace> nonPlaces = new ArrayList<>();
        for (Candidat c : candidats) {
            List<EntretienPrevu> agenda = agendas.computeIfAbsent(c.eleveId(), k -> new ArrayList<>());
            boolean place = false;
            for (int s = 0; s < seances.size() && !place; s++) {
                SeanceLibre seance = seances.get(s);
                if (restantes[s] > 0 && seance.domaineId() == c.domaineId() && seance.modalite() == c.modalite()
                        && seance.concerne(c.formationIds())) {
                    EntretienPrevu entretien = new EntretienPrevu(c.eleveId(), lycee.lyceeId(), seance.debut(),
                            seance.fin());
                    if (regles.conflit(entretien, agenda).isEmpty()) {
                        restantes[s]--;
                        agenda.add(entretien);
                        affectations.add(new Affectation(c.inscriptionId(), seance.seanceId()));
                        place = true;
                    }
                }
            }
            if (!place) {
                nonPlaces.add(new NonPlace(c.inscriptionId(), "non placé"));
            }
        }
        return new Plan(affectations, nonPlaces);
    }

    /**
     * How many (collège, domaine, modalité) groups of two pupils or more have all their pupils in séances that
     * follow each other in the list of their domaine and modalité (ordered by start), as « n / total ».
     */
    static String groupesConsecutifs(ScenarioLycee lycee, Plan plan) {
        Map<Long, SeanceLibre> seances = lycee.seances().stream()
                .collect(Collectors.toMap(SeanceLibre::seanceId, s -> s));
        Map<List<Object>, List<SeanceLibre>> parListe = lycee.seances().stream()
                .sorted(Comparator.comparing(SeanceLibre::debut).thenComparingLong(SeanceLibre::seanceId))
                .collect(Collectors.groupingBy(s -> List.of(s.domaineId(), s.modalite())));
        Map<SeanceLibre, Integer> rang = new HashMap<>();
        parListe.values().forEach(l -> {
            for (int i = 0; i < l.size(); i++) {
                rang.put(l.get(i), i);
            }
        });
        Map<Long, Long> seanceDe = plan.affectations().stream()
                .collect(Collectors.toMap(Affectation::inscriptionId, Affectation::seanceId));
        Map<List<Object>, List<Candidat>> groupes = lycee.candidats().stream()
                .collect(Collectors.groupingBy(c -> List.of(c.collegeId(), c.domaineId(), c.modalite())));
        int total = 0;
        int consecutifs = 0;
        for (List<Candidat> groupe : groupes.values()) {
            if (groupe.size() < 2) {
                continue;
            }
            total++;
            TreeSet<Integer> rangs = new TreeSet<>();
            boolean tousPlaces = true;
            for (Candidat c : groupe) {
                Long seance = seanceDe.get(c.inscriptionId());
                if (seance == null) {
                    tousPlaces = false;
                } else {
                    rangs.add(rang.get(seances.get(seance)));
                }
            }
            if (tousPlaces && rangs.last() - rangs.first() == rangs.size() - 1) {
                consecutifs++;
            }
        }
        return consecutifs + " / " + total;
    }

    private static double mediane(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
