package fr.passpro.domain.planning;

import static fr.passpro.domain.catalogue.ModaliteEntretien.COLLECTIF;
import static fr.passpro.domain.catalogue.ModaliteEntretien.INDIVIDUEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.passpro.domain.catalogue.ModaliteEntretien;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanificateurTest {

    private static final long LYCEE = 1;
    private static final long AUTRE_LYCEE = 2;
    private static final long DOMAINE = 10;
    private static final long AUTRE_DOMAINE = 20;
    private static final long FORMATION = 100;
    private static final String JOUR = "2027-03-10T"; // a Wednesday
    private static final String CONFLIT = "Aucune séance libre n'est compatible avec ses autres entretiens"
            + " (chevauchement, ou moins de 1h00 pour aller d'un lycée à l'autre).";

    private final Planificateur planificateur = new Planificateur(Planificateur.BATTEMENT_TRAJET_STANDARD);

    // ---- fixtures: pupil n has inscription n, in DOMAINE, individual, asking for FORMATION

    private static Candidat candidat(long n, long college) {
        return new Candidat(n, 1000 + n, college, DOMAINE, INDIVIDUEL, Set.of(FORMATION), String.format("ELEVE %03d", n));
    }

    private static Candidat candidat(long n, long college, String cleTri) {
        return new Candidat(n, 1000 + n, college, DOMAINE, INDIVIDUEL, Set.of(FORMATION), cleTri);
    }

    private static Candidat collectif(long n) {
        return new Candidat(n, 1000 + n, 1, DOMAINE, COLLECTIF, Set.of(FORMATION), "ELEVE " + n);
    }

    private static Candidat avecFormations(long n, Set<Long> formations) {
        return new Candidat(n, 1000 + n, 1, DOMAINE, INDIVIDUEL, formations, "ELEVE " + n);
    }

    /** A 20-minute individual séance of DOMAINE on JOUR, open to every formation, with one seat. */
    private static SeanceLibre seance(long id, String debut) {
        return seance(id, debut, 20, INDIVIDUEL, Set.of(), 1);
    }

    private static SeanceLibre seance(long id, String debut, int minutes, ModaliteEntretien modalite,
            Set<Long> formations, int places) {
        LocalDateTime start = LocalDateTime.parse(JOUR + debut);
        return new SeanceLibre(id, DOMAINE, modalite, formations, start, start.plusMinutes(minutes), places);
    }

    private static EntretienPrevu entretien(long eleve, long lycee, String debut, String fin) {
        return new EntretienPrevu(eleve, lycee, LocalDateTime.parse(JOUR + debut), LocalDateTime.parse(JOUR + fin));
    }

    private Plan planifier(List<Candidat> candidats, List<SeanceLibre> seances, EntretienPrevu... entretiens) {
        return planificateur.planifier(LYCEE, candidats, seances, List.of(entretiens));
    }

    private static Map<Long, Long> seanceDe(Plan plan) {
        return plan.affectations().stream()
                .collect(Collectors.toMap(Affectation::inscriptionId, Affectation::seanceId));
    }

    // ---- capacity, modalité, formations

    @Test
    void neverMoreCandidatesInASeanceThanItsFreeSeats() {
        List<Candidat> candidats = new ArrayList<>();
        for (long n = 1; n <= 11; n++) {
            candidats.add(collectif(n));
        }
        Plan plan = planifier(candidats, List.of(seance(1, "09:00", 60, COLLECTIF, Set.of(), 8),
                seance(2, "10:00", 60, COLLECTIF, Set.of(), 2)));

        assertThat(plan.affectations().stream().collect(Collectors.groupingBy(Affectation::seanceId,
                Collectors.counting()))).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 8L, 2L, 2L));
        assertThat(plan.nonPlaces()).singleElement().satisfies(np -> assertThat(np.motif())
                .isEqualTo("Toutes les séances d'entretien collectif ouvertes à ses formations sont complètes."));
    }

    @Test
    void aFullSeanceTakesNobody() {
        Plan plan = planifier(List.of(candidat(1, 1)), List.of(seance(1, "14:00", 20, INDIVIDUEL, Set.of(), 0),
                seance(2, "14:20")));

        assertThat(seanceDe(plan)).containsExactly(Map.entry(1L, 2L));
    }

    @Test
    void individualCandidatesGoToIndividualSeancesAndCollectiveOnesToCollectiveSeances() {
        Plan plan = planifier(List.of(candidat(1, 1), collectif(2)), List.of(
                seance(1, "09:00", 60, COLLECTIF, Set.of(), 8), seance(2, "14:00")));

        assertThat(seanceDe(plan)).containsOnly(Map.entry(1L, 2L), Map.entry(2L, 1L));
    }

    @Test
    void noSeanceOfItsModaliteInTheDomaine() {
        Plan plan = planifier(List.of(candidat(1, 1)), List.of(seance(1, "09:00", 60, COLLECTIF, Set.of(), 8)));

        assertThat(plan.affectations()).isEmpty();
        assertThat(plan.nonPlaces()).containsExactly(new NonPlace(1, "Le lycée ne propose aucune séance d'entretien"
                + " individuel dans ce domaine."));
    }

    @Test
    void aSeanceOfAnotherDomaineIsNotUsed() {
        LocalDateTime debut = LocalDateTime.parse(JOUR + "14:00");
        SeanceLibre autreDomaine = new SeanceLibre(1, AUTRE_DOMAINE, INDIVIDUEL, Set.of(), debut,
                debut.plusMinutes(20), 1);

        Plan plan = planifier(List.of(candidat(1, 1)), List.of(autreDomaine));

        assertThat(plan.affectations()).isEmpty();
        assertThat(plan.nonPlaces()).extracting(NonPlace::inscriptionId).containsExactly(1L);
    }

    @Test
    void aSeanceReservedToFormationsTakesOnlyPupilsAskingForOneOfThem() {
        Plan plan = planifier(List.of(avecFormations(1, Set.of(100L)), avecFormations(2, Set.of(999L))), List.of(
                seance(1, "14:00", 20, INDIVIDUEL, Set.of(200L), 1),
                seance(2, "14:20", 20, INDIVIDUEL, Set.of(200L, 100L), 1),
                seance(3, "14:40", 20, INDIVIDUEL, Set.of(), 1)));

        assertThat(seanceDe(plan)).containsOnly(Map.entry(1L, 2L), Map.entry(2L, 3L));
    }

    @Test
    void noSeanceOpenToTheFormationsAskedFor() {
        Plan plan = planifier(List.of(avecFormations(1, Set.of(999L))), List.of(
                seance(1, "14:00", 20, INDIVIDUEL, Set.of(200L), 1)));

        assertThat(plan.nonPlaces()).containsExactly(new NonPlace(1, "Aucune séance d'entretien individuel de ce"
                + " domaine n'est ouverte aux formations demandées."));
    }

    // ---- the pupil's other interviews

    @Test
    void aSeanceOverlappingAnotherInterviewOfThePupilIsRefused() {
        // the pupil has an interview in this lycée (another domaine) 14:10-14:30
        Plan plan = planifier(List.of(candidat(1, 1)), List.of(seance(1, "14:00"), seance(2, "14:20"),
                seance(3, "14:40")), entretien(1001, LYCEE, "14:10", "14:30"));

        assertThat(seanceDe(plan)).containsExactly(Map.entry(1L, 3L));
    }

    @Test
    void inTheSameLyceeInterviewsMayFollowEachOtherWithoutABreak() {
        Plan plan = planifier(List.of(candidat(1, 1)), List.of(seance(1, "14:00"), seance(2, "14:20")),
                entretien(1001, LYCEE, "14:00", "14:20"));

        assertThat(seanceDe(plan)).containsExactly(Map.entry(1L, 2L));
    }

    @Test
    void anHourIsNeededToGoToAnotherLyceeAfter() {
        // the pupil ends an interview in another lycée at 13:00: 13:59 is too early, 14:00 is fine
        Plan plan = planifier(List.of(candidat(1, 1)), List.of(seance(1, "13:59"), seance(2, "14:00")),
                entretien(1001, AUTRE_LYCEE, "12:00", "13:00"));

        assertThat(seanceDe(plan)).containsExactly(Map.entry(1L, 2L));
    }

    @Test
    void anHourIsNeededToGoToAnotherLyceeBefore() {
        // the pupil starts an interview in another lycée at 15:19: a séance ending at 14:20 leaves 59 minutes
        Plan plan = planifier(List.of(candidat(1, 1)), List.of(seance(1, "14:00")),
                entretien(1001, AUTRE_LYCEE, "15:19", "15:40"));

        assertThat(plan.nonPlaces()).containsExactly(new NonPlace(1, CONFLIT));

        Plan uneMinuteDePlus = planifier(List.of(candidat(1, 1)), List.of(seance(1, "14:00")),
                entretien(1001, AUTRE_LYCEE, "15:20", "15:40"));
        assertThat(seanceDe(uneMinuteDePlus)).containsExactly(Map.entry(1L, 1L));
    }

    @Test
    void theTravelBufferIsTheOneGiven() {
        Planificateur demiHeure = new Planificateur(Duration.ofMinutes(30));

        Plan plan = demiHeure.planifier(LYCEE, List.of(candidat(1, 1)), List.of(seance(1, "13:30")),
                List.of(entretien(1001, AUTRE_LYCEE, "12:00", "13:00")));

        assertThat(seanceDe(plan)).containsExactly(Map.entry(1L, 1L));
    }

    @Test
    void interviewsPlacedEarlierInTheSameRunCount() {
        // pupil 1001 has two inscriptions in this lycée, in two domaines whose only common time is 14:00
        LocalDateTime quatorze = LocalDateTime.parse(JOUR + "14:00");
        Candidat autreDomaine = new Candidat(2, 1001, 1, AUTRE_DOMAINE, INDIVIDUEL, Set.of(FORMATION), "ELEVE 001");
        SeanceLibre seuleDeLAutreDomaine = new SeanceLibre(9, AUTRE_DOMAINE, INDIVIDUEL, Set.of(), quatorze,
                quatorze.plusMinutes(20), 1);

        Plan plan = planifier(List.of(candidat(1, 1), autreDomaine), List.of(seance(1, "14:00"),
                seance(2, "14:20"), seuleDeLAutreDomaine));

        assertThat(plan.nonPlaces()).isEmpty();
        assertThat(seanceDe(plan)).containsOnly(Map.entry(1L, 2L), Map.entry(2L, 9L));
    }

    @Test
    void everyFreeSeanceConflictingGivesTheConflictMotif() {
        Plan plan = planifier(List.of(candidat(1, 1)), List.of(seance(1, "14:00"), seance(2, "14:20")),
                entretien(1001, AUTRE_LYCEE, "14:30", "15:00"));

        assertThat(plan.affectations()).isEmpty();
        assertThat(plan.nonPlaces()).containsExactly(new NonPlace(1, CONFLIT));
    }

    // ---- collèges together, earliest first

    @Test
    void earliestSeanceFirstWhateverTheOrderGiven() {
        Plan plan = planifier(List.of(candidat(1, 1)), List.of(seance(3, "15:00"), seance(2, "14:20"),
                seance(1, "14:00")));

        assertThat(seanceDe(plan)).containsExactly(Map.entry(1L, 1L));
    }

    @Test
    void thePupilsOfOneCollegeGetConsecutiveSeancesBiggerCollegeFirst() {
        // names interleave the two collèges: in alphabetical order they would alternate
        List<Candidat> candidats = List.of(candidat(1, 7, "A"), candidat(2, 8, "B"), candidat(3, 7, "C"),
                candidat(4, 8, "D"), candidat(5, 8, "E"));
        List<SeanceLibre> seances = List.of(seance(1, "14:00"), seance(2, "14:20"), seance(3, "14:40"),
                seance(4, "15:00"), seance(5, "15:20"));

        Plan plan = planifier(candidats, seances);

        // collège 8 has three pupils: first, in the order of their names; then collège 7
        assertThat(plan.affectations()).extracting(Affectation::inscriptionId, Affectation::seanceId)
                .containsExactly(tuple(2L, 1L), tuple(4L, 2L), tuple(5L, 3L), tuple(1L, 4L), tuple(3L, 5L));
    }

    @Test
    void aCollegeTakesTheEarliestRunThatHoldsItWholeRatherThanBeingSplit() {
        // séance 2 is reserved to formation 200, asked for only by the pupils of collège 9
        List<Candidat> candidats = List.of(candidat(1, 7), candidat(2, 7), candidat(3, 7),
                new Candidat(4, 1004, 9, DOMAINE, INDIVIDUEL, Set.of(200L), "X"),
                new Candidat(5, 1005, 9, DOMAINE, INDIVIDUEL, Set.of(200L), "Y"));
        List<SeanceLibre> seances = List.of(seance(1, "14:00"), seance(2, "14:20", 20, INDIVIDUEL, Set.of(200L), 1),
                seance(3, "14:40"), seance(4, "15:00"), seance(5, "15:20"));

        Map<Long, Long> seanceDe = seanceDe(planifier(candidats, seances));

        assertThat(seanceDe).containsOnly(Map.entry(1L, 3L), Map.entry(2L, 4L), Map.entry(3L, 5L),
                Map.entry(4L, 1L), Map.entry(5L, 2L));
    }

    @Test
    void aRunDoesNotJumpOverASeanceAlreadyFull() {
        List<SeanceLibre> seances = List.of(seance(1, "14:00"), seance(2, "14:20", 20, INDIVIDUEL, Set.of(), 0),
                seance(3, "14:40"), seance(4, "15:00"));

        Plan plan = planifier(List.of(candidat(1, 7), candidat(2, 7)), seances);

        assertThat(seanceDe(plan)).containsOnly(Map.entry(1L, 3L), Map.entry(2L, 4L));
    }

    @Test
    void inARunAPupilWhoCannotComeToASeanceTakesTheNextOne() {
        // pupil 2 has an interview in this lycée during séance 2: pupil 3 takes it, pupil 2 the next one
        Plan plan = planifier(List.of(candidat(1, 7), candidat(2, 7), candidat(3, 7)), List.of(seance(1, "14:00"),
                seance(2, "14:20"), seance(3, "14:40")), entretien(1002, LYCEE, "14:20", "14:40"));

        assertThat(seanceDe(plan)).containsOnly(Map.entry(1L, 1L), Map.entry(3L, 2L), Map.entry(2L, 3L));
    }

    @Test
    void whenNoRunHoldsTheCollegeEachPupilTakesTheEarliestSeanceThatFits() {
        // pupil 1 can only come to séance 1 (the others are reserved to formation 200), pupil 2 neither to 2 nor 3
        List<Candidat> candidats = List.of(avecFormations(1, Set.of(300L)), avecFormations(2, Set.of(200L)));
        List<SeanceLibre> seances = List.of(seance(1, "14:00"), seance(2, "14:20", 20, INDIVIDUEL, Set.of(200L), 1),
                seance(3, "14:40", 20, INDIVIDUEL, Set.of(200L), 1), seance(4, "16:00", 20, INDIVIDUEL, Set.of(200L), 1));

        Plan plan = planifier(candidats, seances, entretien(1002, LYCEE, "14:20", "15:00"));

        assertThat(seanceDe(plan)).containsOnly(Map.entry(1L, 1L), Map.entry(2L, 4L));
    }

    @Test
    void aPupilWhoFitsNowhereDoesNotKeepTheRestOfTheCollegeApart() {
        List<Candidat> candidats = List.of(candidat(1, 7), candidat(2, 7), candidat(3, 7));

        Plan plan = planifier(candidats, List.of(seance(1, "14:00"), seance(2, "14:20"), seance(3, "14:40")),
                entretien(1002, AUTRE_LYCEE, "14:00", "15:00"));

        assertThat(seanceDe(plan)).containsOnly(Map.entry(1L, 1L), Map.entry(3L, 2L));
        assertThat(plan.nonPlaces()).containsExactly(new NonPlace(2, CONFLIT));
    }

    // ---- the whole lycée

    @Test
    void samePlanWhateverTheOrderOfTheInput() {
        ScenarioLycee lycee = ScenarioLycee.genere(42, 1_000);
        Plan reference = planificateur.planifier(lycee.lyceeId(), lycee.candidats(), lycee.seances(),
                lycee.entretiens());

        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            List<Candidat> candidats = new ArrayList<>(lycee.candidats());
            List<SeanceLibre> seances = new ArrayList<>(lycee.seances());
            List<EntretienPrevu> entretiens = new ArrayList<>(lycee.entretiens());
            Collections.shuffle(candidats, random);
            Collections.shuffle(seances, random);
            Collections.shuffle(entretiens, random);

            assertThat(planificateur.planifier(lycee.lyceeId(), candidats, seances, entretiens))
                    .isEqualTo(reference);
        }
    }

    @Test
    void aWholeLyceeIsPlannedWithinItsRules() {
        ScenarioLycee lycee = ScenarioLycee.genere(7, 1_000);

        Plan plan = planificateur.planifier(lycee.lyceeId(), lycee.candidats(), lycee.seances(), lycee.entretiens());

        Map<Long, Candidat> candidats = lycee.candidats().stream()
                .collect(Collectors.toMap(Candidat::inscriptionId, Function.identity()));
        Map<Long, SeanceLibre> seances = lycee.seances().stream()
                .collect(Collectors.toMap(SeanceLibre::seanceId, Function.identity()));
        // every candidate once, placed or not
        assertThat(plan.affectations().size() + plan.nonPlaces().size()).isEqualTo(1_000);
        assertThat(plan.affectations().stream().map(Affectation::inscriptionId)).doesNotHaveDuplicates();
        assertThat(plan.affectations()).hasSizeGreaterThan(950);
        Map<Long, Integer> occupees = new HashMap<>();
        Map<Long, List<EntretienPrevu>> agendas = lycee.entretiens().stream()
                .collect(Collectors.groupingBy(EntretienPrevu::eleveId, Collectors.toCollection(ArrayList::new)));
        for (Affectation a : plan.affectations()) {
            Candidat c = candidats.get(a.inscriptionId());
            SeanceLibre s = seances.get(a.seanceId());
            assertThat(s.domaineId()).isEqualTo(c.domaineId());
            assertThat(s.modalite()).isEqualTo(c.modalite());
            assertThat(s.formationIds().isEmpty() || !Collections.disjoint(s.formationIds(), c.formationIds()))
                    .isTrue();
            assertThat(occupees.merge(s.seanceId(), 1, Integer::sum)).isLessThanOrEqualTo(s.placesLibres());
            EntretienPrevu place = new EntretienPrevu(c.eleveId(), lycee.lyceeId(), s.debut(), s.fin());
            List<EntretienPrevu> agenda = agendas.computeIfAbsent(c.eleveId(), k -> new ArrayList<>());
            assertThat(planificateur.conflit(place, agenda)).isEmpty();
            agenda.add(place);
        }
    }

    @Test
    void refusesTwoCandidatesForOneInscriptionOrTwoSeancesWithOneId() {
        assertThatThrownBy(() -> planifier(List.of(candidat(1, 1), candidat(1, 2)), List.of(seance(1, "14:00"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> planifier(List.of(candidat(1, 1)), List.of(seance(1, "14:00"), seance(1, "15:00"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- a manual assignment

    @Test
    void conflictWithAnInterviewInAnotherLyceeLessThanAnHourBefore() {
        EntretienPrevu nouveau = entretien(1001, LYCEE, "13:59", "14:19");

        assertThat(planificateur.conflit(nouveau, List.of(entretien(1001, AUTRE_LYCEE, "12:00", "13:00"))))
                .contains("L'élève a déjà un entretien le 10/03/2027 de 12h00 à 13h00 dans un autre lycée : il faut"
                        + " au moins 1h00 entre deux entretiens dans des lycées différents, pour le trajet.");
        assertThat(planificateur.conflit(entretien(1001, LYCEE, "14:00", "14:20"),
                List.of(entretien(1001, AUTRE_LYCEE, "12:00", "13:00")))).isEmpty();
    }

    @Test
    void conflictWithAnOverlappingInterview() {
        assertThat(planificateur.conflit(entretien(1001, LYCEE, "14:00", "14:20"),
                List.of(entretien(1001, LYCEE, "14:10", "14:30"))))
                .contains("L'élève a déjà un entretien le 10/03/2027 de 14h10 à 14h30 dans ce lycée : les deux"
                        + " entretiens se chevauchent.");
        assertThat(planificateur.conflit(entretien(1001, LYCEE, "14:00", "14:20"),
                List.of(entretien(1001, AUTRE_LYCEE, "14:10", "14:30"))))
                .contains("L'élève a déjà un entretien le 10/03/2027 de 14h10 à 14h30 dans un autre lycée : les deux"
                        + " entretiens se chevauchent.");
    }

    @Test
    void noConflictBackToBackInTheSameLyceeAndTheEarliestConflictIsNamed() {
        assertThat(planificateur.conflit(entretien(1001, LYCEE, "14:20", "14:40"),
                List.of(entretien(1001, LYCEE, "14:00", "14:20"), entretien(1001, LYCEE, "14:40", "15:00"))))
                .isEmpty();
        assertThat(planificateur.conflit(entretien(1001, LYCEE, "14:00", "16:00"),
                List.of(entretien(1001, LYCEE, "15:00", "15:20"), entretien(1001, LYCEE, "14:30", "14:50"))))
                .hasValueSatisfying(m -> assertThat(m).contains("de 14h30 à 14h50"));
    }

    @Test
    void conflictRefusesAnInterviewOfAnotherPupil() {
        assertThatThrownBy(() -> planificateur.conflit(entretien(1001, LYCEE, "14:00", "14:20"),
                List.of(entretien(1002, LYCEE, "16:00", "16:20")))).isInstanceOf(IllegalArgumentException.class);
    }
}
