package fr.passpro.it.traitement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.security.PasswordHasher;
import fr.passpro.application.traitement.ConsoleTraitements;
import fr.passpro.application.traitement.ExecutionVue;
import fr.passpro.application.traitement.TraitementEnCoursException;
import fr.passpro.application.traitement.TraitementInconnuException;
import fr.passpro.application.traitement.TraitementVue;
import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.it.Deployments;
import fr.passpro.it.support.Connexion;
import fr.passpro.it.support.Donnees;
import fr.passpro.it.support.Parallele;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

/**
 * The jobs console on the real Payara and MariaDB, with the {@code nettoyageImports} job: each test works for an
 * admin of the académie de Versailles of its own, on imports of a past campagne of its own. To keep an execution
 * running as long as the test needs, the test holds the row lock of an import that the job must update.
 */
@ExtendWith(ArquillianExtension.class)
class TraitementsServiceIT {

    private static final String JOB = "nettoyageImports";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicInteger ANNEES = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 1900));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.passproWithTests(TraitementsServiceIT.class, Connexion.class, Donnees.class,
                Parallele.class);
    }

    @Inject
    ConsoleTraitements console;

    @Inject
    AcademieRepository academies;

    @Inject
    CampagneRepository campagnes;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    JournalAudit journal;

    @Inject
    Parallele parallele;

    @Resource(lookup = "jdbc/passpro")
    DataSource dataSource;

    private String admin;
    private long campagneId;
    private Connection verrou;

    @BeforeEach
    void anAdminOfVersaillesAndACampagneOfItsOwn() {
        Academie versailles = academies.getByCode(Academie.VERSAILLES);
        campagneId = campagnes.save(Campagne.standard(versailles, ANNEES.incrementAndGet())).getId();
        admin = "versailles.saio." + Donnees.unique(); // ScopeIT: every Versailles account of the tests is named versailles.*
        Account compte = Account.pourAcademie(admin, "Test", "Saio", admin + "@ac-versailles.fr", versailles);
        compte.changerMotDePasse(hasher.hash(Connexion.MOT_DE_PASSE_DEMO.toCharArray()));
        accounts.save(compte);
    }

    @AfterEach
    void releaseTheLock() throws SQLException {
        liberer();
    }

    @Test
    void theConsoleListsEveryJobWithItsFrenchTextsAndParameters() {
        Connexion.en(admin);

        List<TraitementVue> traitements = console.traitements();

        assertThat(traitements).extracting(TraitementVue::nom).contains(JOB, "importCatalogue");
        TraitementVue nettoyage = traitements.stream().filter(t -> t.nom().equals(JOB)).findFirst().orElseThrow();
        assertThat(nettoyage.libelle()).isEqualTo("Suppression des fichiers d’import anciens");
        assertThat(nettoyage.lancementManuel()).isTrue();
        assertThat(nettoyage.parametres()).singleElement().satisfies(p -> {
            assertThat(p.nom()).isEqualTo("joursConservation");
            assertThat(p.libelle()).isEqualTo("Durée de conservation (jours)");
            assertThat(p.defaut()).isEqualTo("90");
        });
        TraitementVue catalogue = traitements.stream().filter(t -> t.nom().equals("importCatalogue")).findFirst()
                .orElseThrow();
        assertThat(catalogue.lancementManuel()).isFalse();
        assertThat(catalogue.page()).isEqualTo("/academie/import-catalogue.xhtml");
    }

    @Test
    void aJobRunsOnceAtATimeStopsAndRestartsFromItsCheckpointWithWhoStartedIt() throws Exception {
        long premier = importTermine(200, "ancien-1.xlsx");
        long deuxieme = importTermine(190, "ancien-2.xlsx");
        long troisieme = importTermine(180, "ancien-3.xlsx");
        long recent = importTermine(5, "recent.xlsx");
        verrouiller(premier);
        Connexion.en(admin);

        long id = console.lancer(JOB, Map.of("joursConservation", "30"));
        awaitStatus(id, BatchStatus.STARTED);

        assertThatThrownBy(() -> console.lancer(JOB, Map.of()))
                .isInstanceOf(TraitementEnCoursException.class)
                .hasMessage("Le traitement « Suppression des fichiers d’import anciens » est déjà en cours (exécution n° "
                        + id + ") : attendez qu'il se termine, ou arrêtez-le, avant de le lancer à nouveau.");

        console.arreter(id);
        assertThat(console.execution(id).statut()).isEqualTo(BatchStatus.STOPPING);
        liberer();
        ExecutionVue arretee = awaitStatus(id, BatchStatus.STOPPED);
        assertThat(arretee.lancePar()).isEqualTo(admin);
        assertThat(arretee.parametres()).containsEntry("academie", Academie.VERSAILLES)
                .containsEntry("joursConservation", "30").containsEntry("lancePar", admin);
        // the runtime sees the stop between chunks (one import each), not always after the first
        assertThat(arretee.ecrits()).as("paquets enregistrés avant l'arrêt").isBetween(1L, 2L);
        assertThat(arretee.lus()).isGreaterThanOrEqualTo(arretee.ecrits());
        assertThat(arretee.relancable()).isTrue();
        assertThat(taille(premier)).as("fichier du premier import supprimé").isZero();
        assertThat(taille(troisieme)).as("le dernier attend la reprise").isPositive();

        long reprise = console.relancer(id);
        ExecutionVue terminee = awaitStatus(reprise, BatchStatus.COMPLETED);

        assertThat(terminee.ecrits()).as("reprise après le point de reprise").isEqualTo(3 - arretee.ecrits());
        assertThat(terminee.lus()).isEqualTo(terminee.ecrits());
        assertThat(terminee.ignores()).isZero();
        assertThat(terminee.lancePar()).isEqualTo(admin);
        assertThat(terminee.instanceId()).isEqualTo(arretee.instanceId());
        assertThat(terminee.fin()).isNotNull();
        assertThat(taille(deuxieme)).isZero();
        assertThat(taille(troisieme)).isZero();
        assertThat(taille(recent)).as("import récent gardé").isPositive();
        assertThat(console.dernieresExecutions(JOB, 5)).extracting(ExecutionVue::id).startsWith(reprise, id);
        assertThat(console.execution(id).relancable()).as("déjà relancée").isFalse();
        assertThatThrownBy(() -> console.relancer(id)).isInstanceOf(InvalidValueException.class)
                .hasMessage("L'exécution n° " + id + " a déjà été relancée : relancez la dernière, n° " + reprise + ".");
        assertThatThrownBy(() -> console.relancer(reprise)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Seule une exécution en échec ou arrêtée se relance");
        assertThatThrownBy(() -> console.arreter(reprise)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("n'est pas en cours");
    }

    @Test
    void twoStartsAtTheSameMomentOnlyOneRuns() throws Exception {
        verrouiller(importTermine(100, "ancien.xlsx"));
        Connexion.en(admin);
        CountDownLatch depart = new CountDownLatch(2);

        List<Future<Object>> appels = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            appels.add(parallele.appeler(depart, () -> console.lancer(JOB, Map.of("joursConservation", "30"))));
        }
        List<Object> resultats = new ArrayList<>();
        for (Future<Object> appel : appels) {
            resultats.add(appel.get(60, TimeUnit.SECONDS));
        }

        assertThat(resultats).filteredOn(Long.class::isInstance).hasSize(1);
        assertThat(resultats).filteredOn(TraitementEnCoursException.class::isInstance).hasSize(1);
        long id = (Long) resultats.stream().filter(Long.class::isInstance).findFirst().orElseThrow();
        liberer();
        awaitStatus(id, BatchStatus.COMPLETED);
        assertThat(console.lancer(JOB, Map.of())).as("libre une fois le premier terminé").isGreaterThan(id);
    }

    @Test
    void badInputIsRefusedInFrench() {
        Connexion.en(admin);

        assertThatThrownBy(() -> console.lancer("inconnu", Map.of())).isInstanceOf(TraitementInconnuException.class)
                .hasMessage("Passpro n'a pas de traitement nommé « inconnu ».");
        assertThatThrownBy(() -> console.lancer(JOB, Map.of("joursConservation", "trois")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("« Durée de conservation (jours) » doit être un nombre entier.");
        assertThatThrownBy(() -> console.lancer(JOB, Map.of("joursConservation", "-1")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("« Durée de conservation (jours) » doit être compris entre 0 et 3650.");
        assertThatThrownBy(() -> console.lancer(JOB, Map.of("lancePar", "quelqu.un")))
                .as("qui lance est fixé par Passpro").isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ne connaît pas le(s) paramètre(s) lancePar");
        assertThatThrownBy(() -> console.lancer("importCatalogue", Map.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("se pilote depuis sa page");
    }

    @Test
    void anotherAcademieNeitherSeesNorDrivesTheExecutionsAndANonAdminIsRefused() throws InterruptedException {
        Connexion.en(admin);
        long id = console.lancer(JOB, Map.of());
        awaitStatus(id, BatchStatus.COMPLETED);

        Connexion.en("admin.creteil");
        assertThat(console.dernieresExecutions(JOB, 50)).extracting(ExecutionVue::id).doesNotContain(id);
        assertThatThrownBy(() -> console.execution(id)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Accès refusé : l'exécution n° " + id + " ne fait pas partie de votre académie.");
        assertThatThrownBy(() -> console.relancer(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(journal.lignesSur("execution", Long.toString(id))).extracting(AuditEvent::getAction)
                .containsOnly(AuditEvent.ACCES_REFUSE).hasSize(2);

        Connexion.en("referent.jaures");
        assertThatThrownBy(() -> console.lancer(JOB, Map.of())).isInstanceOf(EJBAccessException.class);
    }

    /** Polls in the test's own thread, which carries the caller's identity. */
    private ExecutionVue awaitStatus(long id, BatchStatus status) throws InterruptedException {
        Instant limite = Instant.now().plus(TIMEOUT);
        ExecutionVue execution = console.execution(id);
        while (execution.statut() != status && Instant.now().isBefore(limite)) {
            Thread.sleep(200);
            execution = console.execution(id);
        }
        assertThat(execution.statut()).as("statut de l'exécution " + id).isEqualTo(status);
        return execution;
    }

    /** An import of the test's campagne ended {@code jours} days ago, with a file of 1 Ko. */
    private long importTermine(int jours, String nom) throws SQLException {
        Timestamp fin = Timestamp.from(Instant.now().minus(Duration.ofDays(jours)));
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO catalogue_import (campagne_id, nom_fichier,"
                     + " contenu, taille, statut, demarre_par, demarre_le, termine_le)"
                     + " VALUES (?, ?, ?, 1024, 'TERMINE', 'test', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, campagneId);
            insert.setString(2, nom);
            insert.setBytes(3, new byte[1024]);
            insert.setTimestamp(4, fin);
            insert.setTimestamp(5, fin);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private long taille(long importId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT LENGTH(contenu) FROM catalogue_import WHERE id = ?")) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Holds the row lock of an import from another connection: the job waits on it until {@link #liberer()}. */
    private void verrouiller(long importId) throws SQLException {
        verrou = dataSource.getConnection();
        verrou.setAutoCommit(false);
        try (PreparedStatement lock = verrou.prepareStatement("SELECT id FROM catalogue_import WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, importId);
            lock.executeQuery().close();
        }
    }

    private void liberer() throws SQLException {
        if (verrou != null) {
            verrou.rollback();
            verrou.close();
            verrou = null;
        }
    }
}
