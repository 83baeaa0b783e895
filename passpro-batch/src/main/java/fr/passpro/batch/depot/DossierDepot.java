package fr.passpro.batch.depot;

import static java.util.logging.Level.INFO;
import static java.util.logging.Level.WARNING;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A nightly drop folder and its sub-folders, shared by the server instances: a file is claimed by an atomic rename
 * into {@code en-cours/} (only one instance can win it), renamed {@code <import id>-<name>} once its import exists,
 * and filed into {@code archive/} or {@code erreur/} when the job ends, with its annexes beside it (reject report,
 * reason). Every move is a rename: when two instances try, one wins and the other finds nothing to move.
 * Each import (catalogue, établissements directory) has its own folder.
 */
public final class DossierDepot {

    public static final String EN_COURS = "en-cours";
    public static final String ARCHIVE = "archive";
    public static final String ERREUR = "erreur";
    private static final String CLAIM = ".claim-";

    private static final Logger logger = Logger.getLogger(DossierDepot.class.getName());

    private final Path dossier;
    private final Set<String> extensions;

    /**
     * @param extensions the file name endings taken, lower case with their dot (« .csv »)
     */
    public DossierDepot(Path dossier, Set<String> extensions) {
        this.dossier = Objects.requireNonNull(dossier, "dossier");
        this.extensions = Set.copyOf(extensions);
    }

    public Path dossier() {
        return dossier;
    }

    /** The files waiting in the folder (not in its sub-folders), by name. */
    public List<Path> enAttente() {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dossier)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dossier)) {
            for (Path p : stream) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isRegularFile(p) && !name.startsWith(".") && extensions.stream().anyMatch(name::endsWith)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            logger.log(WARNING, "Dossier de dépôt illisible : " + dossier, e);
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

    /**
     * Files the file of an import whose job is over into archive/ or erreur/.
     *
     * @param annexes asked for only when the file is there: suffix (« .rejets.xlsx ») → content, written beside it
     */
    public void classer(long importId, boolean reussi, Supplier<Map<String, byte[]>> annexes) {
        if (!Files.isDirectory(dossier.resolve(EN_COURS))) {
            return;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dossier.resolve(EN_COURS), importId + "-*")) {
            for (Path file : stream) {
                String name = file.getFileName().toString().substring((importId + "-").length());
                Path target = Files.createDirectories(dossier.resolve(reussi ? ARCHIVE : ERREUR));
                for (Map.Entry<String, byte[]> annexe : annexes.get().entrySet()) {
                    Files.write(target.resolve(name + annexe.getKey()), annexe.getValue());
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
        if (!Files.isDirectory(dossier.resolve(EN_COURS))) {
            return ids;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dossier.resolve(EN_COURS))) {
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
            throw new UncheckedIOException(e);
        }
    }
}
