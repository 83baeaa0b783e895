package fr.passpro.domain.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores every {@link Instant} attribute in a DATETIME(6) column (Jakarta Persistence 3.1 has no native Instant).
 * The JDBC driver turns the Timestamp into wall-clock time with the JVM's default time zone,
 * so every JVM that reads or writes the database must run with the same one (Europe/Paris).
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
