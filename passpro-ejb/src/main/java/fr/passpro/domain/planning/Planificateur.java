package fr.passpro.domain.planning;

import fr.passpro.domain.catalogue.ModaliteEntretien;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Places a lycée's candidates in its free séances, keeping each pupil able to attend all their interviews.
 *
 * <p>A candidate fits a séance of the same domaine and modalité whose formations are all (empty set) or include one
 * of its vœux, that still has a seat, and that neither overlaps the pupil's other interviews nor leaves less than the
 * travel buffer to an interview in another lycée. Interviews placed earlier in the same run count, at this lycée.
 *
 * <p>The pupils of one collège in one domaine and modalité come together: such a group takes the earliest run of
 * consecutive séances of its list that holds all of it, so that the collège accompanies them once (a run never
 * crosses a full séance, but may go on from one day's last séance to the next day's first); where no run can, each
 * pupil takes the earliest séance that fits. Bigger groups go first, while long runs are still free; between groups of
 * one size, those of the domaine and modalité with the fewest seats (a pupil in two domaines then keeps the scarce
 * one's séance); then collège, domaine and modalité; pupils by {@code cleTri}. The plan does not depend on the order
 * of the input lists.
 *
 * <p>Greedy, without backtracking: a pupil refused for a conflict with an interview placed earlier in the run is not
 * helped by moving that interview. Pupils with several inscriptions in one lycée are few enough for this to be rare;
 * the lycée can then assign one by hand ({@link #conflit}).
 *
 * <p>Cost: séances are indexed by domaine and modalité, sorted by start, with a pointer past the full ones; a pupil
 * who fits nowhere is set aside before the search for a run; a group tries at most one run per free séance of its
 * list, each costing O(g²) fit checks, and gives up after {@link #ESSAIS_PAR_GROUPE} checks; placing one pupil costs
 * at most one pass over its list. So a plan is O(candidates × séances of a list) at worst, and near-linear for
 * collège-sized groups.
 */
public final class Planificateur {

    /** Time between two interviews in two different lycées, for the journey, unless the académie sets another. */
    public static final Duration BATTEMENT_TRAJET_STANDARD = Duration.ofMinutes(60);

    private static final Comparator<SeanceLibre> CHRONOLOGIQUE = Comparator.comparing(SeanceLibre::debut)
            .thenComparing(SeanceLibre::fin).thenComparingLong(SeanceLibre::seanceId);
    private static final Comparator<Candidat> DANS_LE_GROUPE = Comparator.comparing(Candidat::cleTri)
            .thenComparingLong(Candidat::inscriptionId);
    private static final Comparator<EntretienPrevu> PAR_DEBUT = Comparator.comparing(EntretienPrevu::debut)
            .thenComparing(EntretienPrevu::fin).thenComparingLong(EntretienPrevu::lyceeId);

    /**
     * Fit checks one group may spend looking for a run before its pupils are placed one by one: far more than a
     * collège's group needs (a few hundred), and a bound on a pathological one (hundreds of pupils, none of the runs
     * holding them all).
     */
    static final int ESSAIS_PAR_GROUPE = 20_000;

    private final Duration battementTrajet;

    public Planificateur(Duration battementTrajet) {
        Objects.requireNonNull(battementTrajet, "battementTrajet");
        if (battementTrajet.isNegative()) {
            throw new IllegalArgumentException("negative travel buffer: " + battementTrajet);
        }
        this.battementTrajet = battementTrajet;
    }

    /**
     * Places every candidate it can; {@code lyceeId} is the lycée holding all the given séances. Deterministic: the
     * same candidates, séances and interviews give the same plan, in whatever order they come. Affectations are in
     * the order they were made; every candidate is either placed or in {@link Plan#nonPlaces()} with a French motif.
     *
     * @param entretiens the pupils' interviews already planned, in any lycée (this one included)
     * @throws IllegalArgumentException when two candidates share an inscription, or two séances an id
     */
    public Plan planifier(long lyceeId, List<Candidat> candidats, List<SeanceLibre> seances,
            List<EntretienPrevu> entretiens) {
        return new Calcul(lyceeId, seances, entretiens).placer(candidats);
    }

    /**
     * For a manual assignment: empty if the pupil can attend {@code nouveau}; otherwise a French message naming the
     * first conflicting interview (overlap, or less than the travel buffer between two different lycées; in the same
     * lycée interviews may follow each other without a break).
     *
     * @param autresDuMemeEleve the pupil's other interviews, without the one {@code nouveau} replaces, if any
     * @throws IllegalArgumentException when one of them belongs to another pupil
     */
    public Optional<String> conflit(EntretienPrevu nouveau, List<EntretienPrevu> autresDuMemeEleve) {
        Objects.requireNonNull(nouveau, "nouveau");
        List<EntretienPrevu> autres = new ArrayList<>(autresDuMemeEleve);
        autres.sort(PAR_DEBUT);
        for (EntretienPrevu autre : autres) {
            if (autre.eleveId() != nouveau.eleveId()) {
                throw new IllegalArgumentException("interview of pupil " + autre.eleveId() + " given for pupil "
                        + nouveau.eleveId());
            }
            if (autre.empeche(nouveau.lyceeId(), nouveau.debut(), nouveau.fin(), battementTrajet)) {
                return Optional.of(message(nouveau, autre));
            }
        }
        return Optional.empty();
    }

    private String message(EntretienPrevu nouveau, EntretienPrevu autre) {
        String entretien = "L'élève a déjà un entretien " + Durees.plage(autre.debut(), autre.fin());
        if (autre.lyceeId() == nouveau.lyceeId()) {
            return entretien + " dans ce lycée : les deux entretiens se chevauchent.";
        }
        if (autre.chevauche(nouveau)) {
            return entretien + " dans un autre lycée : les deux entretiens se chevauchent.";
        }
        return entretien + " dans un autre lycée : il faut au moins " + Durees.texte(battementTrajet)
                + " entre deux entretiens dans des lycées différents, pour le trajet.";
    }

    private record Cle(long domaineId, ModaliteEntretien modalite) {
    }

    private record Groupe(long collegeId, Cle cle, List<Candidat> membres) {
    }

    private record Prise(int seance, Candidat candidat) {
    }

    /** The séances of one domaine and modalité, in chronological order, with their seats left during the run. */
    private static final class Liste {
        final SeanceLibre[] seances;
        final int[] restantes;
        final int placesLibres;
        int premiereLibre;

        Liste(List<SeanceLibre> triees) {
            seances = triees.toArray(SeanceLibre[]::new);
            restantes = new int[seances.length];
            int places = 0;
            for (int i = 0; i < seances.length; i++) {
                restantes[i] = Math.max(0, seances[i].placesLibres());
                places += restantes[i];
            }
            placesLibres = places;
            avancer();
        }

        void avancer() {
            while (premiereLibre < seances.length && restantes[premiereLibre] == 0) {
                premiereLibre++;
            }
        }
    }

    /** One run of {@link #planifier}: the seats left and the pupils' agendas change as candidates are placed. */
    private final class Calcul {
        private final long lyceeId;
        private final Map<Cle, Liste> listes = new HashMap<>();
        private final Map<Long, List<EntretienPrevu>> agendas = new HashMap<>();
        private final List<Affectation> affectations = new ArrayList<>();
        private final List<NonPlace> nonPlaces = new ArrayList<>();
        private int essaisRestants;

        Calcul(long lyceeId, List<SeanceLibre> seances, List<EntretienPrevu> entretiens) {
            this.lyceeId = lyceeId;
            Map<Cle, List<SeanceLibre>> parCle = new HashMap<>();
            Set<Long> ids = new HashSet<>();
            for (SeanceLibre seance : seances) {
                if (!ids.add(seance.seanceId())) {
                    throw new IllegalArgumentException("séance " + seance.seanceId() + " given twice");
                }
                parCle.computeIfAbsent(new Cle(seance.domaineId(), seance.modalite()), k -> new ArrayList<>())
                        .add(seance);
            }
            parCle.forEach((cle, liste) -> {
                liste.sort(CHRONOLOGIQUE);
                listes.put(cle, new Liste(liste));
            });
            for (EntretienPrevu entretien : entretiens) {
                agendas.computeIfAbsent(entretien.eleveId(), k -> new ArrayList<>()).add(entretien);
            }
        }

        Plan placer(List<Candidat> candidats) {
            for (Groupe groupe : groupes(candidats)) {
                placer(groupe);
            }
            return new Plan(affectations, nonPlaces);
        }

        private List<Groupe> groupes(List<Candidat> candidats) {
            Map<List<Object>, Groupe> parCle = new LinkedHashMap<>();
            Set<Long> inscriptions = new HashSet<>();
            for (Candidat candidat : candidats) {
                if (!inscriptions.add(candidat.inscriptionId())) {
                    throw new IllegalArgumentException("inscription " + candidat.inscriptionId() + " given twice");
                }
                Cle cle = new Cle(candidat.domaineId(), candidat.modalite());
                parCle.computeIfAbsent(List.of(candidat.collegeId(), cle),
                        k -> new Groupe(candidat.collegeId(), cle, new ArrayList<>())).membres().add(candidat);
            }
            List<Groupe> groupes = new ArrayList<>(parCle.values());
            groupes.forEach(g -> g.membres().sort(DANS_LE_GROUPE));
            groupes.sort(Comparator.<Groupe>comparingInt(g -> -g.membres().size())
                    .thenComparingInt(g -> placesLibres(g.cle()))
                    .thenComparingLong(Groupe::collegeId)
                    .thenComparingLong(g -> g.cle().domaineId())
                    .thenComparing(g -> g.cle().modalite()));
            return groupes;
        }

        private int placesLibres(Cle cle) {
            Liste liste = listes.get(cle);
            return liste == null ? 0 : liste.placesLibres;
        }

        private void placer(Groupe groupe) {
            Liste liste = listes.get(groupe.cle());
            List<Candidat> placables = new ArrayList<>();
            for (Candidat candidat : groupe.membres()) {
                if (liste != null && premiereCompatible(liste, candidat) >= 0) {
                    placables.add(candidat);
                } else {
                    nonPlaces.add(new NonPlace(candidat.inscriptionId(), motif(liste, candidat)));
                }
            }
            if (placables.size() > 1 && placerEnSuite(liste, placables)) {
                return;
            }
            for (Candidat candidat : placables) {
                int seance = premiereCompatible(liste, candidat);
                if (seance >= 0) {
                    affecter(liste, seance, candidat);
                } else {
                    nonPlaces.add(new NonPlace(candidat.inscriptionId(), motif(liste, candidat)));
                }
            }
        }

        /**
         * Places the whole group in the earliest run of consecutive séances that holds it, or nobody. A run cannot
         * cross a full séance, so only starts whose block of free séances has seats enough are tried, and the search
         * gives up after {@link #ESSAIS_PAR_GROUPE} fit checks (then the pupils are placed one by one): the cost of a
         * group stays bounded whatever its size.
         */
        private boolean placerEnSuite(Liste liste, List<Candidat> groupe) {
            int n = liste.seances.length;
            int[] placesDuBloc = new int[n + 1]; // free seats from i to the next full séance
            for (int i = n - 1; i >= liste.premiereLibre; i--) {
                placesDuBloc[i] = liste.restantes[i] == 0 ? 0 : liste.restantes[i] + placesDuBloc[i + 1];
            }
            essaisRestants = ESSAIS_PAR_GROUPE;
            for (int debut = liste.premiereLibre; debut < n && essaisRestants > 0; debut++) {
                if (placesDuBloc[debut] >= groupe.size() && essayerSuite(liste, debut, groupe)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * From séance {@code debut} on, fills each séance with the first pupils of the group that fit it, and stops at
         * a séance that takes none of them (full, or fitting none): the run is kept if it holds the whole group, else
         * undone. A run never jumps over another collège's séance.
         */
        private boolean essayerSuite(Liste liste, int debut, List<Candidat> groupe) {
            List<Candidat> restants = new ArrayList<>(groupe);
            List<Prise> prises = new ArrayList<>();
            for (int s = debut; s < liste.seances.length && !restants.isEmpty(); s++) {
                int libres = liste.restantes[s];
                int avant = prises.size();
                for (int i = 0; i < restants.size() && prises.size() - avant < libres; ) {
                    essaisRestants--;
                    if (convient(liste, s, restants.get(i))) {
                        Candidat candidat = restants.remove(i);
                        affecter(liste, s, candidat);
                        prises.add(new Prise(s, candidat));
                    } else {
                        i++;
                    }
                }
                if (prises.size() == avant) {
                    break;
                }
            }
            if (restants.isEmpty()) {
                return true;
            }
            for (int k = prises.size() - 1; k >= 0; k--) {
                desaffecter(liste, prises.get(k).seance(), prises.get(k).candidat());
            }
            return false;
        }

        private int premiereCompatible(Liste liste, Candidat candidat) {
            for (int s = liste.premiereLibre; s < liste.seances.length; s++) {
                if (liste.restantes[s] > 0 && convient(liste, s, candidat)) {
                    return s;
                }
            }
            return -1;
        }

        private boolean convient(Liste liste, int s, Candidat candidat) {
            SeanceLibre seance = liste.seances[s];
            if (!seance.concerne(candidat.formationIds())) {
                return false;
            }
            for (EntretienPrevu autre : agendas.getOrDefault(candidat.eleveId(), List.of())) {
                if (autre.empeche(lyceeId, seance.debut(), seance.fin(), battementTrajet)) {
                    return false;
                }
            }
            return true;
        }

        private void affecter(Liste liste, int s, Candidat candidat) {
            SeanceLibre seance = liste.seances[s];
            liste.restantes[s]--;
            liste.avancer();
            agendas.computeIfAbsent(candidat.eleveId(), k -> new ArrayList<>())
                    .add(new EntretienPrevu(candidat.eleveId(), lyceeId, seance.debut(), seance.fin()));
            affectations.add(new Affectation(candidat.inscriptionId(), seance.seanceId()));
        }

        /** Undoes the last {@link #affecter} of this candidate (runs are undone in reverse order). */
        private void desaffecter(Liste liste, int s, Candidat candidat) {
            liste.restantes[s]++;
            liste.premiereLibre = Math.min(liste.premiereLibre, s);
            List<EntretienPrevu> agenda = agendas.get(candidat.eleveId());
            agenda.remove(agenda.size() - 1);
            affectations.remove(affectations.size() - 1);
        }

        private String motif(Liste liste, Candidat candidat) {
            String modalite = candidat.modalite() == ModaliteEntretien.INDIVIDUEL ? "individuel" : "collectif";
            if (liste == null) {
                return "Le lycée ne propose aucune séance d'entretien " + modalite + " dans ce domaine.";
            }
            boolean ouverte = false;
            for (int s = 0; s < liste.seances.length; s++) {
                if (liste.seances[s].concerne(candidat.formationIds())) {
                    ouverte = true;
                    if (liste.restantes[s] > 0) {
                        return "Aucune séance libre n'est compatible avec ses autres entretiens (chevauchement, ou"
                                + " moins de " + Durees.texte(battementTrajet) + " pour aller d'un lycée à l'autre).";
                    }
                }
            }
            if (!ouverte) {
                return "Aucune séance d'entretien " + modalite + " de ce domaine n'est ouverte aux formations"
                        + " demandées.";
            }
            return "Toutes les séances d'entretien " + modalite + " ouvertes à ses formations sont complètes.";
        }
    }
}
