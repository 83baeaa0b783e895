-- Passpro, socle: académies, départements, établissements, campagnes, accounts and login attempts.
-- Column names match the @Table/@Column/@JoinColumn names of the entities in fr.passpro.domain.

CREATE TABLE academie (
    code                          CHAR(2)      NOT NULL,
    nom                           VARCHAR(100) NOT NULL,
    url_formulaire_preinscription VARCHAR(255) NULL,
    CONSTRAINT pk_academie PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE departement (
    code          CHAR(3)      NOT NULL,
    nom           VARCHAR(100) NOT NULL,
    academie_code CHAR(2)      NOT NULL,
    CONSTRAINT pk_departement PRIMARY KEY (code),
    CONSTRAINT fk_departement_academie FOREIGN KEY (academie_code) REFERENCES academie (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE etablissement (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    uai              CHAR(8)      NOT NULL,
    nom              VARCHAR(150) NOT NULL,
    nature           VARCHAR(30)  NOT NULL,
    secteur          VARCHAR(10)  NOT NULL,
    commune          VARCHAR(100) NOT NULL,
    departement_code CHAR(3)      NOT NULL,
    mail_fonctionnel VARCHAR(254) NULL,
    ouvert           BOOLEAN      NOT NULL DEFAULT TRUE,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_etablissement PRIMARY KEY (id),
    CONSTRAINT uk_etablissement_uai UNIQUE (uai),
    CONSTRAINT fk_etablissement_departement FOREIGN KEY (departement_code) REFERENCES departement (code),
    CONSTRAINT ck_etablissement_nature
        CHECK (nature IN ('COLLEGE', 'LYCEE_PROFESSIONNEL', 'SEP', 'LPO', 'CFA', 'HORS_CONTRAT')),
    CONSTRAINT ck_etablissement_secteur CHECK (secteur IN ('PUBLIC', 'PRIVE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE campagne (
    id                        BIGINT  NOT NULL AUTO_INCREMENT,
    academie_code             CHAR(2) NOT NULL,
    annee_scolaire            CHAR(9) NOT NULL,
    date_ouverture            DATE    NOT NULL,
    date_cloture_inscriptions DATE    NOT NULL,
    date_limite_convocations  DATE    NOT NULL,
    date_limite_entretiens    DATE    NOT NULL,
    delai_compte_rendu_jours  INT     NOT NULL DEFAULT 3,
    date_fermeture            DATE    NOT NULL,
    version                   INT     NOT NULL DEFAULT 0,
    CONSTRAINT pk_campagne PRIMARY KEY (id),
    CONSTRAINT uk_campagne_academie_annee UNIQUE (academie_code, annee_scolaire),
    CONSTRAINT fk_campagne_academie FOREIGN KEY (academie_code) REFERENCES academie (code),
    CONSTRAINT ck_campagne_calendrier CHECK (date_ouverture <= date_cloture_inscriptions
        AND date_cloture_inscriptions <= date_limite_convocations
        AND date_limite_convocations <= date_limite_entretiens
        AND date_limite_entretiens <= date_fermeture),
    CONSTRAINT ck_campagne_delai CHECK (delai_compte_rendu_jours >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    login              VARCHAR(100) NOT NULL,
    nom                VARCHAR(100) NOT NULL,
    prenom             VARCHAR(100) NOT NULL,
    email              VARCHAR(254) NOT NULL,
    password_hash      VARCHAR(255) NULL,
    role               VARCHAR(20)  NOT NULL,
    chef_etablissement BOOLEAN      NOT NULL DEFAULT FALSE,
    etablissement_id   BIGINT       NULL,
    academie_code      CHAR(2)      NULL,
    actif              BOOLEAN      NOT NULL DEFAULT TRUE,
    derniere_connexion DATETIME(6)  NULL,
    version            INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_account PRIMARY KEY (id),
    CONSTRAINT uk_account_login UNIQUE (login),
    CONSTRAINT fk_account_etablissement FOREIGN KEY (etablissement_id) REFERENCES etablissement (id),
    CONSTRAINT fk_account_academie FOREIGN KEY (academie_code) REFERENCES academie (code),
    CONSTRAINT ck_account_role CHECK (role IN ('ORIGINE', 'ACCUEIL', 'ADMIN')),
    -- An account has an établissement (ORIGINE, ACCUEIL; its académie is the établissement's)
    -- or an académie (ADMIN, never head of an établissement): exactly one of the two.
    CONSTRAINT ck_account_rattachement CHECK (
        (role IN ('ORIGINE', 'ACCUEIL') AND etablissement_id IS NOT NULL AND academie_code IS NULL)
        OR (role = 'ADMIN' AND etablissement_id IS NULL AND academie_code IS NOT NULL AND chef_etablissement = FALSE))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_account_etablissement ON account (etablissement_id);
CREATE INDEX ix_account_academie ON account (academie_code);

CREATE TABLE login_attempt (
    login        VARCHAR(100) NOT NULL,
    failures     INT          NOT NULL DEFAULT 0,
    last_failure DATETIME(6)  NULL,
    locked_until DATETIME(6)  NULL,
    CONSTRAINT pk_login_attempt PRIMARY KEY (login)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO academie (code, nom) VALUES
    ('01', 'Paris'),
    ('24', 'Créteil'),
    ('25', 'Versailles');

INSERT INTO departement (code, nom, academie_code) VALUES
    ('075', 'Paris', '01'),
    ('077', 'Seine-et-Marne', '24'),
    ('093', 'Seine-Saint-Denis', '24'),
    ('094', 'Val-de-Marne', '24'),
    ('078', 'Yvelines', '25'),
    ('091', 'Essonne', '25'),
    ('092', 'Hauts-de-Seine', '25'),
    ('095', 'Val-d''Oise', '25');
