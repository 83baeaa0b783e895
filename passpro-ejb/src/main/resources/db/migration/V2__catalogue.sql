-- Passpro, catalogue: domaines, formations of a campagne, and the tables of the catalogue import job.
-- Column names match the @Table/@Column/@JoinColumn names of fr.passpro.domain.catalogue and its importation package.

CREATE TABLE domaine (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    libelle VARCHAR(150) NOT NULL,
    CONSTRAINT pk_domaine PRIMARY KEY (id),
    -- utf8mb4_unicode_ci: « Métiers de la mer » and « METIERS DE LA MER » are the same domaine.
    CONSTRAINT uk_domaine_libelle UNIQUE (libelle)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE formation (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    campagne_id         BIGINT        NOT NULL,
    code_formation      CHAR(8)       NOT NULL,
    libelle             VARCHAR(255)  NOT NULL,
    diplome             VARCHAR(20)   NOT NULL,
    famille_metiers     VARCHAR(150)  NULL,
    domaine_id          BIGINT        NOT NULL,
    etablissement_id    BIGINT        NOT NULL,
    accueil_referent_id BIGINT        NOT NULL,
    modalite            VARCHAR(20)   NOT NULL,
    observations        VARCHAR(1000) NULL,
    active              BOOLEAN       NOT NULL DEFAULT TRUE,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_formation PRIMARY KEY (id),
    CONSTRAINT uk_formation_campagne_code_etab UNIQUE (campagne_id, code_formation, etablissement_id),
    CONSTRAINT fk_formation_campagne FOREIGN KEY (campagne_id) REFERENCES campagne (id),
    CONSTRAINT fk_formation_domaine FOREIGN KEY (domaine_id) REFERENCES domaine (id),
    CONSTRAINT fk_formation_etablissement FOREIGN KEY (etablissement_id) REFERENCES etablissement (id),
    CONSTRAINT fk_formation_accueil_referent FOREIGN KEY (accueil_referent_id) REFERENCES etablissement (id),
    CONSTRAINT ck_formation_diplome CHECK (diplome IN ('CAP', 'SECONDE_PRO')),
    CONSTRAINT ck_formation_modalite CHECK (modalite IN ('INDIVIDUEL', 'COLLECTIF')),
    -- The CFD says the diplôme (500 CAP, 400 bac pro); a famille de métiers exists only in 2de professionnelle.
    CONSTRAINT ck_formation_code_diplome CHECK (
        (diplome = 'CAP' AND code_formation LIKE '500%')
        OR (diplome = 'SECONDE_PRO' AND code_formation LIKE '400%')),
    CONSTRAINT ck_formation_famille CHECK (famille_metiers IS NULL OR diplome = 'SECONDE_PRO')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The catalogue filters: active formations of a campagne, by domaine, by lycée, by lycée accueil-référent.
CREATE INDEX ix_formation_campagne_active ON formation (campagne_id, active);
CREATE INDEX ix_formation_domaine ON formation (domaine_id);
CREATE INDEX ix_formation_etablissement ON formation (etablissement_id);
CREATE INDEX ix_formation_accueil_referent ON formation (accueil_referent_id);

-- Paris and Versailles register pupils of other académies through their own form, shown instead of a register button.
UPDATE academie SET url_formulaire_preinscription = 'http://www.ac-paris.fr/portail/passpro' WHERE code = '01';
UPDATE academie SET url_formulaire_preinscription = 'https://extranet.ac-versailles.fr/preinscription-passpro/' WHERE code = '25';

-- One upload of the catalogue file; the file is kept here so that any server instance can run the job.
CREATE TABLE catalogue_import (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    campagne_id            BIGINT        NOT NULL,
    nom_fichier            VARCHAR(255)  NOT NULL,
    contenu                LONGBLOB      NOT NULL,
    taille                 BIGINT        NOT NULL,
    statut                 VARCHAR(20)   NOT NULL,
    lignes_lues            INT           NOT NULL DEFAULT 0,
    lignes_valides         INT           NOT NULL DEFAULT 0,
    lignes_rejetees        INT           NOT NULL DEFAULT 0,
    formations_creees      INT           NOT NULL DEFAULT 0,
    formations_modifiees   INT           NOT NULL DEFAULT 0,
    formations_desactivees INT           NOT NULL DEFAULT 0,
    seuil_rejet_pourcent   INT           NOT NULL DEFAULT 10,
    message                VARCHAR(1000) NULL,
    job_execution_id       BIGINT        NULL,
    demarre_par            VARCHAR(100)  NOT NULL,
    demarre_le             DATETIME(6)   NOT NULL,
    termine_le             DATETIME(6)   NULL,
    version                INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_catalogue_import PRIMARY KEY (id),
    CONSTRAINT fk_catalogue_import_campagne FOREIGN KEY (campagne_id) REFERENCES campagne (id),
    CONSTRAINT ck_catalogue_import_statut CHECK (statut IN ('EN_ATTENTE', 'EN_COURS', 'TERMINE', 'REFUSE', 'ECHEC')),
    CONSTRAINT ck_catalogue_import_seuil CHECK (seuil_rejet_pourcent BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_catalogue_import_campagne ON catalogue_import (campagne_id, demarre_le);

-- Staging area: the validated lines of an import, normalised, applied to the catalogue only once the whole file is read.
CREATE TABLE catalogue_import_ligne (
    import_id            BIGINT        NOT NULL,
    ligne                INT           NOT NULL,
    domaine              VARCHAR(150)  NOT NULL,
    departement          CHAR(3)       NOT NULL,
    ville                VARCHAR(100)  NOT NULL,
    uai_etablissement    CHAR(8)       NOT NULL,
    etablissement        VARCHAR(150)  NOT NULL,
    uai_accueil_referent CHAR(8)       NOT NULL,
    code_formation       CHAR(8)       NOT NULL,
    libelle_formation    VARCHAR(255)  NOT NULL,
    diplome              VARCHAR(20)   NOT NULL,
    famille_metiers      VARCHAR(150)  NULL,
    modalite_entretien   VARCHAR(20)   NOT NULL,
    observations         VARCHAR(1000) NULL,
    CONSTRAINT pk_catalogue_import_ligne PRIMARY KEY (import_id, ligne),
    CONSTRAINT fk_catalogue_import_ligne_import FOREIGN KEY (import_id) REFERENCES catalogue_import (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The rejection report: errors (line not imported) and warnings (line imported after a correction).
CREATE TABLE catalogue_import_rejet (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    import_id BIGINT       NOT NULL,
    ligne     INT          NOT NULL,
    colonne   VARCHAR(60)  NULL,
    valeur    VARCHAR(500) NULL,
    motif     VARCHAR(500) NOT NULL,
    gravite   VARCHAR(10)  NOT NULL,
    CONSTRAINT pk_catalogue_import_rejet PRIMARY KEY (id),
    CONSTRAINT fk_catalogue_import_rejet_import FOREIGN KEY (import_id) REFERENCES catalogue_import (id) ON DELETE CASCADE,
    CONSTRAINT ck_catalogue_import_rejet_gravite CHECK (gravite IN ('ERREUR', 'ALERTE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_catalogue_import_rejet_import ON catalogue_import_rejet (import_id);
