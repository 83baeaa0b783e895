package fr.passpro.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;

import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mariadb.jdbc.MariaDbDataSource;

import fr.passpro.infrastructure.startup.DatabaseMigration;
import fr.passpro.it.Deployments;

/** The Flyway migrations, as the application applies them at deployment, build the schema from an empty database. */
@ExtendWith(ArquillianExtension.class)
class FlywayMigrationIT {

    private static final String URL = "jdbc:mariadb://127.0.0.1:3306/%s?sslMode=disable";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.passproWithTests(FlywayMigrationIT.class);
    }

    /** The database of the test domain (passpro_test unless ./passpro was told otherwise). */
    @Resource(lookup = "jdbc/passpro")
    private DataSource passpro;

    @Test
    void migrationsBuildTheSchemaOnAnEmptyDatabaseAndASecondRunChangesNothing() throws SQLException {
        String testDatabase;
        try (Connection connection = passpro.getConnection()) {
            testDatabase = connection.getCatalog();
        }
        String database = testDatabase + "_flyway";
        try (Connection admin = dataSource(testDatabase).getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database);
            sql.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try {
            MariaDbDataSource empty = dataSource(database);

            MigrateResult first = DatabaseMigration.flyway(empty).migrate();
            MigrateResult second = DatabaseMigration.flyway(empty).migrate();

            assertThat(first.success).isTrue();
            assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(1);
            assertThat(second.migrationsExecuted).isZero();
            assertThat(tables(empty)).contains("academie", "departement", "etablissement", "campagne", "account",
                    "login_attempt", "flyway_schema_history");
            try (Connection connection = empty.getConnection(); Statement sql = connection.createStatement();
                    ResultSet rs = sql.executeQuery("SELECT nom FROM academie WHERE code = '24'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Créteil");
            }
        } finally {
            try (Connection admin = dataSource(testDatabase).getConnection(); Statement sql = admin.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    private static List<String> tables(MariaDbDataSource dataSource) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), null, "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static MariaDbDataSource dataSource(String database) throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource(URL.formatted(database));
        dataSource.setUser(System.getProperty("passpro.db.user", "passpro"));
        dataSource.setPassword(System.getProperty("passpro.db.password", "passpro"));
        return dataSource;
    }
}
