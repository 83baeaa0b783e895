package fr.passpro.batch.catalogue;

import static java.util.logging.Level.INFO;
import static java.util.logging.Level.WARNING;

import fr.passpro.application.catalogue.importation.ImportEnCoursException;
import fr.passpro.domain.academie.Academie;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The nightly catalogue import: at 2:30 every file of the drop folder ({@code passpro.catalogue.depot}) is claimed
 * and imported for the current campagne of the académie configured by {@code passpro.catalogue.depot.academie}
 * (default Créteil). It only starts jobs; the job listener files each file when its job ends, and the next run
 * files those whose end it missed. With several server instances, each file is claimed by exactly one of them.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogueDropFolderScanner {

    static final String ACADEMIE = "passpro.catalogue.depot.academie";

    private static final Logger logger = Logger.getLogger(CatalogueDropFolderScanner.class.getName());

    @Inject
    private DepotCatalogue depot;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private CatalogueImportService service;

    @Schedule(hour = "2", minute = "30", persistent = false, info = "Import nocturne du catalogue")
    public void scanner() {
        Optional<Path> dossier = depot.dossier();
        if (dossier.isEmpty()) {
            return;
        }
        depot.importsEnCours().forEach(depot::classer);
        String academie = ImportCatalogueJob.config().getOptionalValue(ACADEMIE, String.class).orElse(Academie.CRETEIL);
        for (Path file : depot.enAttente()) {
            Optional<Path> claimed = depot.reserver(file);
            if (claimed.isEmpty()) {
                continue;
            }
            String nom = DepotCatalogue.nomOriginal(claimed.get());
            try {
                long campagneId = campagnes.getCourante(academie).getId();
                long importId = service.importerTraitement(campagneId, nom, Files.readAllBytes(claimed.get()),
                        ImportCatalogueJob.AUTEUR_NOCTURNE, Map.of());
                depot.associer(claimed.get(), importId);
                depot.classer(importId);
                logger.log(INFO, "Import nocturne du catalogue : {0} (import {1})", new Object[] {nom, importId});
            } catch (ImportEnCoursException e) {
                // not a fault of the file: it waits in the folder for the next run
                depot.liberer(claimed.get(), nom);
                logger.log(INFO, "Import nocturne du catalogue : {0} attend la fin de l''import en cours", nom);
            } catch (RuntimeException | IOException e) {
                logger.log(WARNING, "Import nocturne du catalogue : " + nom + " refusé", e);
                depot.refuser(claimed.get(), nom, e.getMessage());
            }
        }
    }
}
