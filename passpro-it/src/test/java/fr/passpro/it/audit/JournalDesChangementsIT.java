package fr.passpro.it.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.application.audit.JournalService;
import fr.passpro.application.audit.JournalService.Filtre;
import fr.passpro.application.audit.JournalService.Ligne;
import fr.passpro.application.inscription.InscriptionService;
import fr.passpro.application.security.PasswordHasher;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.it.Deployments;
import fr.passpro.it.support.Connexion;
import fr.passpro.it.support.Donnees;
import fr.passpro.it.support.HorlogeDeTest;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail of every change on the real Payara and MariaDB: an inscription's creation and its avis d'origine are
 * written with who, from which address, what changed (avant → après, the commentaire itself never copied), the
 * collège and the pupil; a refused change leaves no line; the académie filters the journal by pupil, établissement
 * and person; a collège may not read it.
 */
@ExtendWith(ArquillianExtension.class)
class JournalDesChangementsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.passproWithTestClock(JournalDesChangementsIT.class, fr.passpro.it.catalogue.CatalogueFixture.class);
    }

    @Inject
    Donnees donnees;

    @Inject
    InscriptionService inscriptions;

    @Inject
    JournalService journal;

    @Inject
    AccountRepository accounts;

    @Inject
    fr.passpro.application.planning.PlanningService planning;

    @Inject
    fr.passpro.application.entretien.EntretienService entretiens;

    @Inject
    fr.passpro.it.catalogue.CatalogueFixture catalogue;

    @Inject
    fr.passpro.application.audit.JournalAudit journalAudit;

    @Inject
    PasswordHasher hasher;

    @Inject
    fr.passpro.application.audit.HistoriqueConvocations historiqueConvocations;

    @AfterEach
    void realTimeAgain() {
        HorlogeDeTest.regler(null);
    }

    @Test
    void anAvisDOrigineIsJournaledWithItsAuthorAddressBeforeAndAfterButNeverTheCommentaire() {
        Campagne campagne = donnees.campagne();
        HorlogeDeTest.regler(ZonedDateTime.of(campagne.getDateOuverture().withMonth(Month.MARCH.getValue()).withDayOfMonth(15),
                LocalTime.of(10, 0), Campagne.ZONE).toInstant());
        Etablissement college = donnees.nouveauCollege();
        String chef = chef(college);
        Referent referent = donnees.nouveauReferent(college);
        Eleve eleve = donnees.nouvelEleve(college);
        Formation formation = donnees.formations().get(0);
        Connexion.en(chef);
        Inscription inscription = inscriptions.inscrire(eleve.getId(), formation.getDomaine().getId(),
                formation.getAccueilReferent().getId(), referent.getId(), List.of(formation.getId()));

        inscriptions.donnerAvisOrigine(inscription.getId(), formation.getId(), Avis.FAVORABLE,
                "Très motivé, stage confidentiel chez son oncle.");
        assertThatThrownBy(() -> inscriptions.donnerAvisOrigine(inscription.getId(), formation.getId(), Avis.RESERVE, ""))
                .isInstanceOf(InvalidValueException.class);

        Connexion.en("admin.creteil");
        List<AuditEvent> lignes = journal.rechercher(new Filtre(null, null, eleve.getNom(), null, null)).stream()
                .map(Ligne::evenement).toList();
        assertThat(lignes).extracting(AuditEvent::getObjetType).contains("inscription", "voeu");
        assertThat(lignes).allSatisfy(l -> {
            assertThat(l.getLogin()).isEqualTo(chef);
            assertThat(l.getAdresse()).as("adresse du client").isNotBlank();
            assertThat(l.getEleveId()).isEqualTo(eleve.getId());
            assertThat(l.getEtablissementId()).isEqualTo(college.getId());
            assertThat(l.getAcademieCode()).isEqualTo("24");
            assertThat(l.getDetail()).doesNotContain("confidentiel").doesNotContain(eleve.getNom());
        });
        assertThat(lignes).filteredOn(l -> l.getObjetType().equals("inscription") && l.getAction().equals("CREATION"))
                .singleElement().extracting(AuditEvent::getObjetId).isEqualTo(String.valueOf(inscription.getId()));
        assertThat(lignes).filteredOn(l -> l.getObjetType().equals("voeu") && l.getAction().equals("MODIFICATION"))
                .as("l'avis refusé n'a laissé aucune ligne").singleElement()
                .extracting(AuditEvent::getDetail).asString()
                .contains("avis d'origine : (vide) → Favorable", "commentaire d'origine : (vide) → modifié");

        assertThat(journal.rechercher(new Filtre(college.getUai().toString(), chef, null, null, null)))
                .hasSameSizeAs(lignes);
        assertThat(journal.rechercher(new Filtre(null, null, eleve.getNom(), campagne.getDateOuverture().minusYears(2),
                campagne.getDateOuverture().minusYears(1)))).as("hors des dates").isEmpty();

        Connexion.en(chef);
        assertThatThrownBy(() -> journal.rechercher(new Filtre(null, null, null, null, null)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aSeanceAConvocationAnInterviewAndACampagneAreJournaledToo() {
        Campagne campagne = donnees.campagne();
        HorlogeDeTest.regler(ZonedDateTime.of(campagne.getDateOuverture().withMonth(Month.MARCH.getValue()).withDayOfMonth(15),
                LocalTime.of(10, 0), Campagne.ZONE).toInstant());
        Etablissement college = donnees.nouveauCollege();
        String collegeLogin = donnees.nouveauCompte(college);
        Referent referent = donnees.nouveauReferent(college);
        Eleve eleve = donnees.nouvelEleve(college);
        Formation formation = donnees.formations().stream()
                .filter(f -> f.getModalite() == fr.passpro.domain.catalogue.ModaliteEntretien.INDIVIDUEL).findFirst()
                .orElseThrow();
        Connexion.en(collegeLogin);
        Inscription inscription = inscriptions.inscrire(eleve.getId(), formation.getDomaine().getId(),
                formation.getAccueilReferent().getId(), referent.getId(), List.of(formation.getId()));
        String lycee = donnees.nouveauCompteLycee(formation.getAccueilReferent());
        Connexion.en(lycee);
        java.time.LocalDate jour = campagne.getDateLimiteEntretiens();
        var seance = planning.creerSeance(new fr.passpro.application.planning.NouvelleSeance(formation.getDomaine().getId(),
                java.util.Set.of(), fr.passpro.domain.catalogue.ModaliteEntretien.INDIVIDUEL,
                fr.passpro.domain.planning.Deroulement.PRESENTIEL, jour.atTime(17, 0), jour.atTime(17, 20),
                "J" + Donnees.unique(), null, 1, null));
        planning.convoquer(inscription.getId(), seance.getId());
        HorlogeDeTest.regler(ZonedDateTime.of(jour, LocalTime.of(17, 30), Campagne.ZONE).toInstant());
        entretiens.noterPresence(inscription.getId(), fr.passpro.domain.entretien.Presence.PRESENT);
        Campagne ancienne = catalogue.ancienneCampagne();

        Connexion.en("admin.creteil");
        List<AuditEvent> lignes = journal.rechercher(new Filtre(null, lycee, null, null, null)).stream()
                .map(Ligne::evenement).toList();
        assertThat(lignes).extracting(AuditEvent::getObjetType, AuditEvent::getAction).contains(
                org.assertj.core.groups.Tuple.tuple("seance", "CREATION"),
                org.assertj.core.groups.Tuple.tuple("convocation", "CREATION"),
                org.assertj.core.groups.Tuple.tuple("entretien", "CREATION"),
                org.assertj.core.groups.Tuple.tuple("seance", "MODIFICATION"),
                org.assertj.core.groups.Tuple.tuple("inscription", "MODIFICATION"));
        assertThat(lignes).filteredOn(l -> l.getObjetType().equals("inscription")).extracting(AuditEvent::getDetail)
                .contains("statut : Inscrite → Convoquée", "statut : Convoquée → Entretien passé");
        assertThat(lignes).filteredOn(l -> l.getObjetType().equals("seance") && l.getAction().equals("MODIFICATION"))
                .extracting(AuditEvent::getDetail).anySatisfy(d -> assertThat(d).contains("places prises : 0 → 1"));
        assertThat(journalAudit.lignesSur("campagne", String.valueOf(ancienne.getId())))
                .extracting(AuditEvent::getAction).contains("CREATION");
    }

    @Test
    void theJournalReadsInFrenchWithNamesAndTheInscriptionsHistoryShowsItsConvocationsAndSeanceMoves() {
        Campagne campagne = donnees.campagne();
        HorlogeDeTest.regler(ZonedDateTime.of(campagne.getDateOuverture().withMonth(Month.MARCH.getValue()).withDayOfMonth(15),
                LocalTime.of(10, 0), Campagne.ZONE).toInstant());
        Etablissement college = donnees.nouveauCollege();
        String chef = chef(college);
        Referent premier = donnees.nouveauReferent(college);
        Referent second = donnees.nouveauReferent(college);
        Eleve eleve = donnees.nouvelEleve(college);
        Formation formation = donnees.formations().stream()
                .filter(f -> f.getModalite() == fr.passpro.domain.catalogue.ModaliteEntretien.INDIVIDUEL).findFirst()
                .orElseThrow();
        Connexion.en(chef);
        Inscription inscription = inscriptions.inscrire(eleve.getId(), formation.getDomaine().getId(),
                formation.getAccueilReferent().getId(), premier.getId(), List.of(formation.getId()));
        inscriptions.changerReferent(inscription.getId(), second.getId());
        String lycee = donnees.nouveauCompteLycee(formation.getAccueilReferent());
        Connexion.en(lycee);
        java.time.LocalDate jour = campagne.getDateLimiteEntretiens();
        var seance = planning.creerSeance(new fr.passpro.application.planning.NouvelleSeance(formation.getDomaine().getId(),
                java.util.Set.of(), fr.passpro.domain.catalogue.ModaliteEntretien.INDIVIDUEL,
                fr.passpro.domain.planning.Deroulement.PRESENTIEL, jour.atTime(9, 0), jour.atTime(9, 20),
                "K" + Donnees.unique(), null, 1, null));
        planning.convoquer(inscription.getId(), seance.getId());
        planning.deplacerSeance(seance.getId(), jour.atTime(11, 0), jour.atTime(11, 20));

        Connexion.en("admin.creteil");
        List<Ligne> lignes = journal.rechercher(new Filtre(null, null, eleve.getNom(), null, null));
        assertThat(lignes).filteredOn(l -> l.evenement().getLogin().equals(chef)).isNotEmpty()
                .allSatisfy(l -> {
                    assertThat(l.auteur()).as("le nom du compte, pas son identifiant").isEqualTo("Audit Chef");
                    assertThat(l.quand()).as("date en français").contains(" mars ").doesNotContain("-03-");
                    assertThat(l.adresse()).doesNotContain("0:0:0:0:0:0:0:1");
                });
        assertThat(lignes).extracting(Ligne::objet).anySatisfy(o -> assertThat(o).startsWith("vœu n° "));
        assertThat(lignes).extracting(Ligne::detail).contains("personne référente : " + premier.getNomComplet()
                + " → " + second.getNomComplet());
        assertThat(lignes).extracting(Ligne::detail).allSatisfy(d -> assertThat(d).doesNotContain("n° " + premier.getId())
                .doesNotContain("Scope["));

        Connexion.en(chef);
        List<fr.passpro.application.audit.HistoriqueConvocations.Ligne> historique = historiqueConvocations
                .historique(inscription.getId());
        assertThat(historique).extracting(fr.passpro.application.audit.HistoriqueConvocations.Ligne::action)
                .contains("Convocation", "Séance modifiée").doesNotContain("Convocation créée");
        assertThat(historique).filteredOn(h -> h.action().equals("Séance modifiée")).singleElement()
                .extracting(fr.passpro.application.audit.HistoriqueConvocations.Ligne::apres).asString()
                .contains("09:00", "11:00").doesNotContain("places prises");
        assertThat(historique).filteredOn(h -> h.action().equals("Séance modifiée")).singleElement()
                .extracting(fr.passpro.application.audit.HistoriqueConvocations.Ligne::auteur).isEqualTo("Lycée Test");
        assertThat(historique).filteredOn(h -> h.action().equals("Convocation")).singleElement()
                .extracting(fr.passpro.application.audit.HistoriqueConvocations.Ligne::auteur).isEqualTo("Lycée Test");
    }

    /** A new chef d'établissement of this collège, with the demo password. */
    private String chef(Etablissement college) {
        String login = "chef." + Donnees.unique();
        Account compte = Account.pourEtablissement(login, "Chef", "Audit", login + "@ac-creteil.fr", Role.ORIGINE, true,
                college);
        compte.changerMotDePasse(hasher.hash(Connexion.MOT_DE_PASSE_DEMO.toCharArray()));
        accounts.save(compte);
        return login;
    }
}
