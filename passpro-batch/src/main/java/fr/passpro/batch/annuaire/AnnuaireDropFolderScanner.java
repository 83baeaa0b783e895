package fr.passpro.batch.annuaire;

import static java.util.logging.Level.INFO;
import static java.util.logging.Level.WARNING;

import fr.passpro.batch.depot.DossierDepot;
import fr.passpro.domain.academie.Academie;
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
 * The nightly directory import: at 2:45 (Paris) every .csv of the drop folder ({@value ImportAnnuaireJob#DEPOT}) is
 * claimed and imported for the académie {@value ImportAnnuaireJob#DEPOT_ACADEMIE} (default Créteil), one after the
 * other. It only starts jobs; the job listener files each file when its job ends, and the next run files those whose
 * end it missed. With several server instances, each file is claimed by exactly one of them.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnnuaireDropFolderScanner {

    private static final Logger logger = Logger.getLogger(AnnuaireDropFolderScanner.class.getName());

    @Inject
    private DepotAnnuaire depotAnnuaire;

    @Inject
    private AnnuaireImportService service;

    @Schedule(hour = "2", minute = "45", timezone = "Europe/Paris", persistent = false,
            info = "Import nocturne de l'annuaire des établissements")
    public void scanner() {
        Optional<DossierDepot> found = depotAnnuaire.depot();
        if (found.isEmpty()) {
            return;
        }
        DossierDepot depot = found.get();
        depot.importsEnCours().forEach(depotAnnuaire::classer);
        String academie = ImportAnnuaireJob.config().getOptionalValue(ImportAnnuaireJob.DEPOT_ACADEMIE, String.class)
                .orElse(Academie.CRETEIL);
        for (Path file : depot.enAttente()) {
            Optional<Path> claimed = depot.reserver(file);
            if (claimed.isEmpty()) {
                continue;
            }
            String nom = DossierDepot.nomOriginal(claimed.get());
            try {
                long importId = service.importer(academie, nom, Files.readAllBytes(claimed.get()),
                        ImportAnnuaireJob.AUTEUR_NOCTURNE, Map.of());
                depot.associer(claimed.get(), importId);
                depotAnnuaire.classer(importId);
                logger.log(INFO, "Import nocturne de l''annuaire : {0} (import {1})", new Object[] {nom, importId});
            } catch (AnnuaireImportEnCoursException e) {
                // not a fault of the file: it waits in the folder for the next run
                depot.liberer(claimed.get(), nom);
                logger.log(INFO, "Import nocturne de l''annuaire : {0} attend la fin de l''import en cours", nom);
            } catch (RuntimeException | IOException e) {
                logger.log(WARNING, "Import nocturne de l'annuaire : " + nom + " refusé", e);
                depot.refuser(claimed.get(), nom, e.getMessage());
            }
        }
    }
}
