package fr.passpro.it.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.passpro.application.catalogue.importation.CatalogueImporter;
import fr.passpro.batch.catalogue.CatalogueDropFolderScanner;
import fr.passpro.it.Deployments;
import jakarta.inject.Inject;

/**
 * The nightly import from the drop folder, run by hand (the timer fires at 2:30): a good file ends in archive/, a
 * file with too many bad lines in erreur/ with its reject report, a file that is no spreadsheet in erreur/ with the
 * reason; the current Créteil catalogue keeps the demo formations (the good file lists them).
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueDropFolderIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Deployment
    static EnterpriseArchive deployment() {
        Path depot = Path.of(System.getProperty("java.io.tmpdir"), "passpro-depot-" + UUID.randomUUID());
        EnterpriseArchive ear = Deployments.passproWithTests(CatalogueDropFolderIT.class, CatalogueFile.class);
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "passpro-test-config.jar").addAsResource(
                new StringAsset(CatalogueImporter.DEPOT + "=" + depot + "\n"), "META-INF/microprofile-config.properties"));
        return ear;
    }

    @Inject
    CatalogueDropFolderScanner scanner;

    @Test
    void eachFileEndsInArchiveOrErreurWithItsReport() throws Exception {
        Path depot = Files.createDirectories(Path.of(ConfigProvider.getConfig().getValue(CatalogueImporter.DEPOT, String.class)));
        CatalogueFile good = new CatalogueFile().addDemoCatalogue();
        CatalogueFile bad = new CatalogueFile();
        for (int n = 1; n <= 4; n++) {
            good.add(inCreteil(good.valid(n)));
            bad.add(inCreteil(bad.valid(n)));
        }
        bad.add(inCreteil(bad.with(5, 10, "Visioconférence")));
        Files.write(depot.resolve("catalogue-2027.xlsx"), good.xlsx());
        Files.write(depot.resolve("photo.xlsx"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        Files.writeString(depot.resolve("lisez-moi.txt"), "pas un catalogue");

        scanner.scanner();
        awaitFile(depot.resolve("archive/catalogue-2027.xlsx"));

        // one import at a time per campagne: the next night's file
        Files.write(depot.resolve("catalogue-faux.xlsx"), bad.xlsx());
        scanner.scanner();
        awaitFile(depot.resolve("erreur/catalogue-faux.xlsx"));
        assertThat(depot.resolve("erreur/catalogue-faux.xlsx.rejets.xlsx")).exists();
        assertThat(depot.resolve("erreur/photo.xlsx")).exists();
        assertThat(Files.readString(depot.resolve("erreur/photo.xlsx.motif.txt"))).contains("ni un classeur Excel");
        assertThat(depot.resolve("lisez-moi.txt")).as("un fichier qui n'est pas un tableur reste où il est").exists();
        assertThat(depot.resolve("catalogue-2027.xlsx")).doesNotExist();

        scanner.scanner();
        try (Stream<Path> enCours = Files.list(depot.resolve("en-cours"))) {
            assertThat(enCours).as("rien ne reste en cours").isEmpty();
        }
        try (Stream<Path> archive = Files.list(depot.resolve("archive"))) {
            assertThat(archive).as("un second passage ne réimporte rien").hasSize(1);
        }
    }

    /** A valid line of the generated file, moved to a lycée of the Val-de-Marne (académie de Créteil). */
    private static String[] inCreteil(String[] row) {
        row[1] = "94";
        row[2] = "Créteil";
        row[3] = CatalogueFile.uai("094" + row[3].substring(3, 7));
        return row;
    }

    private static void awaitFile(Path file) throws InterruptedException, IOException {
        Instant end = Instant.now().plus(TIMEOUT);
        while (!Files.exists(file)) {
            if (Instant.now().isAfter(end)) {
                try (Stream<Path> all = Files.walk(file.getParent().getParent())) {
                    throw new AssertionError(file + " n'est pas apparu ; dossier de dépôt : " + all.toList());
                }
            }
            Thread.sleep(200);
        }
    }
}
