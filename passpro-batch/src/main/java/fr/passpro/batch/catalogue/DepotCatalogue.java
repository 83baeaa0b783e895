package fr.passpro.batch.catalogue;

import static java.util.logging.Level.INFO;
import static java.util.logging.Level.WARNING;

import fr.passpro.application.catalogue.importation.CatalogueImporter;
import fr.passpro.domain.catalogue.importation.StatutImport;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The nightly drop folder ({@value CatalogueImporter#DEPOT}) and its sub-folders: a file is claimed by an atomic
 * rename into {@code en-cours/} (only one server instance can win it), renamed {@code <import id>-<name>} once its
 * import exists, and filed into {@code archive/} (TERMINE) or {@code erreur/} (REFUSE, ECHEC, with
 * {@code <name>.rejets.xlsx}) when the job ends. Every move is a rename: when two instances try, one wins and the
 * other finds nothing to move.
 */
@Dependent
public class DepotCatalogue {

    static final String EN_COURS = "en-cours";
    static final String ARCHIVE = "archive";
    static final String ERREUR = "erreur";
    private static final String CLAIM = ".claim-";

    private static final Logger logger = Logger.getLogger(DepotCatalogue.class.getName());

    @Inject
    private CatalogueImportRepository imports;

    @Inject
    private CatalogueReports reports;

    /** The configured drop folder, if any. */
    public Optional<Path> dossier() {
        return ImportCatalogueJob.config().getOptionalValue(CatalogueImporter.DEPOT, String.class)
                .filter(s -> !s.isBlank()).map(Path::of);
    }

    /** The spreadsheet files waiting in the folder (not in its sub-folders). */
    public List<Path> enAttente() {
        List<Path> files = new ArrayList<>();
        Optional<Path> dir = dossier();
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir.get())) {
            for (Path p : stream) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(p) && !name.startsWith(".")
                        && (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".csv"))) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            logger.log(WARNING, "Dossier de dépôt du catalogue illisible : " + dir.get(), e);
        }
        files.sort(null);
        return files;
    }

    /** Moves the file into en-cours/ under a name of its own; empty when another instance took it first. */
    public Optional<Path> reserver(Path file) {
        try {
            Path enCours = Files.createDirectories(file.resolveSibling(EN_COURS));
            Path claimed = enCours.resolve(CLAIM + UUID.randomUUID() + "-" + file.getFileName());
            return Optional.of(Files.move(file, claimed, StandardCopyOption.ATOMIC_MOVE));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (AtomicMoveNotSupportedException e) {
            throw new IllegalStateException("Le dossier de dépôt ne permet pas de déplacement atomique : " + file, e);
        } catch (IOException e) {
            logger.log(WARNING, "Fichier de dépôt non réservé : " + file, e);
            return Optional.empty();
        }
    }

    /** The original name of a claimed file. */
    public static String nomOriginal(Path claimed) {
        String name = claimed.getFileName().toString();
        return name.startsWith(CLAIM) ? name.substring(CLAIM.length() + 37) : name;
    }

    /** Gives a claimed file the name of its import, so that the end of the job finds it. */
    public void associer(Path claimed, long importId) {
        move(claimed, claimed.resolveSibling(importId + "-" + nomOriginal(claimed)));
    }

    /** Files the drop-folder file of an import whose job is over; does nothing for other imports or a running one. */
    public void classer(long importId) {
        Optional<Path> dir = dossier();
        if (dir.isEmpty() || !Files.isDirectory(dir.get().resolve(EN_COURS))) {
            return;
        }
        StatutImport statut = imports.get(importId).getStatut();
        if (!statut.isFinal()) {
            return;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir.get().resolve(EN_COURS), importId + "-*")) {
            for (Path file : stream) {
                String name = file.getFileName().toString().substring((importId + "-").length());
                Path target = Files.createDirectories(dir.get().resolve(statut == StatutImport.TERMINE ? ARCHIVE : ERREUR));
                if (statut != StatutImport.TERMINE) {
                    Files.write(target.resolve(name + ".rejets.xlsx"), reports.rapportRejets(importId));
                }
                if (move(file, target.resolve(name))) {
                    logger.log(INFO, "Fichier de dépôt {0} classé dans {1}", new Object[] {name, target});
                }
            }
        } catch (IOException e) {
            logger.log(WARNING, "Classement du fichier de l'import " + importId + " impossible", e);
        }
    }

    /** A claimed file that cannot be imported yet goes back to the folder, under its own name, for the next run. */
    public void liberer(Path claimed, String nom) {
        move(claimed, claimed.getParent().resolveSibling(nom));
    }

    /** A claimed file refused before any import: into erreur/, with the reason beside it. */
    public void refuser(Path claimed, String nom, String motif) {
        try {
            Path erreur = Files.createDirectories(claimed.getParent().resolveSibling(ERREUR));
            Files.writeString(erreur.resolve(nom + ".motif.txt"), motif == null ? "Erreur technique." : motif);
            move(claimed, erreur.resolve(nom));
        } catch (IOException e) {
            logger.log(WARNING, "Fichier refusé non classé : " + claimed, e);
        }
    }

    /** The imports whose file waits in en-cours/, by id: a run of the scanner files those whose job is over. */
    public List<Long> importsEnCours() {
        List<Long> ids = new ArrayList<>();
        Optional<Path> dir = dossier();
        if (dir.isEmpty() || !Files.isDirectory(dir.get().resolve(EN_COURS))) {
            return ids;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir.get().resolve(EN_COURS))) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                int dash = name.indexOf('-');
                if (dash > 0 && name.substring(0, dash).chars().allMatch(Character::isDigit)) {
                    ids.add(Long.parseLong(name.substring(0, dash)));
                }
            }
        } catch (IOException e) {
            logger.log(WARNING, "Dossier en-cours illisible", e);
        }
        return ids;
    }

    /** A rename; false when the source is gone (another instance moved it). */
    private static boolean move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (NoSuchFileException | FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
