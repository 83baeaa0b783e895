package fr.passpro.batch.annuaire;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Names and settings of the {@value #NAME} job. */
public final class ImportAnnuaireJob {

    public static final String NAME = "importAnnuaire";
    static final String PARAM_IMPORT_ID = "importId";

    /** MicroProfile Config: the drop folder of the nightly import; none means no nightly import. */
    public static final String DEPOT = "passpro.annuaire.depot";
    /** MicroProfile Config: the académie whose lines the nightly import takes (default 24, Créteil). */
    public static final String DEPOT_ACADEMIE = "passpro.annuaire.depot.academie";
    /** MicroProfile Config: the largest accepted file, in bytes (default 200 Mo; the national file is about 60). */
    public static final String TAILLE_MAX = "passpro.annuaire.taille-max-octets";

    /** Job option: lines per chunk (default 200). */
    public static final String OPTION_TAILLE_PAQUET = "taillePaquet";
    /** Job option (tests only): the line of the file at which the writer fails once. */
    public static final String OPTION_ECHEC_LIGNE = "echecSimuleLigne";

    /** Who the nightly drop-folder import is recorded as. */
    static final String AUTEUR_NOCTURNE = "import nocturne";

    static final long TAILLE_MAX_DEFAUT = 200L * 1024 * 1024;

    private ImportAnnuaireJob() {
    }

    static Config config() {
        return ConfigProvider.getConfig(ImportAnnuaireJob.class.getClassLoader());
    }

    static long tailleMax() {
        return config().getOptionalValue(TAILLE_MAX, Long.class).orElse(TAILLE_MAX_DEFAUT);
    }
}
