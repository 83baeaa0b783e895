package fr.passpro.infrastructure.startup;

import static java.util.logging.Level.INFO;

import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Brings the schema of {@code jdbc/passpro} to the latest Flyway migration before anything else of the application
 * runs. Several instances may deploy at once: Flyway serialises them with a lock on its history table.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger logger = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/passpro")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = flyway(dataSource).migrate();
        logger.log(INFO, "Schéma Passpro : {0} migration(s) appliquée(s), version {1}",
                new Object[] { result.migrationsExecuted, result.targetSchemaVersion });
    }

    /** Passpro's migrations on a data source: the SQL scripts of {@code db/migration}, MariaDB dialect. */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // Payara may have created its batch repository tables in the same schema before the first migration.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
