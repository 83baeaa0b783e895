package fr.passpro.it.inscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.application.delai.ExceptionDelaiService;
import fr.passpro.application.inscription.InscriptionService;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.DelaiDepasseException;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.ExceptionDelai;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.InscriptionEnDoubleException;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.it.Deployments;
import fr.passpro.it.support.Connexion;
import fr.passpro.it.support.Donnees;
import fr.passpro.it.support.HorlogeDeTest;
import fr.passpro.it.support.Parallele;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inscription service on the real server and database, with the clock set by the test: one inscription per
 * domaine even under two concurrent requests, the cut-off at midnight ending 30 April (Paris time), a delay granted by
 * the académie, and the withdrawal.
 */
@ExtendWith(ArquillianExtension.class)
class InscriptionServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.passproWithTestClock(InscriptionServiceIT.class);
    }

    @Inject
    Donnees donnees;

    @Inject
    InscriptionService inscriptions;

    @Inject
    InscriptionRepository repository;

    @Inject
    ExceptionDelaiService delais;

    @Inject
    AccountRepository accounts;

    @Inject
    Parallele parallele;

    private Campagne campagne;
    private Etablissement college;
    private String login;
    private Referent referent;
    private Formation formation;

    @BeforeEach
    void aCollegeOfItsOwnWithAnAccountAReferentAndAFormationOfTheCatalogue() {
        campagne = donnees.campagne();
        college = donnees.nouveauCollege();
        login = donnees.nouveauCompte(college);
        referent = donnees.nouveauReferent(college);
        formation = donnees.formations().get(0);
        HorlogeDeTest.regler(paris(campagne.getDateOuverture().withMonth(3).withDayOfMonth(15), LocalTime.of(10, 0)));
    }

    @AfterEach
    void realTimeAgain() {
        HorlogeDeTest.regler(null);
    }

    private static Instant paris(LocalDate date, LocalTime heure) {
        return ZonedDateTime.of(date, heure, Campagne.ZONE).toInstant();
    }

    private Inscription inscrire(Eleve eleve) {
        return inscriptions.inscrire(eleve.getId(), formation.getDomaine().getId(), formation.getAccueilReferent().getId(),
                referent.getId(), List.of(formation.getId()));
    }

    @Test
    void twoConcurrentRequestsForThePupilAndDomaineMakeOneInscriptionAndAFrenchErrorNamingIt() throws Exception {
        Eleve eleve = donnees.nouvelEleve(college);
        Connexion.en(login);

        CountDownLatch depart = new CountDownLatch(2);
        List<Future<Object>> appels = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            appels.add(parallele.appeler(depart, () -> inscrire(eleve)));
        }
        List<Object> resultats = new ArrayList<>();
        for (Future<Object> appel : appels) {
            resultats.add(appel.get(30, TimeUnit.SECONDS));
        }

        assertThat(resultats).filteredOn(r -> r instanceof Inscription).as("une seule inscription").hasSize(1);
        assertThat(resultats).filteredOn(r -> r instanceof InscriptionEnDoubleException).hasSize(1)
                .first().extracting(r -> ((Exception) r).getMessage()).asString()
                .contains(eleve.getNomComplet(), "a déjà une inscription dans le domaine « "
                        + formation.getDomaine().getLibelle() + " »", "un seul entretien par domaine");
        assertThat(repository.findByEleveAndDomaine(eleve.getId(), formation.getDomaine().getId())).isPresent();
    }

    @Test
    void registrationIsOpenUntil235959On30AprilParisTimeAndClosedAtMidnight() {
        assertThat(campagne.getDateClotureInscriptions().getMonth()).isEqualTo(Month.APRIL);
        assertThat(campagne.getDateClotureInscriptions().getDayOfMonth()).isEqualTo(30);
        Eleve avant = donnees.nouvelEleve(college);
        Eleve apres = donnees.nouvelEleve(college);
        Connexion.en(login);

        HorlogeDeTest.regler(paris(campagne.getDateClotureInscriptions(), LocalTime.of(23, 59, 59)));
        assertThat(inscrire(avant).getStatut()).isEqualTo(StatutInscription.INSCRITE);

        HorlogeDeTest.regler(paris(campagne.getDateClotureInscriptions().plusDays(1), LocalTime.MIDNIGHT));
        assertThatThrownBy(() -> inscrire(apres))
                .isInstanceOf(DelaiDepasseException.class)
                .hasMessageContaining("ouverts jusqu'au 30/04/" + campagne.getDateClotureInscriptions().getYear())
                .hasMessageContaining("inscrire un élève n'est plus possible");
        assertThat(repository.findByEleveAndDomaine(apres.getId(), formation.getDomaine().getId())).isEmpty();
    }

    @Test
    void theAcademieGrantsACollegeADelayRecordedWithWhoAndWhen() {
        LocalDate premierMai = campagne.getDateClotureInscriptions().plusDays(1);
        HorlogeDeTest.regler(paris(premierMai, LocalTime.of(9, 0)));
        Connexion.en("admin.creteil");

        delais.accorder(college.getId(), premierMai.plusDays(2), "Élève arrivé après la clôture (test)");

        assertThat(delais.lister()).filteredOn(x -> x.getCollege().equals(college)).singleElement().satisfies(x -> {
            assertThat(x.getAccordeePar().getLogin()).isEqualTo("admin.creteil");
            assertThat(x.getAccordeeLe()).isEqualTo(paris(premierMai, LocalTime.of(9, 0)));
            assertThat(x.getJusquA()).as("fin du dernier jour, heure de Paris")
                    .isEqualTo(paris(premierMai.plusDays(3), LocalTime.MIDNIGHT));
            assertThat(x.getMotif()).isEqualTo("Élève arrivé après la clôture (test)");
        });
        assertThatThrownBy(() -> delais.accorder(college.getId(), campagne.getDateClotureInscriptions(), "trop tôt"))
                .hasMessageContaining("au-delà de la clôture des inscriptions");
    }

    @Test
    void aCollegeWithADelayRegistersUntilItsLastDayThenNoMore() {
        LocalDate premierMai = campagne.getDateClotureInscriptions().plusDays(1);
        Instant accordeLe = paris(premierMai, LocalTime.of(9, 0));
        repository.ajouterExceptionDelai(ExceptionDelai.accorder(college, campagne,
                paris(premierMai.plusDays(3), LocalTime.MIDNIGHT), accounts.findByLogin("admin.creteil").orElseThrow(),
                "Élève arrivé après la clôture (test)", accordeLe));
        Eleve eleve = donnees.nouvelEleve(college);
        Eleve tardif = donnees.nouvelEleve(college);
        Connexion.en(login);

        HorlogeDeTest.regler(paris(premierMai.plusDays(2), LocalTime.of(23, 59, 59)));
        assertThat(inscrire(eleve).getStatut()).isEqualTo(StatutInscription.INSCRITE);

        HorlogeDeTest.regler(paris(premierMai.plusDays(3), LocalTime.MIDNIGHT));
        assertThatThrownBy(() -> inscrire(tardif)).isInstanceOf(DelaiDepasseException.class)
                .hasMessageContaining("délai accordé par l'académie compris");
    }

    @Test
    void theVoeuxKeepThePupilsOrderAndAreReorderedOnlyByItsCollegeWhileRegistrationIsOpen() {
        // Two formations of one domaine whose interviews one lycée holds.
        List<Formation> catalogue = donnees.formations();
        Formation[] paire = catalogue.stream().flatMap(a -> catalogue.stream()
                        .filter(b -> !b.getId().equals(a.getId()) && b.getDomaine().equals(a.getDomaine())
                                && b.getAccueilReferent().equals(a.getAccueilReferent()))
                        .map(b -> new Formation[] { a, b }))
                .findFirst().orElseThrow();
        Formation a = paire[0];
        Formation b = paire[1];
        Eleve eleve = donnees.nouvelEleve(college);
        Connexion.en(login);
        long id = inscriptions.inscrire(eleve.getId(), a.getDomaine().getId(), a.getAccueilReferent().getId(),
                referent.getId(), List.of(b.getId(), a.getId())).getId();
        assertThat(inscriptions.get(id).getVoeux()).as("l'ordre de l'élève, pas celui du catalogue")
                .extracting(v -> v.getFormation().getId()).containsExactly(b.getId(), a.getId());

        inscriptions.deplacerVoeu(id, a.getId(), true);

        Inscription apres = inscriptions.get(id);
        assertThat(apres.getVoeux()).extracting(v -> v.getFormation().getId()).containsExactly(a.getId(), b.getId());
        assertThat(apres.getVoeux()).extracting(v -> v.getRang()).containsExactly(1, 2);
        assertThat(apres.getHistorique()).extracting(h -> h.getAction())
                .contains(fr.passpro.domain.inscription.ActionInscription.ORDRE_VOEUX);

        Connexion.en(donnees.nouveauCompte(donnees.nouveauCollege()));
        assertThatThrownBy(() -> inscriptions.deplacerVoeu(id, a.getId(), false))
                .isInstanceOf(fr.passpro.domain.shared.AccessDeniedException.class);

        Connexion.en(login);
        HorlogeDeTest.regler(paris(campagne.getDateClotureInscriptions().plusDays(1), LocalTime.of(9, 0)));
        assertThatThrownBy(() -> inscriptions.deplacerVoeu(id, a.getId(), false))
                .isInstanceOf(DelaiDepasseException.class).hasMessageContaining("changer l'ordre des vœux");
        assertThat(inscriptions.get(id).getVoeux()).extracting(v -> v.getFormation().getId())
                .containsExactly(a.getId(), b.getId());
    }

    @Test
    void aWithdrawnInscriptionIsKeptAndStillCountsAsTheDomainesInterview() {
        Eleve eleve = donnees.nouvelEleve(college);
        Connexion.en(login);
        Inscription inscription = inscrire(eleve);

        inscriptions.retirer(inscription.getId());

        Inscription retiree = inscriptions.get(inscription.getId());
        assertThat(retiree.getStatut()).isEqualTo(StatutInscription.RETIREE);
        assertThat(retiree.getRetireeLe()).isNotNull();
        assertThatThrownBy(() -> inscrire(eleve)).isInstanceOf(InscriptionEnDoubleException.class)
                .hasMessageContaining("retirée le 15/03/");
    }
}
