package fr.passpro.it.browser;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Direct access to the test database for the browser tests of the collège pages: the demo campagne opens on
 * 1 February, so outside February–April nobody could register a pupil; these tests open the registration period
 * around today for their duration and put the calendar back afterwards. Also creates data no demo account may see.
 */
final class CampagneDeTest implements AutoCloseable {

    private static final String URL = "jdbc:mariadb://127.0.0.1:3306/"
            + System.getenv().getOrDefault("PASSPRO_TEST_DB", "passpro_test") + "?sslMode=disable";

    private final Connection connection;
    private long campagneId;
    private Object[] calendrier;

    CampagneDeTest() throws SQLException {
        connection = DriverManager.getConnection(URL, System.getenv().getOrDefault("PASSPRO_DB_USER", "passpro"),
                System.getenv().getOrDefault("PASSPRO_DB_PASSWORD", "passpro"));
    }

    /** Makes today (Paris) part of the registration period of the Créteil campagne; {@link #close()} undoes it. */
    void ouvrirLesInscriptions() throws SQLException {
        if (calendrier != null) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE campagne SET"
                    + " date_cloture_inscriptions = GREATEST(?, ?) WHERE id = ?")) {
                update.setObject(1, calendrier[1]);
                update.setObject(2, LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1));
                update.setLong(3, campagneId);
                update.executeUpdate();
            }
            attendreLeCache();
            return;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT id, date_ouverture, date_cloture_inscriptions,"
                + " date_limite_convocations, date_limite_entretiens, date_fermeture FROM campagne"
                + " WHERE academie_code = '24' ORDER BY annee_scolaire DESC LIMIT 1");
             ResultSet rs = select.executeQuery()) {
            rs.next();
            campagneId = rs.getLong(1);
            calendrier = new Object[] { rs.getDate(2), rs.getDate(3), rs.getDate(4), rs.getDate(5), rs.getDate(6) };
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        try (PreparedStatement update = connection.prepareStatement("UPDATE campagne SET"
                + " date_ouverture = LEAST(date_ouverture, ?),"
                + " date_cloture_inscriptions = GREATEST(date_cloture_inscriptions, ?),"
                + " date_limite_convocations = GREATEST(date_limite_convocations, date_cloture_inscriptions),"
                + " date_limite_entretiens = GREATEST(date_limite_entretiens, date_limite_convocations),"
                + " date_fermeture = GREATEST(date_fermeture, date_limite_entretiens) WHERE id = ?")) {
            update.setObject(1, today.minusDays(1));
            update.setObject(2, today.plusDays(1));
            update.setLong(3, campagneId);
            update.executeUpdate();
        }
        attendreLeCache();
    }

    /** Ends the registration period yesterday (Paris); {@link #ouvrirLesInscriptions()} opens it again. */
    void fermerLesInscriptions() throws SQLException {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        try (PreparedStatement update = connection.prepareStatement("UPDATE campagne SET"
                + " date_ouverture = LEAST(date_ouverture, ?), date_cloture_inscriptions = ? WHERE id = ?")) {
            update.setObject(1, today.minusDays(10));
            update.setObject(2, today.minusDays(1));
            update.setLong(3, campagneId);
            update.executeUpdate();
        }
        attendreLeCache();
    }

    /**
     * A change made directly in the database is seen by Passpro, like one made by another instance, once the
     * campagne's entry in EclipseLink's shared cache has expired (2 s, see ReglagesDeLecture).
     */
    private static void attendreLeCache() {
        try {
            Thread.sleep(2_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A pupil of the Collège Pablo Picasso (no demo account belongs to it); returns its id. */
    long eleveDUnAutreCollege(String nom) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO eleve (college_id, campagne_id, nom, prenom,"
                + " date_naissance, classe, dispositif, cle_doublon, cree_le) SELECT e.id, ?, ?, 'Lina', '2012-05-06',"
                + " '3e A', 'TROISIEME', ?, NOW(6) FROM etablissement e WHERE e.nom = 'Collège Pablo Picasso'",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, campagneId);
            insert.setString(2, nom);
            insert.setString(3, nom.toLowerCase() + "|lina|2012-05-06");
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            if (calendrier != null) {
                try (PreparedStatement restore = connection.prepareStatement("UPDATE campagne SET date_ouverture = ?,"
                        + " date_cloture_inscriptions = ?, date_limite_convocations = ?, date_limite_entretiens = ?,"
                        + " date_fermeture = ? WHERE id = ?")) {
                    // The order of the columns keeps the CHECK satisfied whatever the dates were.
                    for (int i = 0; i < calendrier.length; i++) {
                        restore.setObject(i + 1, calendrier[i]);
                    }
                    restore.setLong(6, campagneId);
                    restore.executeUpdate();
                }
            }
        }
    }
}
