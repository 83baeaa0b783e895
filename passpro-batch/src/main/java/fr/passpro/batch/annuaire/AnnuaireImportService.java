package fr.passpro.batch.annuaire;

import static java.util.logging.Level.INFO;
import static java.util.logging.Level.WARNING;

import fr.passpro.batch.RapportRejets;
import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.catalogue.importation.StatutImport;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.etablissement.annuaire.AnnuaireImport;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.infrastructure.excel.FichierRefuseException;
import fr.passpro.infrastructure.persistence.AnnuaireImportRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The directory import: the one bean that starts, restarts and follows the {@value ImportAnnuaireJob#NAME} job
 * (Payara shows a job only to the component that started it). Its callers have no user (the nightly scanner,
 * in-container tests): they name the académie or the import.
 *
 * <p>Jobs start outside any transaction (the batch repository is an XA pool): the import row is stored by a call
 * to this bean through its own proxy, in a transaction of its own that commits before the job starts.
 */
@Stateless
@LocalBean
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AnnuaireImportService {

    private static final Logger logger = Logger.getLogger(AnnuaireImportService.class.getName());
    /** Beyond this, an import still unfinished is taken for abandoned. */
    private static final Duration ABANDON = Duration.ofMinutes(60);

    @Inject
    private AnnuaireImportRepository imports;

    @Inject
    private AnnuaireImportSteps steps;

    @Inject
    private Clock clock;

    @EJB
    private AnnuaireImportService self;

    /**
     * Stores the file for the académie and starts the job.
     *
     * @param options job options ({@link ImportAnnuaireJob#OPTION_TAILLE_PAQUET},
     *                {@link ImportAnnuaireJob#OPTION_ECHEC_LIGNE}); may be empty
     * @return the import id
     * @throws FichierRefuseException for an empty or too large file
     * @throws AnnuaireImportEnCoursException while another import of the académie runs
     */
    @PermitAll
    public long importer(String academieCode, String nomFichier, byte[] contenu, String demarrePar,
                         Map<String, String> options) {
        if (contenu == null || contenu.length == 0) {
            throw new FichierRefuseException("Le fichier est vide : il ne contient aucune ligne.");
        }
        long max = ImportAnnuaireJob.tailleMax();
        if (contenu.length > max) {
            throw new FichierRefuseException("Le fichier dépasse la taille maximale de " + max / (1024 * 1024) + " Mo.");
        }
        long importId = self.enregistrer(academieCode, nomFichier, AnnuaireCsv.compresser(contenu), contenu.length,
                demarrePar);
        Properties parameters = new Properties();
        options.forEach(parameters::setProperty);
        parameters.setProperty(ImportAnnuaireJob.PARAM_IMPORT_ID, Long.toString(importId));
        long executionId = operator().start(ImportAnnuaireJob.NAME, parameters);
        logger.log(INFO, "Import de l''annuaire {0} ({1}, académie {2}) démarré par {3} : exécution {4}",
                new Object[] {importId, nomFichier, academieCode, demarrePar, executionId});
        return importId;
    }

    /** Stores the import in a transaction of its own (called through {@link #self}). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long enregistrer(String academieCode, String nomFichier, byte[] contenuGzip, long taille, String demarrePar) {
        Academie academie = imports.getAcademie(academieCode);
        boolean occupe = imports.findLatest(academieCode, 5).stream()
                .filter(i -> !i.getStatut().isFinal())
                .anyMatch(i -> !abandonne(i));
        if (occupe) {
            throw new AnnuaireImportEnCoursException();
        }
        return imports.save(new AnnuaireImport(academie, nomFichier, contenuGzip, taille, demarrePar, clock.instant()))
                .getId();
    }

    @PermitAll
    public ImportAnnuaireEtat etat(long importId) {
        return ImportAnnuaireEtat.of(imports.get(importId));
    }

    /** The reject report (.xlsx): line, column, value, reason. */
    @PermitAll
    public byte[] rapportRejets(long importId) {
        imports.get(importId);
        return RapportRejets.xlsx(imports.findRejets(importId));
    }

    /** Restarts an import that failed or was stopped: it goes on from its last committed chunk. */
    @PermitAll
    public void relancer(long importId) {
        AnnuaireImport i = imports.get(importId);
        if (i.getStatut() != StatutImport.ECHEC || i.getJobExecutionId() == null) {
            throw new InvalidValueException("Seul un import en échec peut être relancé (celui-ci est "
                    + i.getStatut().libelle().toLowerCase(Locale.ROOT) + ").");
        }
        Properties parameters = new Properties();
        parameters.setProperty(ImportAnnuaireJob.PARAM_IMPORT_ID, Long.toString(importId));
        steps.reprendre(importId);
        long executionId;
        try {
            executionId = operator().restart(i.getJobExecutionId(), parameters);
        } catch (RuntimeException e) {
            steps.repriseImpossible(importId, "La reprise n'a pas pu être lancée : " + e.getMessage());
            throw e;
        }
        logger.log(INFO, "Import de l''annuaire {0} relancé : exécution {1}", new Object[] {importId, executionId});
    }

    /** Stops a running import (it becomes ECHEC, restartable). */
    @PermitAll
    public void arreter(long importId) {
        Long executionId = imports.get(importId).getJobExecutionId();
        if (executionId != null) {
            operator().stop(executionId);
        }
    }

    /** An import left unfinished by a job that no longer runs is marked as failed, so that it no longer blocks. */
    private boolean abandonne(AnnuaireImport i) {
        boolean mort;
        if (i.getJobExecutionId() == null) {
            mort = i.getDemarreLe().isBefore(clock.instant().minus(ABANDON));
        } else {
            BatchStatus status = operator().getJobExecution(i.getJobExecutionId()).getBatchStatus();
            mort = EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED, BatchStatus.COMPLETED)
                    .contains(status) || i.getDemarreLe().isBefore(clock.instant().minus(ABANDON));
        }
        if (mort) {
            if (i.getStatut() == StatutImport.EN_ATTENTE && i.getJobExecutionId() != null) {
                i.demarrer(i.getJobExecutionId());
            }
            i.echouer("L'import a été interrompu (arrêt ou redémarrage du serveur) : relancez-le.", clock.instant());
            logger.log(WARNING, "Import de l''annuaire {0} interrompu, marqué en échec", i.getId());
        }
        return mort;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
