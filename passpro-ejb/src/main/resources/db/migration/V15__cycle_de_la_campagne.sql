-- Issue 7: the campagne's life. The cut-off job and the closure job mark the campagne when they have run; the closure
-- job keeps the campagne's archive (Excel); each mail a job sends to an établissement is recorded once, so that a job
-- run twice or restarted after a failure never sends it again.

ALTER TABLE campagne
    ADD COLUMN inscriptions_closes_le DATETIME(6) NULL AFTER date_fermeture,
    ADD COLUMN fermee_le              DATETIME(6) NULL AFTER inscriptions_closes_le;

CREATE TABLE archive_campagne (
    campagne_id  BIGINT       NOT NULL,
    cree_le      DATETIME(6)  NOT NULL,
    nom_fichier  VARCHAR(200) NOT NULL,
    contenu      LONGBLOB     NOT NULL,
    CONSTRAINT pk_archive_campagne PRIMARY KEY (campagne_id),
    CONSTRAINT fk_archive_campagne FOREIGN KEY (campagne_id) REFERENCES campagne (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification_campagne (
    campagne_id      BIGINT      NOT NULL,
    traitement       VARCHAR(50) NOT NULL,
    etablissement_id BIGINT      NOT NULL,
    courrier_id      BIGINT      NULL,
    envoyee_le       DATETIME(6) NOT NULL,
    CONSTRAINT pk_notification_campagne PRIMARY KEY (campagne_id, traitement, etablissement_id),
    CONSTRAINT fk_notification_campagne FOREIGN KEY (campagne_id) REFERENCES campagne (id),
    CONSTRAINT fk_notification_etablissement FOREIGN KEY (etablissement_id) REFERENCES etablissement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
