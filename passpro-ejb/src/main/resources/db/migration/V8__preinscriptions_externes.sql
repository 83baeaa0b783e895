-- Passpro: pre-registrations of pupils by CFA and hors-contrat schools through the public form, the admin's
-- decision, and the rate limits of public forms. Column names match fr.passpro.domain.preinscription.
-- Nothing here is visible to a lycée: validation creates the établissement, pupil and inscriptions of V4.

CREATE TABLE preinscription (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    campagne_id          BIGINT        NOT NULL,
    statut               VARCHAR(20)   NOT NULL,
    etablissement_nom    VARCHAR(150)  NOT NULL,
    etablissement_nature VARCHAR(30)   NOT NULL,
    uai                  CHAR(8)       NULL,
    commune              VARCHAR(100)  NOT NULL,
    departement_code     CHAR(3)       NOT NULL,
    contact_nom          VARCHAR(100)  NOT NULL,
    contact_prenom       VARCHAR(100)  NOT NULL,
    contact_email        VARCHAR(254)  NOT NULL,
    eleve_nom            VARCHAR(100)  NOT NULL,
    eleve_prenom         VARCHAR(100)  NOT NULL,
    eleve_date_naissance DATE          NOT NULL,
    eleve_classe         VARCHAR(30)   NULL,
    eleve_dispositif     VARCHAR(30)   NOT NULL,
    soumise_le           DATETIME(6)   NOT NULL,
    adresse_client       VARCHAR(45)   NULL,
    decidee_le           DATETIME(6)   NULL,
    decidee_par_id       BIGINT        NULL,
    motif_refus          VARCHAR(1000) NULL,
    etablissement_id     BIGINT        NULL,
    version              INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_preinscription PRIMARY KEY (id),
    CONSTRAINT fk_preinscription_campagne FOREIGN KEY (campagne_id) REFERENCES campagne (id),
    CONSTRAINT fk_preinscription_departement FOREIGN KEY (departement_code) REFERENCES departement (code),
    CONSTRAINT fk_preinscription_decidee_par FOREIGN KEY (decidee_par_id) REFERENCES account (id),
    CONSTRAINT fk_preinscription_etablissement FOREIGN KEY (etablissement_id) REFERENCES etablissement (id),
    CONSTRAINT ck_preinscription_statut CHECK (statut IN ('EN_ATTENTE', 'VALIDEE', 'REFUSEE')),
    CONSTRAINT ck_preinscription_nature CHECK (etablissement_nature IN ('CFA', 'HORS_CONTRAT')),
    CONSTRAINT ck_preinscription_dispositif
        CHECK (eleve_dispositif IN ('TROISIEME', 'TROISIEME_SEGPA', 'TROISIEME_PREPA_METIERS', 'EANA', 'MLDS')),
    -- A decision says when and by whom; a refusal says why; a validation names the établissement.
    CONSTRAINT ck_preinscription_decision CHECK (
        (statut = 'EN_ATTENTE' AND decidee_le IS NULL AND decidee_par_id IS NULL AND motif_refus IS NULL)
        OR (statut = 'REFUSEE' AND decidee_le IS NOT NULL AND decidee_par_id IS NOT NULL AND motif_refus IS NOT NULL)
        OR (statut = 'VALIDEE' AND decidee_le IS NOT NULL AND decidee_par_id IS NOT NULL AND etablissement_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_preinscription_campagne_statut ON preinscription (campagne_id, statut, soumise_le);

CREATE TABLE preinscription_formation (
    preinscription_id BIGINT NOT NULL,
    formation_id      BIGINT NOT NULL,
    rang              INT    NOT NULL,
    CONSTRAINT pk_preinscription_formation PRIMARY KEY (preinscription_id, rang),
    CONSTRAINT uk_preinscription_formation UNIQUE (preinscription_id, formation_id),
    CONSTRAINT fk_preinscription_formation_preinscription FOREIGN KEY (preinscription_id) REFERENCES preinscription (id),
    CONSTRAINT fk_preinscription_formation_formation FOREIGN KEY (formation_id) REFERENCES formation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Submissions of a public form per client address in a fixed window; shared by every Payara instance.
CREATE TABLE limite_debit (
    cle           VARCHAR(120) NOT NULL,
    debut_fenetre DATETIME(6)  NOT NULL,
    nombre        INT          NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_limite_debit PRIMARY KEY (cle),
    CONSTRAINT ck_limite_debit_nombre CHECK (nombre >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The contact person of a CFA or hors-contrat school follows its pupils as référent; such a school has no
-- academic mailbox, so its référent's address need not be academic.
ALTER TABLE referent ADD COLUMN externe BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE referent DROP CONSTRAINT ck_referent_email;
ALTER TABLE referent ADD CONSTRAINT ck_referent_email CHECK (externe OR email LIKE '%_@ac-_%.fr');
