package fr.passpro.it.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.passpro.application.catalogue.RetraitEnAttente;
import fr.passpro.application.catalogue.RetraitsFormationService;
import fr.passpro.application.catalogue.importation.CatalogueImporter;
import fr.passpro.application.catalogue.importation.ImportProgress;
import fr.passpro.application.traitement.ConsoleTraitements;
import fr.passpro.application.traitement.ExecutionVue;
import fr.passpro.domain.catalogue.importation.StatutImport;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.it.Deployments;
import fr.passpro.it.support.Connexion;
import fr.passpro.it.support.Donnees;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;

/**
 * A catalogue file that no longer lists formations pupils ask for (académie de Créteil, a past campagne of its own):
 * the import keeps them and the admin decides; confirming withdraws the formation, marks its vœux and tells the
 * collège and the lycée by mail (through the outbox); keeping it changes nothing. Both are audited.
 */
@ExtendWith(ArquillianExtension.class)
class RetraitFormationIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String ADMIN = "admin.creteil";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.passproWithTests(RetraitFormationIT.class, CatalogueFile.class, CatalogueFixture.class,
                VoeuxDeTest.class, Donnees.class, Connexion.class);
    }

    @Inject
    CatalogueImporter importer;

    @Inject
    RetraitsFormationService retraits;

    @Inject
    ConsoleTraitements console;

    @Inject
    CatalogueFixture fixture;

    @Inject
    VoeuxDeTest voeux;

    @Resource(lookup = "jdbc/passpro")
    DataSource dataSource;

    private long campagneId;
    private CatalogueFile file;

    @BeforeEach
    void aCampagneOfCreteilOfItsOwn() {
        campagneId = fixture.ancienneCampagne().getId();
        file = new CatalogueFile();
        for (int n = 1; n <= 6; n++) {
            file.add(deCreteil(file.valid(n)));
        }
    }

    /** A line of the Versailles test file moved to the Val-de-Marne. */
    private static String[] deCreteil(String[] row) {
        row[1] = "94";
        row[2] = "Créteil";
        row[3] = CatalogueFile.uai("094" + row[3].substring(3, 7));
        return row;
    }

    private CatalogueFile sans(int... absentes) {
        CatalogueFile copy = file.emptyCopy();
        for (int n = 1; n <= 6; n++) {
            final int numero = n;
            if (java.util.Arrays.stream(absentes).noneMatch(a -> a == numero)) {
                copy.add(deCreteil(file.valid(n)));
            }
        }
        return copy;
    }

    private String code(int n) {
        return file.valid(n)[6];
    }

    private String uai(int n) {
        return deCreteil(file.valid(n))[3];
    }

    @Test
    void aFormationPupilsAskForIsKeptUntilTheAdminConfirmsThenItsVoeuxAreMarkedAndBothEtablissementsTold()
            throws Exception {
        importAndWait(file.xlsx());
        VoeuxDeTest.Jeu jeu = voeux.inscrire(campagneId, uai(3), List.of(code(3)));

        ImportProgress done = importAndWait(sans(3, 4).xlsx());   // 3 has a vœu, 4 has none

        assertThat(done.statut()).isEqualTo(StatutImport.TERMINE);
        assertThat(done.formationsRetirees()).as("la 4, sans vœu").isEqualTo(1);
        assertThat(done.formationsAvecVoeux()).as("la 3, demandée").isEqualTo(1);
        assertThat(done.message()).contains("1 retirée(s) du catalogue").contains("1 formation(s) absente(s) du "
                + "fichier mais demandée(s) par des élèves : gardée(s) au catalogue jusqu'à votre décision.");
        assertThat(active(3)).as("gardée jusqu'à la décision").isTrue();
        assertThat(active(4)).isFalse();

        // the job parameters recorded with the run, as asadmin list-batch-job-executions shows them
        Connexion.en(ADMIN);
        ExecutionVue execution = console.execution(count("SELECT job_execution_id FROM catalogue_import WHERE id = ?",
                done.id()));
        assertThat(execution.parametres()).containsEntry("academie", "24").containsEntry("lancePar", "test")
                .containsEntry("importId", Long.toString(done.id()));

        RetraitEnAttente attendu = enAttente(3);
        assertThat(attendu.inscriptions()).isEqualTo(1);
        assertThat(attendu.uaiLycee()).isEqualTo(uai(3));

        // importing the same file again awaits the same decision, not a second one
        importAndWait(sans(3, 4).xlsx());
        Connexion.en(ADMIN);
        assertThat(retraits.enAttente().stream().filter(r -> r.codeFormation().equals(code(3))
                && r.uaiLycee().equals(uai(3)))).hasSize(1);

        int marques = retraits.confirmer(attendu.id());

        assertThat(marques).isEqualTo(1);
        assertThat(active(3)).isFalse();
        assertThat(count("SELECT COUNT(*) FROM formation WHERE campagne_id = ?", campagneId))
                .as("rien n'est supprimé").isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM voeu v JOIN formation f ON f.id = v.formation_id WHERE f.campagne_id = ?"
                + " AND v.formation_retiree_le IS NOT NULL", campagneId)).isEqualTo(1);
        assertThat(courriers(jeu.boiteCollege(), jeu.eleves().get(0))).as("courriel au collège").isEqualTo(1);
        assertThat(courriers(jeu.mailReferent(), jeu.eleves().get(0))).as("et à la personne référente").isEqualTo(1);
        String boiteLycee = "ce." + uai(3).toLowerCase() + "@ac-creteil.fr";
        assertThat(courriers(boiteLycee, jeu.eleves().get(0))).as("courriel au lycée").isEqualTo(1);
        long formationId = count("SELECT f.id FROM formation f JOIN etablissement e ON e.id = f.etablissement_id"
                + " WHERE f.campagne_id = ? AND f.code_formation = '" + code(3) + "' AND e.uai = '" + uai(3) + "'",
                campagneId);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'FORMATION_RETIREE' AND login = '" + ADMIN
                + "' AND objet_type = 'formation' AND objet_id = ?", String.valueOf(formationId)))
                .as("décision au journal d'audit").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE objet_type = 'voeu' AND detail LIKE ?",
                "%formation retirée du catalogue le%")).as("vœu marqué au journal").isPositive();
        assertThat(retraits.enAttente()).noneMatch(r -> r.id() == attendu.id());

        // bad input: a decision is taken once
        assertThatThrownBy(() -> retraits.confirmer(attendu.id())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("a déjà été décidé");
        assertThatThrownBy(() -> retraits.maintenir(attendu.id())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("a déjà été décidé");
    }

    @Test
    void keepingTheFormationChangesNothingButTheDecisionAndAFormationBackInTheFileNeedsNone() throws Exception {
        importAndWait(file.xlsx());
        voeux.inscrire(campagneId, uai(2), List.of(code(2)));
        voeux.inscrire(campagneId, uai(6), List.of(code(6)));
        importAndWait(sans(2, 6).xlsx());
        Connexion.en(ADMIN);
        RetraitEnAttente deux = enAttente(2);
        enAttente(6);

        retraits.maintenir(deux.id());

        assertThat(active(2)).isTrue();
        assertThat(count("SELECT COUNT(*) FROM voeu v JOIN formation f ON f.id = v.formation_id WHERE f.campagne_id = ?"
                + " AND v.formation_retiree_le IS NOT NULL", campagneId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM retrait_formation WHERE id = ? AND decision = 'MAINTENUE'"
                + " AND decide_par = 'admin.creteil'", deux.id())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'FORMATION_MAINTENUE' AND login = ?", ADMIN))
                .isPositive();

        // formation 6 is back in the next file: its decision is without object
        ImportProgress back = importAndWait(sans(2).xlsx());
        assertThat(back.formationsAvecVoeux()).as("la 2, absente encore : nouvelle décision").isEqualTo(1);
        Connexion.en(ADMIN);
        assertThat(retraits.enAttente()).noneMatch(r -> r.codeFormation().equals(code(6)) && r.uaiLycee().equals(uai(6)));
        assertThat(active(6)).isTrue();
    }

    @Test
    void anAdminOfAnotherAcademieCanNeitherSeeNorDecide() throws Exception {
        importAndWait(file.xlsx());
        voeux.inscrire(campagneId, uai(5), List.of(code(5)));
        importAndWait(sans(5).xlsx());
        Connexion.en(ADMIN);
        RetraitEnAttente cinq = enAttente(5);

        Connexion.en(voeux.adminDeParis());

        assertThat(retraits.enAttente()).noneMatch(r -> r.id() == cinq.id());
        assertThatThrownBy(() -> retraits.confirmer(cinq.id())).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("n'appartient pas au catalogue de votre académie");
        assertThatThrownBy(() -> retraits.maintenir(cinq.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(active(5)).isTrue();
        assertThat(count("SELECT COUNT(*) FROM retrait_formation WHERE id = ? AND decision = 'EN_ATTENTE'", cinq.id()))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCES_REFUSE' AND objet_type ="
                + " 'retrait_formation' AND objet_id = ?", String.valueOf(cinq.id()))).isEqualTo(2);
    }

    private RetraitEnAttente enAttente(int n) {
        return retraits.enAttente().stream()
                .filter(r -> r.codeFormation().equals(code(n)) && r.uaiLycee().equals(uai(n)))
                .findFirst().orElseThrow(() -> new AssertionError("aucune décision attendue pour la formation " + n
                        + " : " + retraits.enAttente()));
    }

    private boolean active(int n) throws SQLException {
        return count("SELECT COUNT(*) FROM formation f JOIN etablissement e ON e.id = f.etablissement_id"
                + " WHERE f.campagne_id = ? AND f.active AND f.code_formation = '" + code(n) + "' AND e.uai = '"
                + uai(n) + "'", campagneId) == 1;
    }

    private long courriers(String destinataire, String texte) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM courrier WHERE destinataires LIKE ? AND texte LIKE ?")) {
            s.setString(1, "%" + destinataire + "%");
            s.setString(2, "%" + texte + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private ImportProgress importAndWait(byte[] xlsx) {
        long id = importer.importerTraitement(campagneId, "catalogue.xlsx", xlsx, "test", Map.of());
        Instant deadline = Instant.now().plus(TIMEOUT);
        ImportProgress progress = importer.progressionTraitement(id);
        while (!progress.termine() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            progress = importer.progressionTraitement(id);
        }
        assertThat(progress.termine()).as("import %s fini : %s", id, progress).isTrue();
        return progress;
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (sql.contains("?")) {
                s.setObject(1, parameter);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
