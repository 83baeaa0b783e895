package fr.passpro.application.catalogue.importation;

import java.util.List;
import java.util.Map;

/**
 * The catalogue import as the application offers it: upload a file, follow the job, download the reports.
 * Implemented by the batch module (which owns the job and its operator); declared here so that the web module and
 * the tests depend on the use case, not on the batch module.
 *
 * <p>The methods without a campagne or import argument for the caller act for the admin who calls them, within
 * their académie. The {@code …Traitement} methods are for callers without a user (the nightly drop-folder scanner,
 * in-container tests): they take the campagne or import explicitly.
 */
public interface CatalogueImporter {

    /** MicroProfile Config: the largest accepted file, in bytes (default 20 Mo). */
    String TAILLE_MAX = "passpro.catalogue.taille-max-octets";
    /** MicroProfile Config: the share of rejected lines, in %, above which a file is refused (default 10). */
    String SEUIL_REJET = "passpro.catalogue.seuil-rejet-pourcent";
    /** MicroProfile Config: the drop folder of the nightly import; none means no nightly import. */
    String DEPOT = "passpro.catalogue.depot";

    /** Job option (tests only): the line of the file at which the applying step fails once. */
    String OPTION_ECHEC_LIGNE = "echecSimuleLigne";
    /** Job option: the number of lines per chunk (default 500). */
    String OPTION_TAILLE_PAQUET = "taillePaquet";

    /**
     * Checks the file as a whole, stores it for the current campagne of the caller's académie and starts the job.
     *
     * @return the import id, to follow with {@link #progression(long)}
     * @throws fr.passpro.infrastructure.excel.FichierRefuseException with a French message when the file is too big,
     *                                                                not a spreadsheet, protected, empty or lacks a column
     */
    long importer(String nomFichier, byte[] contenu);

    /** The progress of one import of the caller's académie. */
    ImportProgress progression(long importId);

    /** The latest imports of the caller's académie, latest first. */
    List<ImportProgress> derniers(int n);

    /** The reject report (.xlsx) of an import of the caller's académie. */
    byte[] rapportRejets(long importId);

    /** Restarts an import of the caller's académie that failed on a technical error. */
    void relancer(long importId);

    /** The Excel template of the catalogue file, with an example line and a « Mode d'emploi » sheet. */
    byte[] modele();

    /** The largest accepted file, in bytes. */
    long tailleMax();

    /**
     * {@link #importer(String, byte[])} for a given campagne, on behalf of {@code demarrePar}.
     *
     * @param options job options ({@link #OPTION_TAILLE_PAQUET}, {@link #OPTION_ECHEC_LIGNE}); may be empty
     */
    long importerTraitement(long campagneId, String nomFichier, byte[] contenu, String demarrePar,
                            Map<String, String> options);

    /** {@link #progression(long)} without a caller. */
    ImportProgress progressionTraitement(long importId);

    /** {@link #rapportRejets(long)} without a caller. */
    byte[] rapportRejetsTraitement(long importId);

    /** {@link #relancer(long)} without a caller. */
    void relancerTraitement(long importId);
}
