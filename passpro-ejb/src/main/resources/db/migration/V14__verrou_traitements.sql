-- Passpro, jobs console: one row per job and per "same run" key (e.g. the académie), whose lock serialises starts.
-- A start locks its row (SELECT … FOR UPDATE), refuses if the execution recorded there still runs, starts the job and
-- records the new execution before committing: with several Payara instances, two starts of the same job for the
-- same académie cannot both pass. Column names match fr.passpro.infrastructure.persistence.VerrouTraitementRepository.
CREATE TABLE traitement_verrou (
    traitement   VARCHAR(60)  NOT NULL,
    cle          VARCHAR(200) NOT NULL,
    execution_id BIGINT       NULL,
    lance_par    VARCHAR(100) NULL,
    lance_le     DATETIME(6)  NULL,
    CONSTRAINT pk_traitement_verrou PRIMARY KEY (traitement, cle)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
