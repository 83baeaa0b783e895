-- Passpro, nightly import of the établissements directory (« Annuaire de l'éducation », issue 7).
-- Column names match fr.passpro.domain.etablissement.Etablissement and its annuaire package.

-- The day an établissement was closed (by the directory or by hand); NULL while it is open.
ALTER TABLE etablissement ADD COLUMN date_fermeture DATE NULL AFTER ouvert;

-- One directory file to import for an académie; the file is kept here, gzip-compressed (the national file is tens
-- of Mo, over MariaDB's default 16 Mo packet), so that any server instance can run or restart the job.
CREATE TABLE annuaire_import (
    id                        BIGINT        NOT NULL AUTO_INCREMENT,
    academie_code             CHAR(2)       NOT NULL,
    nom_fichier               VARCHAR(255)  NOT NULL,
    contenu_gzip              LONGBLOB      NOT NULL,
    taille                    BIGINT        NOT NULL,
    statut                    VARCHAR(20)   NOT NULL,
    lignes_total              INT           NOT NULL DEFAULT 0,
    lignes_acceptees          INT           NOT NULL DEFAULT 0,
    lignes_hors_academie      INT           NOT NULL DEFAULT 0,
    lignes_non_gerees         INT           NOT NULL DEFAULT 0,
    lignes_rejetees           INT           NOT NULL DEFAULT 0,
    etablissements_crees      INT           NOT NULL DEFAULT 0,
    etablissements_modifies   INT           NOT NULL DEFAULT 0,
    etablissements_fermes     INT           NOT NULL DEFAULT 0,
    message                   VARCHAR(1000) NULL,
    job_execution_id          BIGINT        NULL,
    demarre_par               VARCHAR(100)  NOT NULL,
    demarre_le                DATETIME(6)   NOT NULL,
    termine_le                DATETIME(6)   NULL,
    version                   INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_annuaire_import PRIMARY KEY (id),
    CONSTRAINT fk_annuaire_import_academie FOREIGN KEY (academie_code) REFERENCES academie (code),
    CONSTRAINT ck_annuaire_import_statut CHECK (statut IN ('EN_ATTENTE', 'EN_COURS', 'TERMINE', 'REFUSE', 'ECHEC'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_annuaire_import_academie ON annuaire_import (academie_code, demarre_le);

-- The reject report: one row per problem of a rejected line (line, column, value, reason).
CREATE TABLE annuaire_import_rejet (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    import_id BIGINT       NOT NULL,
    ligne     INT          NOT NULL,
    colonne   VARCHAR(60)  NULL,
    valeur    VARCHAR(500) NULL,
    motif     VARCHAR(500) NOT NULL,
    gravite   VARCHAR(10)  NOT NULL,
    CONSTRAINT pk_annuaire_import_rejet PRIMARY KEY (id),
    CONSTRAINT fk_annuaire_import_rejet_import FOREIGN KEY (import_id) REFERENCES annuaire_import (id) ON DELETE CASCADE,
    CONSTRAINT ck_annuaire_import_rejet_gravite CHECK (gravite IN ('ERREUR', 'ALERTE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_annuaire_import_rejet_import ON annuaire_import_rejet (import_id, ligne);
