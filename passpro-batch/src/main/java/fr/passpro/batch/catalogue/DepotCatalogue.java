package fr.passpro.batch.catalogue;

import fr.passpro.application.catalogue.importation.CatalogueImporter;
import fr.passpro.batch.depot.DossierDepot;
import fr.passpro.domain.catalogue.importation.StatutImport;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The nightly drop folder of the catalogue ({@value CatalogueImporter#DEPOT}), a {@link DossierDepot} of spreadsheets:
 * a file goes to {@code archive/} when its import is TERMINE, to {@code erreur/} with {@code <name>.rejets.xlsx}
 * when it is REFUSE or ECHEC.
 */
@Dependent
public class DepotCatalogue {

    private static final Set<String> EXTENSIONS = Set.of(".xlsx", ".xls", ".csv");

    @Inject
    private CatalogueImportRepository imports;

    @Inject
    private CatalogueReports reports;

    /** The configured drop folder, if any. */
    public Optional<Path> dossier() {
        return ImportCatalogueJob.config().getOptionalValue(CatalogueImporter.DEPOT, String.class)
                .filter(s -> !s.isBlank()).map(Path::of);
    }

    private Optional<DossierDepot> depot() {
        return dossier().map(d -> new DossierDepot(d, EXTENSIONS));
    }

    private DossierDepot requireDepot() {
        return depot().orElseThrow(() -> new IllegalStateException("Aucun dossier de dépôt du catalogue configuré ("
                + CatalogueImporter.DEPOT + ")."));
    }

    /** The spreadsheet files waiting in the folder (not in its sub-folders). */
    public List<Path> enAttente() {
        return depot().map(DossierDepot::enAttente).orElse(List.of());
    }

    /** Moves the file into en-cours/ under a name of its own; empty when another instance took it first. */
    public Optional<Path> reserver(Path file) {
        return requireDepot().reserver(file);
    }

    /** The original name of a claimed file. */
    public static String nomOriginal(Path claimed) {
        return DossierDepot.nomOriginal(claimed);
    }

    /** Gives a claimed file the name of its import, so that the end of the job finds it. */
    public void associer(Path claimed, long importId) {
        requireDepot().associer(claimed, importId);
    }

    /** Files the drop-folder file of an import whose job is over; does nothing for other imports or a running one. */
    public void classer(long importId) {
        Optional<DossierDepot> depot = depot();
        if (depot.isEmpty()) {
            return;
        }
        StatutImport statut = imports.get(importId).getStatut();
        if (!statut.isFinal()) {
            return;
        }
        boolean reussi = statut == StatutImport.TERMINE;
        depot.get().classer(importId, reussi,
                () -> reussi ? Map.of() : Map.of(".rejets.xlsx", reports.rapportRejets(importId)));
    }

    /** A claimed file that cannot be imported yet goes back to the folder, under its own name, for the next run. */
    public void liberer(Path claimed, String nom) {
        requireDepot().liberer(claimed, nom);
    }

    /** A claimed file refused before any import: into erreur/, with the reason beside it. */
    public void refuser(Path claimed, String nom, String motif) {
        requireDepot().refuser(claimed, nom, motif);
    }

    /** The imports whose file waits in en-cours/, by id: a run of the scanner files those whose job is over. */
    public List<Long> importsEnCours() {
        return depot().map(DossierDepot::importsEnCours).orElse(List.of());
    }
}
