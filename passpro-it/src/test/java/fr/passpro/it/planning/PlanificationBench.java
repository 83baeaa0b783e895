package fr.passpro.it.planning;

import fr.passpro.application.planning.NouvelleSeance;
import fr.passpro.application.planning.PlanningService;
import fr.passpro.application.planning.ResultatPlanification;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.planning.Candidat;
import fr.passpro.domain.planning.Deroulement;
import fr.passpro.domain.planning.Planificateur;
import fr.passpro.domain.planning.RegleSerie;
import fr.passpro.domain.planning.Seance;
import fr.passpro.domain.planning.SeanceLibre;
import fr.passpro.infrastructure.mail.EnvoiCourriers;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.it.Deployments;
import fr.passpro.it.support.Connexion;
import fr.passpro.it.support.Donnees;
import fr.passpro.it.support.HorlogeDeTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test (run by {@code bench/planification.sh}, never by the suite): a lycée with 1,000 candidates
 * from 40 collèges and about 1,500 individual séances, planned end to end by {@link PlanningService#planifier} (read,
 * plan, 1,000 convocations with their PDF, invitation and mail in one transaction), beside the bare planner on the
 * same candidates and séances in the same run. Writes the figures to the server's temporary directory.
 */
@ExtendWith(ArquillianExtension.class)
class PlanificationBench {

    static final String RAPPORT = "passpro-bench-planification.txt";
    private static final String JEAN_LURCAT = "0940132H";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withConfig(Deployments.passproWithTestClock(PlanificationBench.class),
                EnvoiCourriers.AUTOMATIQUE + "=false\n");
    }

    @Inject
    Donnees donnees;

    @Inject
    PlanningService planning;

    @Inject
    InscriptionRepository inscriptions;

    @Inject
    AccountRepository comptes;

    @Test
    void fullPlanOfALyceeBesideTheBarePlanner() throws Exception {
        Campagne campagne = donnees.campagne();
        int annee = campagne.getDateOuverture().getYear();
        HorlogeDeTest.regler(ZonedDateTime.of(LocalDate.of(annee, Month.MARCH, 1), LocalTime.of(8, 0), Campagne.ZONE)
                .toInstant());
        try {
            Formation formation = donnees.formations().stream()
                    .filter(f -> f.getAccueilReferent().getUai().toString().equals(JEAN_LURCAT)
                            && f.getModalite() == ModaliteEntretien.INDIVIDUEL)
                    .findFirst().orElseThrow();
            Etablissement lycee = formation.getAccueilReferent();

            long s0 = System.nanoTime();
            List<Candidat> candidats = new ArrayList<>();
            for (int c = 0; c < 40; c++) {
                Etablissement college = donnees.nouveauCollege();
                Account compte = comptes.findByLogin(donnees.nouveauCompte(college)).orElseThrow();
                Referent referent = donnees.nouveauReferent(college);
                for (int e = 0; e < 25; e++) {
                    var eleve = donnees.nouvelEleve(college);
                    Inscription i = inscriptions.ajouter(Inscription.inscrire(eleve, formation.getDomaine(), lycee,
                            referent, List.of(formation), compte, campagne.debutInscriptions()));
                    candidats.add(new Candidat(i.getId(), eleve.getId(), college.getId(), formation.getDomaine().getId(),
                            ModaliteEntretien.INDIVIDUEL, Set.of(formation.getId()), eleve.getNom()));
                }
            }
            Connexion.en(donnees.nouveauCompteLycee(lycee));
            String salle = "Bench " + Donnees.unique();
            planning.genererSeances(new NouvelleSeance(formation.getDomaine().getId(), Set.of(),
                            ModaliteEntretien.INDIVIDUEL, Deroulement.PRESENTIEL, null, null, salle, null, 1, null),
                    new RegleSerie(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalDate.of(annee, Month.MARCH, 2),
                            LocalDate.of(annee, Month.MAY, 20), LocalTime.of(8, 0), LocalTime.of(17, 0),
                            Duration.ofMinutes(20), Duration.ZERO));
            List<Seance> seances = planning.seances(LocalDate.of(annee, Month.MARCH, 2), LocalDate.of(annee, Month.MAY, 20))
                    .stream().filter(s -> salle.equals(s.getSalle())).toList();
            double preparation = (System.nanoTime() - s0) / 1e9;

            List<SeanceLibre> libres = seances.stream().map(s -> new SeanceLibre(s.getId(), s.getDomaine().getId(),
                    s.getModalite(), Set.of(), s.getDebut(), s.getFin(), s.getPlacesLibres())).toList();
            long b0 = System.nanoTime();
            var plan = new Planificateur(Planificateur.BATTEMENT_TRAJET_STANDARD).planifier(lycee.getId(), candidats,
                    libres, List.of());
            double b = (System.nanoTime() - b0) / 1e9;

            long a0 = System.nanoTime();
            ResultatPlanification resultat = planning.planifier(formation.getDomaine().getId());
            double a = (System.nanoTime() - a0) / 1e9;

            String rapport = String.format(Locale.ROOT, "BENCH planification : %d candidats, %d séances (préparation"
                            + " %.0f s)%nA planifier() de bout en bout : %.2f s, %d convoqués, %d non placés%n"
                            + "B planificateur seul, mêmes données : %.4f s, %d placés%nA/B %.0f%n",
                    candidats.size(), seances.size(), preparation, a, resultat.places(), resultat.nonPlaces().size(), b,
                    plan.affectations().size(), a / b);
            Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), RAPPORT), rapport);
        } finally {
            HorlogeDeTest.regler(null);
        }
    }
}
