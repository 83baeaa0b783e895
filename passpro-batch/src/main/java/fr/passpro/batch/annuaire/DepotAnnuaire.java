package fr.passpro.batch.annuaire;

import fr.passpro.batch.RapportRejets;
import fr.passpro.batch.depot.DossierDepot;
import fr.passpro.domain.catalogue.importation.Rejet;
import fr.passpro.domain.catalogue.importation.StatutImport;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The nightly drop folder of the directory ({@value ImportAnnuaireJob#DEPOT}), a {@link DossierDepot} of .csv files:
 * a file goes to {@code archive/} when its import is TERMINE (with {@code <name>.rejets.xlsx} if lines were
 * rejected), to {@code erreur/} with {@code <name>.motif.txt} (and the report, if any) when it is REFUSE or ECHEC.
 */
@Dependent
public class DepotAnnuaire {

    private static final Set<String> EXTENSIONS = Set.of(".csv");

    @Inject
    private AnnuaireImportSteps steps;

    /** The configured drop folder, if any. */
    public Optional<DossierDepot> depot() {
        return ImportAnnuaireJob.config().getOptionalValue(ImportAnnuaireJob.DEPOT, String.class)
                .filter(s -> !s.isBlank()).map(s -> new DossierDepot(Path.of(s), EXTENSIONS));
    }

    /** Files the drop-folder file of an import whose job is over; does nothing for other imports or a running one. */
    public void classer(long importId) {
        Optional<DossierDepot> depot = depot();
        if (depot.isEmpty()) {
            return;
        }
        StatutImport statut = steps.statut(importId);
        if (!statut.isFinal()) {
            return;
        }
        depot.get().classer(importId, statut == StatutImport.TERMINE, () -> {
            Map<String, byte[]> annexes = new LinkedHashMap<>();
            List<Rejet> rejets = steps.rejets(importId);
            if (!rejets.isEmpty()) {
                annexes.put(".rejets.xlsx", RapportRejets.xlsx(rejets));
            }
            if (statut != StatutImport.TERMINE) {
                annexes.put(".motif.txt", String.valueOf(steps.message(importId)).getBytes(StandardCharsets.UTF_8));
            }
            return annexes;
        });
    }
}
