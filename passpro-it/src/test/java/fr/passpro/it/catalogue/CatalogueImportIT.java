package fr.passpro.it.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.passpro.application.catalogue.importation.CatalogueImporter;
import fr.passpro.application.catalogue.importation.ImportProgress;
import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.importation.StatutImport;
import fr.passpro.infrastructure.excel.FichierRefuseException;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.it.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;

/**
 * The catalogue import job on the real Payara and MariaDB: each test imports generated workbooks into a campagne of
 * its own (académie de Versailles, a past school year), so that no other test's catalogue is touched.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueImportIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    /** Workbooks saved by LibreOffice 7.4 (see generer.py beside them), not written by POI. */
    private static final String LIBREOFFICE = "catalogue/libreoffice/";
    private static final String NOMENCLATURE = "catalogue-nomenclature.xlsx";
    private static final String LIGNE_ABIMEE = "catalogue-nomenclature-ligne-abimee.xlsx";
    private static final String AUTRE_ORDRE = "catalogue-nomenclature-autre-ordre.xlsx";
    private static final List<String> CLASSEURS_LIBREOFFICE = List.of(NOMENCLATURE, LIGNE_ABIMEE, AUTRE_ORDRE);
    /** Past school years, one per test and never the same twice in a run (a campagne is unique per académie and year). */
    private static final AtomicInteger ANNEES = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 1900));

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.passproWithTests(CatalogueImportIT.class, CatalogueFile.class);
        for (String classeur : CLASSEURS_LIBREOFFICE) {
            ear.getAsType(org.jboss.shrinkwrap.api.spec.WebArchive.class, Deployments.WEB_MODULE)
                    .addAsResource(LIBREOFFICE + classeur);
        }
        return ear;
    }

    @Inject
    CatalogueImporter importer;

    @Inject
    CampagneRepository campagnes;

    @Inject
    AcademieRepository academies;

    @Resource(lookup = "jdbc/passpro")
    DataSource dataSource;

    private long campagneId;
    private CatalogueFile file;

    @BeforeEach
    void aCampagneOfItsOwn() {
        Academie versailles = academies.getByCode("25");
        Campagne campagne = campagnes.save(Campagne.standard(versailles, ANNEES.incrementAndGet()));
        campagneId = campagne.getId();
        file = new CatalogueFile();
    }

    @Test
    void aCleanFileImportsEveryFormation() throws SQLException {
        ImportProgress done = importAndWait(file.addValid(1, 12).xlsx());

        assertThat(done.statut()).isEqualTo(StatutImport.TERMINE);
        assertThat(done.lignesTotal()).isEqualTo(12);
        assertThat(done.lignesLues()).isEqualTo(12);
        assertThat(done.lignesValides()).isEqualTo(12);
        assertThat(done.lignesRejetees()).isZero();
        assertThat(done.formationsCreees()).isEqualTo(12);
        assertThat(done.pourcentage()).isEqualTo(100);
        assertThat(done.message()).contains("12 formation(s) créée(s)");
        assertThat(count("SELECT COUNT(*) FROM formation WHERE campagne_id = ? AND active")).isEqualTo(12);
        assertThat(count("SELECT COUNT(*) FROM catalogue_import_ligne WHERE import_id = ?", done.id()))
                .as("zone de préparation vidée").isZero();
    }

    @Test
    void theSameFileTwiceChangesNothing() throws SQLException {
        byte[] xlsx = file.addValid(1, 6).xlsx();
        importAndWait(xlsx);
        Map<Long, Integer> versions = versions();

        ImportProgress second = importAndWait(xlsx);

        assertThat(second.statut()).isEqualTo(StatutImport.TERMINE);
        assertThat(second.formationsCreees()).isZero();
        assertThat(second.formationsModifiees()).isZero();
        assertThat(second.formationsRetirees()).isZero();
        assertThat(versions()).isEqualTo(versions).hasSize(6);
    }

    @Test
    void badLinesAreReportedWithTheirLineAndReasonAndGoodOnesImported() throws Exception {
        file.addValid(1, 36);
        String[] wrongLetter = file.valid(40);
        String uai = wrongLetter[3];
        wrongLetter[3] = uai.substring(0, 7) + (uai.charAt(7) == 'A' ? 'B' : 'A');
        file.add(wrongLetter);                                  // line 38
        file.add(file.with(42, 8, "2de professionnelle"));      // line 39: CAP code with a 2de pro diplôme
        file.add(file.with(44, 10, "Visioconférence"));         // line 40
        file.add(file.valid(3));                                 // line 41: same as line 4

        ImportProgress done = importAndWait(file.xlsx());

        assertThat(done.statut()).isEqualTo(StatutImport.TERMINE);
        assertThat(done.lignesLues()).isEqualTo(40);
        assertThat(done.lignesValides()).isEqualTo(37);
        assertThat(done.lignesRejetees()).isEqualTo(3);
        assertThat(done.lignesAlertes()).as("ligne 39 : préfixe inhabituel, importée avec une alerte").isEqualTo(1);
        assertThat(done.formationsCreees()).isEqualTo(37);
        assertThat(count("SELECT COUNT(*) FROM formation WHERE campagne_id = ?")).isEqualTo(37);

        List<String[]> report = readReport(importer.rapportRejetsTraitement(done.id()));
        assertThat(report.get(0)).containsExactly("Ligne", "Colonne", "Valeur", "Motif", "Gravité");
        assertThat(report).anySatisfy(r -> {
            assertThat(r[0]).isEqualTo("38");
            assertThat(r[1]).isEqualTo("UAI établissement");
            assertThat(r[3]).contains("lettre de contrôle attendue");
        });
        assertThat(report).anySatisfy(r -> {
            assertThat(r[0]).isEqualTo("39");
            assertThat(r[1]).isEqualTo("Code formation");
            assertThat(r[3]).contains("ne commence pas par 400").contains("la ligne est importée");
            assertThat(r[4]).startsWith("Alerte");
        });
        assertThat(report).anySatisfy(r -> {
            assertThat(r[0]).isEqualTo("40");
            assertThat(r[1]).isEqualTo("Modalité d'entretien");
            assertThat(r[3]).contains("n'est pas reconnue");
        });
        assertThat(report).anySatisfy(r -> {
            assertThat(r[0]).isEqualTo("41");
            assertThat(r[3]).contains("Doublon de la ligne 4");
        });
    }

    @Test
    void aFileOverTheThresholdChangesNothingAndSaysWhy() throws SQLException {
        file.addValid(1, 8);
        file.add(file.with(9, 10, "Visio"));
        file.add(file.with(10, 10, "Visio"));

        ImportProgress done = importAndWait(file.xlsx());

        assertThat(done.statut()).isEqualTo(StatutImport.REFUSE);
        assertThat(done.message()).isEqualTo("2 lignes rejetées sur 10 (20 %), au-delà du seuil de 10 % : aucune "
                + "formation n'a été modifiée. Corrigez les lignes signalées dans le rapport puis relancez l'import.");
        assertThat(count("SELECT COUNT(*) FROM formation WHERE campagne_id = ?")).isZero();
    }

    @Test
    void aFormationMissingFromANewFileIsDeactivatedNotDeleted() throws SQLException {
        importAndWait(file.addValid(1, 5).xlsx());
        CatalogueFile sameLycees = file;
        byte[] withoutTheFifth = new CatalogueFileCopy(sameLycees, 1, 4).xlsx();

        ImportProgress done = importAndWait(withoutTheFifth);

        assertThat(done.formationsRetirees()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM formation WHERE campagne_id = ?")).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM formation WHERE campagne_id = ? AND NOT active")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM formation WHERE campagne_id = ? AND NOT active AND libelle = 'Formation de test 5'"))
                .isEqualTo(1);
    }

    @Test
    void aRejectedLineNeverWithdrawsTheFormationItNames() throws SQLException {
        importAndWait(file.addValid(1, 10).xlsx());
        CatalogueFile spoiled = file.emptyCopy();
        for (int n = 1; n <= 10; n++) {
            spoiled.add(n == 5 ? file.with(5, 10, "Visio") : file.valid(n));   // formation 5: a bad modalité
        }

        ImportProgress done = importAndWait(spoiled.xlsx());

        assertThat(done.statut()).isEqualTo(StatutImport.TERMINE);
        assertThat(done.lignesRejetees()).isEqualTo(1);
        assertThat(done.formationsRetirees()).as("rien n'est retiré").isZero();
        assertThat(done.formationsGardeesRejet()).isEqualTo(1);
        assertThat(done.message()).contains("0 retirée(s)").contains("1 formation(s) absente(s) des lignes importées "
                + "mais nommée(s) par une ligne rejetée : non retirée(s), inchangée(s)").doesNotContain("désactivée");
        assertThat(count("SELECT COUNT(*) FROM formation WHERE campagne_id = ? AND active")).isEqualTo(10);
        assertThat(count("SELECT COUNT(*) FROM formation WHERE campagne_id = ? AND active AND libelle = 'Formation de test 5'"))
                .isEqualTo(1);
    }

    @Test
    void aRejectedLineWhoseUaiIsUnreadableKeepsTheFormationsOfItsCode() throws SQLException {
        importAndWait(file.addValid(1, 10).xlsx());
        CatalogueFile spoiled = file.emptyCopy();
        for (int n = 1; n <= 10; n++) {
            spoiled.add(n == 4 ? file.with(4, 3, "UAI inconnu") : file.valid(n));
        }

        ImportProgress done = importAndWait(spoiled.xlsx());

        assertThat(done.formationsRetirees()).isZero();
        assertThat(done.formationsGardeesRejet()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM formation WHERE campagne_id = ? AND active")).isEqualTo(10);
    }

    @Test
    void aReactivatedFormationIsCountedApartFromTheModifiedOnes() throws SQLException {
        importAndWait(file.addValid(1, 5).xlsx());
        importAndWait(new CatalogueFileCopy(file, 1, 4).xlsx());

        ImportProgress again = importAndWait(file.xlsx());

        assertThat(again.formationsReactivees()).isEqualTo(1);
        assertThat(again.formationsModifiees()).isZero();
        assertThat(again.formationsCreees()).isZero();
        assertThat(again.message()).contains("0 modifiée(s), 1 réactivée(s), 0 retirée(s) du catalogue.");
        assertThat(count("SELECT COUNT(*) FROM formation WHERE campagne_id = ? AND active")).isEqualTo(5);
    }

    @Test
    void aDiplomeThatIsNotAFirstYearIsRejectedWithTheAcceptedSpellings() throws Exception {
        file.addValid(1, 20);
        file.add(file.with(21, 8, "BTS"));              // line 22
        file.add(file.with(22, 8, "CAP 2e année"));     // line 23

        ImportProgress done = importAndWait(file.xlsx());

        assertThat(done.statut()).isEqualTo(StatutImport.TERMINE);
        assertThat(done.lignesRejetees()).isEqualTo(2);
        List<String[]> report = readReport(importer.rapportRejetsTraitement(done.id()));
        assertThat(report).anySatisfy(r -> {
            assertThat(r[0]).isEqualTo("22");
            assertThat(r[1]).isEqualTo("Diplôme");
            assertThat(r[3]).startsWith("Le diplôme « BTS » n'est pas reconnu : valeurs acceptées « 1re année de CAP »")
                    .contains("1CAP2").contains("2NDPRO").contains("Seconde professionnelle");
        });
        assertThat(report).anySatisfy(r -> {
            assertThat(r[0]).isEqualTo("23");
            assertThat(r[3]).startsWith("Le diplôme « CAP 2e année » n'est pas reconnu").contains("1CAP2");
        });
    }

    @Test
    void aWorkbookSavedByLibreOfficeWithTheNationalNomenclatureImportsFully() throws Exception {
        ImportProgress done = importAndWait(classeur(NOMENCLATURE));

        assertThat(done.statut()).isEqualTo(StatutImport.TERMINE);
        assertThat(done.lignesTotal()).as("le titre fusionné n'est pas une ligne").isEqualTo(10);
        assertThat(done.lignesLues()).isEqualTo(10);
        assertThat(done.lignesValides()).isEqualTo(10);
        assertThat(done.lignesRejetees()).isZero();
        assertThat(done.lignesAlertes()).as("32331101 : 2de pro par famille de métiers, code propre").isEqualTo(1);
        assertThat(done.formationsCreees()).isEqualTo(10);
        assertThat(count("SELECT COUNT(*) FROM formation WHERE campagne_id = ? AND active")).isEqualTo(10);
        assertThat(count("SELECT COUNT(*) FROM formation WHERE campagne_id = ? AND diplome = 'CAP'")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM formation WHERE campagne_id = ? AND diplome = 'SECONDE_PRO'")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM formation f JOIN etablissement e ON e.id = f.etablissement_id"
                + " WHERE f.campagne_id = ? AND f.code_formation = '32331101' AND e.uai = '0780013R'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM formation f JOIN etablissement e ON e.id = f.etablissement_id"
                + " WHERE f.campagne_id = ? AND e.departement_code = '078'"))
                .as("département 78 saisi comme un nombre").isEqualTo(10);
    }

    @Test
    void reimportingTheLibreOfficeWorkbookWithASpoiledRowWithdrawsNothing() throws Exception {
        importAndWait(classeur(NOMENCLATURE));
        Map<Long, Integer> versions = versions();

        ImportProgress spoiled = importAndWait(classeur(LIGNE_ABIMEE));

        assertThat(spoiled.statut()).isEqualTo(StatutImport.TERMINE);
        assertThat(spoiled.lignesRejetees()).isEqualTo(1);
        assertThat(spoiled.formationsRetirees()).isZero();
        assertThat(spoiled.formationsGardeesRejet()).isEqualTo(1);
        assertThat(spoiled.formationsModifiees()).isZero();
        assertThat(versions()).as("rien n'a changé").isEqualTo(versions);
        assertThat(count("SELECT COUNT(*) FROM formation WHERE campagne_id = ? AND active")).isEqualTo(10);
        assertThat(readReport(importer.rapportRejetsTraitement(spoiled.id()))).anySatisfy(r -> {
            assertThat(r[0]).isEqualTo("4");
            assertThat(r[3]).startsWith("Le diplôme « BTS » n'est pas reconnu").contains("1CAP2");
        });
    }

    @Test
    void theSameWorkbookTwiceOrInAnotherOrderChangesNothing() throws Exception {
        importAndWait(classeur(NOMENCLATURE));
        Map<Long, Integer> versions = versions();

        for (String again : List.of(NOMENCLATURE, AUTRE_ORDRE)) {
            ImportProgress second = importAndWait(classeur(again));

            assertThat(second.statut()).isEqualTo(StatutImport.TERMINE);
            assertThat(second.formationsCreees() + second.formationsModifiees() + second.formationsReactivees()
                    + second.formationsRetirees() + second.formationsAvecVoeux()).as(again).isZero();
            assertThat(versions()).as(again).isEqualTo(versions);
        }
    }

    private static byte[] classeur(String nom) throws java.io.IOException {
        try (var in = CatalogueImportIT.class.getResourceAsStream("/" + LIBREOFFICE + nom)) {
            assertThat(in).as(nom).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void aFailureInTheMiddleThenARestartEndsWithNoDuplicateAndNoMissingFormation() throws SQLException {
        byte[] xlsx = file.addValid(1, 9).xlsx();
        long id = importer.importerTraitement(campagneId, "catalogue.xlsx", xlsx, "test",
                Map.of(CatalogueImporter.OPTION_TAILLE_PAQUET, "2", CatalogueImporter.OPTION_ECHEC_LIGNE, "6"));
        ImportProgress failed = waitForEnd(id);
        assertThat(failed.statut()).isEqualTo(StatutImport.ECHEC);
        assertThat(failed.message()).contains("partiellement").contains("Relancez");
        long before = count("SELECT COUNT(*) FROM formation WHERE campagne_id = ?");
        assertThat(before).as("les paquets validés avant l'échec restent").isBetween(1L, 8L);

        importer.relancerTraitement(id);
        ImportProgress done = waitForEnd(id);

        assertThat(done.statut()).isEqualTo(StatutImport.TERMINE);
        assertThat(done.formationsCreees()).isEqualTo(9);
        assertThat(count("SELECT COUNT(*) FROM formation WHERE campagne_id = ?")).isEqualTo(9);
        assertThat(count("SELECT COUNT(DISTINCT code_formation, etablissement_id) FROM formation WHERE campagne_id = ?"))
                .isEqualTo(9);
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedUpfront() {
        assertThatThrownBy(() -> importer.importerTraitement(campagneId, "photo.xlsx", new byte[] {0, 1, 2, 3, 0, 0},
                "test", Map.of()))
                .isInstanceOf(FichierRefuseException.class)
                .hasMessageContaining("ni un classeur Excel");
    }

    @Test
    void theTemplateHasTheTwelveColumnsAnExampleAndAUserGuide() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(importer.modele()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            for (int c = 0; c < CatalogueFile.HEADERS.length; c++) {
                assertThat(header.getCell(c).getStringCellValue()).isEqualTo(CatalogueFile.HEADERS[c]);
            }
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getStringCellValue()).isEqualTo("0940132H");
            assertThat(workbook.getSheet("Mode d'emploi")).isNotNull();
        }
    }

    /** A second file naming the same lycées and some of the same formations. */
    private static final class CatalogueFileCopy {
        private final CatalogueFile source;
        private final int from;
        private final int to;

        CatalogueFileCopy(CatalogueFile source, int from, int to) {
            this.source = source;
            this.from = from;
            this.to = to;
        }

        byte[] xlsx() {
            CatalogueFile copy = source.emptyCopy();
            for (int n = from; n <= to; n++) {
                copy.add(source.valid(n));
            }
            return copy.xlsx();
        }
    }

    private ImportProgress importAndWait(byte[] xlsx) {
        return waitForEnd(importer.importerTraitement(campagneId, "catalogue.xlsx", xlsx, "test", Map.of()));
    }

    /** Polls the import until its job is over. */
    private ImportProgress waitForEnd(long id) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        ImportProgress progress = importer.progressionTraitement(id);
        while (!progress.termine() && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            progress = importer.progressionTraitement(id);
        }
        assertThat(progress.termine()).as("import %s fini avant %s : %s", id, TIMEOUT, progress).isTrue();
        return progress;
    }

    private long count(String sql) throws SQLException {
        return count(sql, campagneId);
    }

    private long count(String sql, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private Map<Long, Integer> versions() throws SQLException {
        Map<Long, Integer> versions = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id, version FROM formation WHERE campagne_id = ?")) {
            s.setLong(1, campagneId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    versions.put(r.getLong(1), r.getInt(2));
                }
            }
        }
        return versions;
    }

    private static List<String[]> readReport(byte[] xlsx) throws Exception {
        List<String[]> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                String[] cells = new String[5];
                for (int c = 0; c < 5; c++) {
                    var cell = row.getCell(c);
                    cells[c] = cell == null ? "" : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue();
                }
                lines.add(cells);
            }
        }
        return lines;
    }
}
