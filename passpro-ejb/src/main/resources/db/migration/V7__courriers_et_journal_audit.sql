-- Passpro: the persistent mail outbox (every mail the application sends goes through it) and the audit journal.
-- Column names match fr.passpro.domain.courrier.Courrier / PieceJointe and fr.passpro.domain.audit.AuditEvent.

-- One mail to send. A worker on each Payara instance claims due rows (SELECT … FOR UPDATE SKIP LOCKED, then
-- statut EN_COURS), sends them, then marks them ENVOYE, or back to EN_ATTENTE with a later prochain_essai, or ECHEC.
CREATE TABLE courrier (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    destinataires   VARCHAR(2000) NOT NULL,
    objet           VARCHAR(250)  NOT NULL,
    texte           MEDIUMTEXT    NOT NULL,
    html            MEDIUMTEXT    NULL,
    statut          VARCHAR(20)   NOT NULL,
    tentatives      INT           NOT NULL DEFAULT 0,
    prochain_essai  DATETIME(6)   NOT NULL,
    derniere_erreur VARCHAR(1000) NULL,
    reserve_par     VARCHAR(100)  NULL,
    reserve_jusqu_a DATETIME(6)   NULL,
    cree_le         DATETIME(6)   NOT NULL,
    envoye_le       DATETIME(6)   NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_courrier PRIMARY KEY (id),
    CONSTRAINT ck_courrier_statut CHECK (statut IN ('EN_ATTENTE', 'EN_COURS', 'ENVOYE', 'ECHEC')),
    CONSTRAINT ck_courrier_tentatives CHECK (tentatives >= 0),
    CONSTRAINT ck_courrier_envoye CHECK ((statut = 'ENVOYE') = (envoye_le IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The worker's query: the due mails of a statut, oldest first.
CREATE INDEX ix_courrier_statut_prochain_essai ON courrier (statut, prochain_essai);

CREATE TABLE courrier_piece_jointe (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    courrier_id  BIGINT       NOT NULL,
    rang         INT          NOT NULL,
    nom_fichier  VARCHAR(200) NOT NULL,
    type_contenu VARCHAR(100) NOT NULL,
    contenu      LONGBLOB     NOT NULL,
    CONSTRAINT pk_courrier_piece_jointe PRIMARY KEY (id),
    CONSTRAINT uk_courrier_piece_jointe_rang UNIQUE (courrier_id, rang),
    CONSTRAINT fk_courrier_piece_jointe_courrier FOREIGN KEY (courrier_id) REFERENCES courrier (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit journal: who did (or tried) what, on which object. Append-only: the triggers below refuse any change,
-- whoever connects (the application never updates nor deletes a line; a purge is an administrator's act on the
-- database, after dropping the triggers).
CREATE TABLE audit_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    survenu_le     DATETIME(6)   NOT NULL,
    login          VARCHAR(100)  NULL,
    adresse        VARCHAR(45)   NULL,
    action         VARCHAR(40)   NOT NULL,
    objet_type     VARCHAR(40)   NULL,
    objet_id       VARCHAR(40)   NULL,
    detail         VARCHAR(1000) NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_survenu_le ON audit_event (survenu_le);
CREATE INDEX ix_audit_event_login ON audit_event (login, survenu_le);
CREATE INDEX ix_audit_event_objet ON audit_event (objet_type, objet_id);

CREATE TRIGGER tr_audit_event_sans_modification BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Le journal d''audit ne se modifie pas.';

CREATE TRIGGER tr_audit_event_sans_suppression BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Le journal d''audit ne se supprime pas.';
