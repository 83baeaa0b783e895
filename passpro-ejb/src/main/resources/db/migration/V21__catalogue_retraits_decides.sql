-- Passpro, issue 17: a catalogue import never silently drops a pupil's vœu.
--
-- Counts of the import, each on its own: reactivated formations (no longer counted as modified), formations kept
-- because a rejected line names them, formations kept because they hold vœux (their withdrawal awaits the admin's
-- decision), and the lines imported with a warning.
ALTER TABLE catalogue_import
    ADD COLUMN formations_reactivees    INT NOT NULL DEFAULT 0 AFTER formations_modifiees,
    ADD COLUMN formations_gardees_rejet INT NOT NULL DEFAULT 0 AFTER formations_desactivees,
    ADD COLUMN formations_avec_voeux    INT NOT NULL DEFAULT 0 AFTER formations_gardees_rejet,
    ADD COLUMN lignes_alertes           INT NOT NULL DEFAULT 0 AFTER lignes_rejetees;

-- The CFD's prefix is never a reason to refuse a formation: a 2de professionnelle organised by famille de métiers has a
-- code of its own, with another prefix than 400 (the import warns about an unusual prefix, it does not reject it).
ALTER TABLE formation DROP CONSTRAINT ck_formation_code_diplome;
ALTER TABLE formation ADD CONSTRAINT ck_formation_code_longueur CHECK (CHAR_LENGTH(code_formation) = 8);

-- What each rejected line names, as far as it can be read (code formation and/or UAI établissement): the formations
-- it names keep their state, however the import ends.
CREATE TABLE catalogue_import_cle_rejetee (
    import_id         BIGINT  NOT NULL,
    ligne             INT     NOT NULL,
    code_formation    CHAR(8) NULL,
    uai_etablissement CHAR(8) NULL,
    CONSTRAINT pk_catalogue_import_cle_rejetee PRIMARY KEY (import_id, ligne),
    CONSTRAINT fk_catalogue_import_cle_rejetee_import FOREIGN KEY (import_id) REFERENCES catalogue_import (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_catalogue_import_cle_rejetee CHECK (code_formation IS NOT NULL OR uai_etablissement IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A formation absent from an imported file that holds vœux of the campagne: the import keeps it in the catalogue and
-- the académie admin decides. EN_ATTENTE → RETIREE (withdrawn, vœux marked, both établissements told by mail) or
-- MAINTENUE (kept); REMPLACEE when a later import of the same campagne decides again.
CREATE TABLE retrait_formation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    import_id    BIGINT       NOT NULL,
    formation_id BIGINT       NOT NULL,
    inscriptions INT          NOT NULL,
    decision     VARCHAR(20)  NOT NULL,
    decide_par   VARCHAR(100) NULL,
    decide_le    DATETIME(6)  NULL,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_retrait_formation PRIMARY KEY (id),
    CONSTRAINT uk_retrait_formation_import_formation UNIQUE (import_id, formation_id),
    CONSTRAINT fk_retrait_formation_import FOREIGN KEY (import_id) REFERENCES catalogue_import (id),
    CONSTRAINT fk_retrait_formation_formation FOREIGN KEY (formation_id) REFERENCES formation (id),
    CONSTRAINT ck_retrait_formation_decision CHECK (decision IN ('EN_ATTENTE', 'RETIREE', 'MAINTENUE', 'REMPLACEE')),
    CONSTRAINT ck_retrait_formation_inscriptions CHECK (inscriptions >= 1),
    CONSTRAINT ck_retrait_formation_decide CHECK (decision IN ('EN_ATTENTE', 'REMPLACEE')
        OR (decide_par IS NOT NULL AND decide_le IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_retrait_formation_decision ON retrait_formation (decision, formation_id);

-- A vœu whose formation the académie withdrew from the catalogue: kept, and shown as such to the collège and the lycée.
ALTER TABLE voeu ADD COLUMN formation_retiree_le DATETIME(6) NULL;

-- The inscription's history says when one of its vœux lost its formation.
ALTER TABLE inscription_historique DROP CONSTRAINT ck_inscription_historique_action;
ALTER TABLE inscription_historique ADD CONSTRAINT ck_inscription_historique_action CHECK (action IN ('INSCRIPTION',
    'AJOUT_VOEU', 'RETRAIT_VOEU', 'AVIS_ORIGINE', 'CHANGEMENT_REFERENT', 'RETRAIT', 'CONVOCATION',
    'ANNULATION_CONVOCATION', 'PRESENCE', 'COMPTE_RENDU', 'AVIS_ACCUEIL', 'VOEU_AJOUTE_ENTRETIEN', 'FORMATION_RETIREE'));
