package fr.passpro.batch.catalogue;

import static java.util.logging.Level.INFO;
import static java.util.logging.Level.WARNING;

import fr.passpro.application.catalogue.importation.CatalogueImporter;
import fr.passpro.application.catalogue.importation.ImportEnCoursException;
import fr.passpro.application.catalogue.importation.ImportProgress;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.application.traitement.ConsoleTraitements;
import fr.passpro.batch.BatchJobs;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.importation.CatalogueImport;
import fr.passpro.domain.catalogue.importation.StatutImport;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.infrastructure.excel.FichierRefuseException;
import fr.passpro.infrastructure.excel.TabularReader;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The catalogue import: the one bean that starts, restarts and follows the {@value ImportCatalogueJob#NAME} job,
 * through {@link BatchJobs} (Payara shows a job only to the component that started it). Admin methods act within the caller's académie;
 * the {@code …Traitement} methods, for the nightly scanner and the tests, take the campagne or import explicitly.
 *
 * <p>Jobs start outside any transaction (the batch repository is an XA pool): the import row is stored by a call
 * to this bean through its own proxy, in a transaction of its own that commits before the job starts.
 */
@Stateless
@LocalBean
@Local(CatalogueImporter.class)
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogueImportService implements CatalogueImporter {

    private static final Logger logger = Logger.getLogger(CatalogueImportService.class.getName());
    private static final int DERNIERS_MAX = 50;
    /** Beyond this, an import still unfinished is taken for abandoned (20,000 lines take well under a minute). */
    private static final Duration ABANDON = Duration.ofMinutes(30);

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private CatalogueImportRepository imports;

    @Inject
    private CatalogueReports reports;

    @Inject
    private CatalogueImportSteps steps;

    @Inject
    private Clock clock;

    @EJB
    private CatalogueImportService self;

    /** Starts and queries the job, so that the jobs console, which goes through it too, sees its executions. */
    @EJB
    private BatchJobs jobs;

    @Override
    public long importer(String nomFichier, byte[] contenu) {
        Campagne campagne = campagnes.getCourante(currentUser.scope().academieCode());
        return importerTraitement(campagne.getId(), nomFichier, contenu, currentUser.require().getLogin(), Map.of());
    }

    @Override
    @PermitAll
    public long importerTraitement(long campagneId, String nomFichier, byte[] contenu, String demarrePar,
                                   Map<String, String> options) {
        verifier(nomFichier, contenu);
        long importId = self.enregistrer(campagneId, nomFichier, contenu, demarrePar);
        Properties parameters = new Properties();
        options.forEach(parameters::setProperty);
        parameters.setProperty(ImportCatalogueJob.PARAM_IMPORT_ID, Long.toString(importId));
        // recorded with the run, as the README says: asadmin list-batch-job-executions shows them
        parameters.setProperty(ConsoleTraitements.PARAM_ACADEMIE, academieDe(campagneId));
        parameters.setProperty(ConsoleTraitements.PARAM_LANCE_PAR, demarrePar);
        long executionId = jobs.start(ImportCatalogueJob.NAME, parameters);
        logger.log(INFO, "Import du catalogue {0} ({1}) démarré par {2} : exécution {3}",
                new Object[] {importId, nomFichier, demarrePar, executionId});
        return importId;
    }

    /** Refuses upfront a file that cannot be imported at all, with the reason in French. */
    private void verifier(String nomFichier, byte[] contenu) {
        if (contenu == null || contenu.length == 0) {
            throw new FichierRefuseException("Le fichier « " + (nomFichier == null ? "" : nomFichier.strip())
                    + " » est vide (0 octet) : enregistrez à nouveau le catalogue depuis votre tableur, puis déposez-le.");
        }
        try (TabularReader reader = TabularReader.open(nomFichier, contenu, tailleMax())) {
            if (!reader.iterator().hasNext()) {
                throw new FichierRefuseException("Le fichier ne contient aucune ligne de formation sous la ligne de titres.");
            }
        }
    }

    /** Stores the import in a transaction of its own (called through {@link #self}). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long enregistrer(long campagneId, String nomFichier, byte[] contenu, String demarrePar) {
        Campagne campagne = imports.findCampagne(campagneId)
                .orElseThrow(() -> new NotFoundException("La campagne " + campagneId + " n'existe pas."));
        boolean occupe = imports.findLatest(campagne.getAcademie().getCode(), 5).stream()
                .filter(i -> i.getCampagne().getId().equals(campagneId) && !i.getStatut().isFinal())
                .anyMatch(i -> !abandonne(i));
        if (occupe) {
            throw new ImportEnCoursException();
        }
        CatalogueImport catalogueImport = new CatalogueImport(campagne, nomFichier, contenu,
                ImportCatalogueJob.seuilRejet(), demarrePar, clock.instant());
        return imports.save(catalogueImport).getId();
    }

    @Override
    public ImportProgress progression(long importId) {
        return ImportProgress.of(visible(importId));
    }

    @Override
    @PermitAll
    public ImportProgress progressionTraitement(long importId) {
        return ImportProgress.of(imports.get(importId));
    }

    @Override
    public List<ImportProgress> derniers(int n) {
        return imports.findLatest(currentUser.scope().academieCode(), Math.max(1, Math.min(n, DERNIERS_MAX))).stream()
                .map(ImportProgress::of).toList();
    }

    @Override
    public byte[] rapportRejets(long importId) {
        visible(importId);
        return reports.rapportRejets(importId);
    }

    @Override
    @PermitAll
    public byte[] rapportRejetsTraitement(long importId) {
        return reports.rapportRejets(importId);
    }

    @Override
    public void relancer(long importId) {
        visible(importId);
        relancerPar(importId, currentUser.require().getLogin());
    }

    @Override
    @PermitAll
    public void relancerTraitement(long importId) {
        relancerPar(importId, imports.get(importId).getDemarrePar());
    }

    private String academieDe(long campagneId) {
        return imports.findCampagne(campagneId).map(c -> c.getAcademie().getCode())
                .orElseThrow(() -> new NotFoundException("La campagne " + campagneId + " n'existe pas."));
    }

    private void relancerPar(long importId, String lancePar) {
        CatalogueImport catalogueImport = imports.get(importId);
        if (catalogueImport.getStatut() != StatutImport.ECHEC || catalogueImport.getJobExecutionId() == null) {
            throw new InvalidValueException("Seul un import en échec peut être relancé (celui-ci est "
                    + catalogueImport.getStatut().libelle().toLowerCase(java.util.Locale.ROOT) + ").");
        }
        Properties parameters = new Properties();
        parameters.setProperty(ImportCatalogueJob.PARAM_IMPORT_ID, Long.toString(importId));
        parameters.setProperty(ConsoleTraitements.PARAM_ACADEMIE, catalogueImport.getCampagne().getAcademie().getCode());
        parameters.setProperty(ConsoleTraitements.PARAM_LANCE_PAR, lancePar);
        steps.reprendre(importId);
        long executionId;
        try {
            executionId = jobs.restart(catalogueImport.getJobExecutionId(), parameters);
        } catch (RuntimeException e) {
            steps.repriseImpossible(importId, "La reprise n'a pas pu être lancée : " + e.getMessage());
            throw e;
        }
        logger.log(INFO, "Import du catalogue {0} relancé : exécution {1}", new Object[] {importId, executionId});
    }

    @Override
    @PermitAll
    public byte[] modele() {
        return CatalogueWorkbooks.modele();
    }

    @Override
    @PermitAll
    public long tailleMax() {
        return ImportCatalogueJob.tailleMax();
    }

    private CatalogueImport visible(long importId) {
        return imports.findForAcademie(importId, currentUser.scope().academieCode())
                .orElseThrow(() -> new NotFoundException("L'import " + importId + " n'existe pas dans votre académie."));
    }

    /**
     * An import left unfinished by a job that no longer runs (the server stopped under it) is marked as failed, so
     * that it can be restarted and no longer blocks the next import.
     */
    private boolean abandonne(CatalogueImport i) {
        boolean mort;
        if (i.getJobExecutionId() == null) {
            mort = i.getDemarreLe().isBefore(clock.instant().minus(ABANDON));
        } else {
            BatchStatus status = jobs.execution(i.getJobExecutionId()).getBatchStatus();
            mort = EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED, BatchStatus.COMPLETED)
                    .contains(status) || i.getDemarreLe().isBefore(clock.instant().minus(ABANDON));
        }
        if (mort) {
            if (i.getStatut() == StatutImport.EN_ATTENTE && i.getJobExecutionId() != null) {
                i.demarrer(i.getJobExecutionId());
            }
            i.echouer("L'import a été interrompu (arrêt ou redémarrage du serveur) : relancez-le.", clock.instant());
            logger.log(WARNING, "Import du catalogue {0} interrompu, marqué en échec", i.getId());
        }
        return mort;
    }

}
