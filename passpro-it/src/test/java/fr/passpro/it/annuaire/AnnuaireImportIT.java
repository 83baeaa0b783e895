package fr.passpro.it.annuaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.passpro.batch.annuaire.AnnuaireDropFolderScanner;
import fr.passpro.batch.annuaire.AnnuaireImportService;
import fr.passpro.batch.annuaire.ImportAnnuaireEtat;
import fr.passpro.batch.annuaire.ImportAnnuaireJob;
import fr.passpro.domain.catalogue.importation.StatutImport;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.it.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;

/**
 * The directory import job on the real Payara and MariaDB, for the académie de Créteil: each test draws UAIs of its
 * own, so that no other test's établissements are touched. A file in the national export's format creates, updates,
 * closes and reopens établissements, ignores what is not for Passpro, and reports its broken lines.
 */
@ExtendWith(ArquillianExtension.class)
class AnnuaireImportIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String EN_TETE = "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;"
            + "Statut_public_prive;Adresse_1;Code_postal;Nom_commune;Code_departement;Code_academie;"
            + "Voie_professionnelle;Mail;date_ouverture;etat;code_nature;libelle_nature";

    @Deployment
    static EnterpriseArchive deployment() {
        Path depot = Path.of(System.getProperty("java.io.tmpdir"), "passpro-depot-annuaire-" + UUID.randomUUID());
        return Deployments.withConfig(Deployments.passproWithTests(AnnuaireImportIT.class),
                ImportAnnuaireJob.DEPOT + "=" + depot + "\n");
    }

    @Inject
    AnnuaireImportService service;

    @Inject
    AnnuaireDropFolderScanner scanner;

    @Inject
    EtablissementRepository etablissements;

    @Inject
    AcademieRepository academies;

    @Resource(lookup = "jdbc/passpro")
    DataSource dataSource;

    private final Set<String> drawn = new HashSet<>();

    @Test
    void aDirectoryFileCreatesUpdatesClosesAndReportsItsBrokenLinesAndTwiceChangesNothing() throws Exception {
        String nouveauCollege = uai("077");
        String nouveauLycee = uai("093");
        Etablissement aMettreAJour = existant(uai("094"), "Ancien nom", Nature.COLLEGE, null);
        Etablissement aFermer = existant(uai("077"), "Collège qui ferme", Nature.COLLEGE, null);
        Etablissement aRouvrir = existant(uai("093"), "Lycée rouvert", Nature.LYCEE_PROFESSIONNEL, null);
        fermer(aRouvrir.getUai().code());
        String autreAcademie = uai("078");
        String mauvaiseLettre = uai("094");
        mauvaiseLettre = mauvaiseLettre.substring(0, 7) + (mauvaiseLettre.charAt(7) == 'A' ? 'B' : 'A');
        String sansNom = uai("077");
        String mauvaisDepartement = uai("075");
        String mauvaisMail = uai("093");
        String csv = EN_TETE + "\n"
                + ligne(nouveauCollege, "Collège Nouveau", "Collège", "Public", "Melun", "077", "24", "0",
                "ce." + nouveauCollege + "@ac-creteil.fr", "OUVERT", "340") // 2: created
                + ligne(nouveauLycee, "Lycée des métiers Nouveau", "Lycée", "Privé", "Bobigny", "93", "24", "1",
                "", "OUVERT", "320")                                        // 3: created, lycée professionnel privé
                + ligne(aMettreAJour.getUai().code(), "Collège Nouveau Nom", "Collège", "Public", "Créteil", "094",
                "24", "0", "ce." + aMettreAJour.getUai().code() + "@ac-creteil.fr", "A FERMER", "340") // 4: updated
                + ligne(aFermer.getUai().code(), "Collège qui ferme", "Collège", "Public", "Melun", "077", "24", "0",
                "", "FERME", "340")                                          // 5: closed
                + ligne(aRouvrir.getUai().code(), "Lycée rouvert", "Lycée", "Public", "Bobigny", "093", "24", "1",
                "", "OUVERT", "320")                                         // 6: reopened
                + ligne(autreAcademie, "Collège de Versailles", "Collège", "Public", "Versailles", "078", "25", "0",
                "", "OUVERT", "340")                                         // 7: another académie
                + ligne(uai("077"), "École élémentaire", "Ecole", "Public", "Melun", "077", "24", "", "", "OUVERT",
                "151")                                                       // 8: not managed
                + ligne(mauvaiseLettre, "Collège faux", "Collège", "Public", "Créteil", "094", "24", "0", "", "OUVERT",
                "340")                                                       // 9: bad check letter
                + ligne(sansNom, "", "Collège", "Public", "Melun", "077", "24", "0", "", "OUVERT", "340") // 10
                + ligne(mauvaisDepartement, "Collège de Paris", "Collège", "Public", "Paris", "075", "24", "0", "",
                "OUVERT", "340")                                             // 11: département of another académie
                + ligne(mauvaisMail, "Collège au mail faux", "Collège", "Public", "Bobigny", "093", "24", "0",
                "ce.college@", "OUVERT", "340")                              // 12: bad mail
                + ligne(nouveauCollege, "Collège Nouveau bis", "Collège", "Public", "Melun", "077", "24", "0", "",
                "OUVERT", "340");                                            // 13: duplicate of line 2
        byte[] fichier = csv.getBytes(StandardCharsets.UTF_8);
        long courriers = count("SELECT COUNT(*) FROM courrier");

        ImportAnnuaireEtat done = importAndWait(fichier, Map.of());

        assertThat(done.statut()).as(done.message()).isEqualTo(StatutImport.TERMINE);
        assertThat(done.lignesTotal()).isEqualTo(12);
        assertThat(done.lignesLues()).isEqualTo(12);
        assertThat(done.lignesAcceptees()).isEqualTo(5);
        assertThat(done.lignesHorsAcademie()).isEqualTo(1);
        assertThat(done.lignesNonGerees()).isEqualTo(1);
        assertThat(done.lignesRejetees()).isEqualTo(5);
        assertThat(done.crees()).isEqualTo(2);
        assertThat(done.modifies()).isEqualTo(2);
        assertThat(done.fermes()).isEqualTo(1);

        Etablissement college = etablissements.getByUai(Uai.of(nouveauCollege));
        assertThat(college.getNom()).isEqualTo("Collège Nouveau");
        assertThat(college.getNature()).isEqualTo(Nature.COLLEGE);
        assertThat(college.getDepartement().getCode()).isEqualTo("077");
        assertThat(college.getMailFonctionnel()).isEqualTo("ce." + nouveauCollege + "@ac-creteil.fr");
        Etablissement lycee = etablissements.getByUai(Uai.of(nouveauLycee));
        assertThat(lycee.getNature()).isEqualTo(Nature.LYCEE_PROFESSIONNEL);
        assertThat(lycee.getSecteur()).isEqualTo(Secteur.PRIVE);
        assertThat(lycee.getDepartement().getCode()).isEqualTo("093");
        Etablissement misAJour = etablissements.getByUai(aMettreAJour.getUai());
        assertThat(misAJour.getNom()).isEqualTo("Collège Nouveau Nom");
        assertThat(misAJour.getCommune()).isEqualTo("Créteil");
        assertThat(misAJour.isOuvert()).as("« A FERMER » : encore ouvert").isTrue();
        Etablissement ferme = etablissements.getByUai(aFermer.getUai());
        assertThat(ferme.isOuvert()).isFalse();
        assertThat(ferme.getDateFermeture()).isNotNull();
        assertThat(etablissements.getByUai(aRouvrir.getUai()).isOuvert()).isTrue();
        for (String absent : List.of(autreAcademie, sansNom, mauvaisDepartement, mauvaisMail)) {
            assertThat(etablissements.findByUai(Uai.of(absent))).as(absent).isEmpty();
        }

        List<String[]> report = readReport(service.rapportRejets(done.id()));
        assertThat(report.get(0)).containsExactly("Ligne", "Colonne", "Valeur", "Motif", "Gravité");
        assertThat(report.subList(1, report.size())).extracting(r -> r[0]).containsExactly("9", "10", "11", "12", "13");
        assertThat(report.get(1)).satisfies(r -> {
            assertThat(r[1]).isEqualTo("Identifiant_de_l_etablissement");
            assertThat(r[3]).contains("lettre de contrôle attendue");
        });
        assertThat(report.get(2)[1]).isEqualTo("Nom_etablissement");
        assertThat(report.get(3)).satisfies(r -> {
            assertThat(r[1]).isEqualTo("Code_departement");
            assertThat(r[2]).isEqualTo("075");
            assertThat(r[3]).contains("Département inconnu de l'académie 24");
        });
        assertThat(report.get(4)).satisfies(r -> {
            assertThat(r[1]).isEqualTo("Mail");
            assertThat(r[3]).contains("Adresse électronique invalide");
        });
        assertThat(report.get(5)[3]).contains("Doublon de la ligne 2");

        // The same file again: same state, nothing counted as changed, no version moved, no mail.
        Map<String, Integer> versions = versions(nouveauCollege, nouveauLycee, aMettreAJour.getUai().code(),
                aFermer.getUai().code(), aRouvrir.getUai().code());
        ImportAnnuaireEtat second = importAndWait(fichier, Map.of());
        assertThat(second.statut()).isEqualTo(StatutImport.TERMINE);
        assertThat(second.crees()).isZero();
        assertThat(second.modifies()).isZero();
        assertThat(second.fermes()).isZero();
        assertThat(second.lignesRejetees()).isEqualTo(5);
        assertThat(versions(nouveauCollege, nouveauLycee, aMettreAJour.getUai().code(), aFermer.getUai().code(),
                aRouvrir.getUai().code())).isEqualTo(versions);
        assertThat(count("SELECT COUNT(*) FROM courrier")).as("aucun courriel").isEqualTo(courriers);
    }

    @Test
    void aWrongHeaderFailsAtOnceNamingTheMissingColumnsAndChangesNothing() throws Exception {
        String uai = uai("077");
        String csv = "UAI;Nom;Ville;Département\n" + uai + ";Collège;Melun;77\n";

        ImportAnnuaireEtat done = importAndWait(csv.getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(done.statut()).isEqualTo(StatutImport.REFUSE);
        assertThat(done.message()).contains("n'a pas l'en-tête de l'annuaire de l'éducation")
                .contains("« Type_etablissement »").contains("« Code_academie »").contains("« Mail »")
                .contains("Aucun établissement n'a été modifié");
        assertThat(done.lignesLues()).isZero();
        assertThat(etablissements.findByUai(Uai.of(uai))).isEmpty();
    }

    @Test
    void aJobStoppedInTheMiddleAndRestartedProcessesEveryLineOnce() throws Exception {
        StringBuilder csv = new StringBuilder(EN_TETE).append('\n');
        List<String> uais = new ArrayList<>();
        for (int n = 1; n <= 11; n++) {
            String uai = uai("094");
            uais.add(uai);
            boolean casse = n == 3 || n == 9;   // lines 4 and 10: no name
            csv.append(ligne(uai, casse ? "" : "Collège " + n, "Collège", "Public", "Créteil", "094", "24", "0", "",
                    "OUVERT", "340"));
        }
        long id = service.importer("24", "annuaire.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "test",
                Map.of(ImportAnnuaireJob.OPTION_TAILLE_PAQUET, "2", ImportAnnuaireJob.OPTION_ECHEC_LIGNE, "7"));
        ImportAnnuaireEtat failed = waitForEnd(id);
        assertThat(failed.statut()).isEqualTo(StatutImport.ECHEC);
        assertThat(failed.message()).contains("Relancez");
        long before = countIn(uais);
        assertThat(before).as("les paquets enregistrés avant l'échec restent").isBetween(1L, 8L);
        assertThat(failed.crees()).isEqualTo((int) before);

        service.relancer(id);
        ImportAnnuaireEtat done = waitForEnd(id);

        assertThat(done.statut()).as(done.message()).isEqualTo(StatutImport.TERMINE);
        assertThat(done.lignesLues()).isEqualTo(11);
        assertThat(done.crees()).isEqualTo(9);
        assertThat(done.lignesRejetees()).isEqualTo(2);
        assertThat(countIn(uais)).isEqualTo(9);
        assertThat(readReport(service.rapportRejets(id)).subList(1, 3)).extracting(r -> r[0])
                .as("chaque ligne rejetée une seule fois").containsExactly("4", "10");
    }

    @Test
    void theNightlyDropFolderFilesEachCsvInArchiveOrErreur() throws Exception {
        Path depot = Files.createDirectories(Path.of(ConfigProvider.getConfig()
                .getValue(ImportAnnuaireJob.DEPOT, String.class)));
        String uai = uai("093");
        Files.writeString(depot.resolve("annuaire-2027-01.csv"), "\uFEFF" + EN_TETE + "\n"
                + ligne(uai, "Collège du dépôt", "Collège", "Public", "Bobigny", "093", "24", "0", "", "OUVERT", "340")
                + ligne("0930000A", "Collège faux", "Collège", "Public", "Bobigny", "093", "24", "0", "", "OUVERT", "340"));
        Files.writeString(depot.resolve("lisez-moi.txt"), "pas un annuaire");

        scanner.scanner();
        awaitFile(depot.resolve("archive/annuaire-2027-01.csv"));
        assertThat(depot.resolve("archive/annuaire-2027-01.csv.rejets.xlsx")).exists();
        assertThat(etablissements.findByUai(Uai.of(uai))).isPresent();

        Files.writeString(depot.resolve("mauvais.csv"), "UAI;Nom\n" + uai("093") + ";Collège\n");
        scanner.scanner();
        awaitFile(depot.resolve("erreur/mauvais.csv"));
        assertThat(Files.readString(depot.resolve("erreur/mauvais.csv.motif.txt"))).contains("« Code_academie »");
        assertThat(depot.resolve("lisez-moi.txt")).as("un fichier qui n'est pas un .csv reste où il est").exists();
        scanner.scanner();
        try (Stream<Path> enCours = Files.list(depot.resolve("en-cours"))) {
            assertThat(enCours).as("rien ne reste en cours").isEmpty();
        }
    }

    private static String ligne(String uai, String nom, String type, String statut, String commune, String dep,
                                String academie, String voiePro, String mail, String etat, String codeNature) {
        return String.join(";", uai, nom, type, statut, "1 rue de la République", "77000", commune, dep, academie,
                voiePro, mail, "1975-09-01", etat, codeNature, "") + "\n";
    }

    /** A UAI of this département that no établissement has, nor any other line of this test. */
    private String uai(String departement) throws SQLException {
        while (true) {
            String uai = Uai.withCheckLetter(departement + (1000 + ThreadLocalRandom.current().nextInt(9000))).code();
            if (drawn.add(uai) && countIn(List.of(uai)) == 0) {
                return uai;
            }
        }
    }

    private Etablissement existant(String uai, String nom, Nature nature, String mail) {
        return etablissements.save(new Etablissement(Uai.of(uai), nom, nature, Secteur.PUBLIC, "Ancienne commune",
                academies.getDepartement(uai.substring(0, 3)), mail));
    }

    private void fermer(String uai) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE etablissement SET ouvert = FALSE, date_fermeture = "
                     + "'2020-07-01' WHERE uai = ?")) {
            s.setString(1, uai);
            s.executeUpdate();
        }
    }

    private ImportAnnuaireEtat importAndWait(byte[] csv, Map<String, String> options) {
        return waitForEnd(service.importer("24", "annuaire.csv", csv, "test", options));
    }

    /** Polls the import until its job is over. */
    private ImportAnnuaireEtat waitForEnd(long id) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        ImportAnnuaireEtat etat = service.etat(id);
        while (!etat.termine() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            etat = service.etat(id);
        }
        assertThat(etat.termine()).as("import %s fini avant %s : %s", id, TIMEOUT, etat).isTrue();
        return etat;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private long countIn(List<String> uais) throws SQLException {
        String in = String.join(",", uais.stream().map(u -> "'" + u + "'").toList());
        return count("SELECT COUNT(*) FROM etablissement WHERE uai IN (" + in + ")");
    }

    private Map<String, Integer> versions(String... uais) throws SQLException {
        Map<String, Integer> versions = new java.util.HashMap<>();
        String in = String.join(",", Stream.of(uais).map(u -> "'" + u + "'").toList());
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT uai, version FROM etablissement WHERE uai IN (" + in + ")");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                versions.put(r.getString(1), r.getInt(2));
            }
        }
        return versions;
    }

    private static List<String[]> readReport(byte[] xlsx) throws IOException {
        List<String[]> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                String[] cells = new String[5];
                for (int c = 0; c < 5; c++) {
                    var cell = row.getCell(c);
                    cells[c] = cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue();
                }
                lines.add(cells);
            }
        }
        return lines;
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
