-- Formations get their identifiers by blocks from this table (JPA table generator) instead of AUTO_INCREMENT, so that
-- the catalogue import can send its inserts in JDBC batches. Each server instance reserves a block in a transaction of
-- its own: several instances never hand out the same identifier.
CREATE TABLE identifiant_bloc (
    nom      VARCHAR(50) NOT NULL,
    valeur   BIGINT      NOT NULL,
    CONSTRAINT pk_identifiant_bloc PRIMARY KEY (nom)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO identifiant_bloc (nom, valeur) SELECT 'formation', COALESCE(MAX(id), 0) FROM formation;
