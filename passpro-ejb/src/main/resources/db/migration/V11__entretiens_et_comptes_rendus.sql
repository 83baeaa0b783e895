-- Passpro, after the interview: the pupil's presence, the lycée's compte rendu for the domaine and its avis on each
-- vœu (issue 6). Column names match fr.passpro.domain.entretien.Entretien and fr.passpro.domain.inscription.Voeu.

-- One per inscription, made when the lycée first enters the presence (from the start of the séance to the closure).
-- The compte rendu is for individual interviews only (a collective one has the presence alone: checked by the
-- application, which knows the séance's modalité).
CREATE TABLE entretien (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    inscription_id      BIGINT        NOT NULL,
    seance_id           BIGINT        NOT NULL,
    presence            VARCHAR(20)   NOT NULL,
    presence_le         DATETIME(6)   NOT NULL,
    presence_par_id     BIGINT        NOT NULL,
    compte_rendu        VARCHAR(4000) NULL,
    compte_rendu_le     DATETIME(6)   NULL,
    compte_rendu_par_id BIGINT        NULL,
    -- When the compte rendu and every avis were first all in: the collège was mailed then.
    retour_complet_le   DATETIME(6)   NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_entretien PRIMARY KEY (id),
    CONSTRAINT uk_entretien_inscription UNIQUE (inscription_id),
    CONSTRAINT fk_entretien_inscription FOREIGN KEY (inscription_id) REFERENCES inscription (id),
    CONSTRAINT fk_entretien_seance FOREIGN KEY (seance_id) REFERENCES seance (id),
    CONSTRAINT fk_entretien_presence_par FOREIGN KEY (presence_par_id) REFERENCES account (id),
    CONSTRAINT fk_entretien_compte_rendu_par FOREIGN KEY (compte_rendu_par_id) REFERENCES account (id),
    CONSTRAINT ck_entretien_presence CHECK (presence IN ('PRESENT', 'ABSENT', 'EXCUSE')),
    -- A compte rendu comes with its author and date, and only for a pupil who was there.
    CONSTRAINT ck_entretien_compte_rendu CHECK (
        (compte_rendu IS NULL AND compte_rendu_le IS NULL AND compte_rendu_par_id IS NULL)
        OR (compte_rendu IS NOT NULL AND compte_rendu_le IS NOT NULL AND compte_rendu_par_id IS NOT NULL
            AND presence = 'PRESENT' AND CHAR_LENGTH(TRIM(compte_rendu)) > 0)),
    CONSTRAINT ck_entretien_retour_complet CHECK (retour_complet_le IS NULL OR compte_rendu IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_entretien_seance ON entretien (seance_id);

-- The lycée's avis on each vœu after the interview, and the vœux it adds there (a formation of the domaine the
-- pupil preferred; such a vœu always has the lycée's avis).
ALTER TABLE voeu
    ADD COLUMN avis_accueil        VARCHAR(20) NULL AFTER avis_origine_le,
    ADD COLUMN avis_accueil_par_id BIGINT      NULL AFTER avis_accueil,
    ADD COLUMN avis_accueil_le     DATETIME(6) NULL AFTER avis_accueil_par_id,
    ADD COLUMN ajoute_a_l_entretien BOOLEAN    NOT NULL DEFAULT FALSE AFTER avis_accueil_le,
    ADD CONSTRAINT fk_voeu_avis_accueil_par FOREIGN KEY (avis_accueil_par_id) REFERENCES account (id),
    ADD CONSTRAINT ck_voeu_avis_accueil CHECK (avis_accueil IN ('FAVORABLE', 'ASSEZ_FAVORABLE', 'RESERVE')),
    ADD CONSTRAINT ck_voeu_avis_accueil_complet CHECK (
        (avis_accueil IS NULL AND avis_accueil_par_id IS NULL AND avis_accueil_le IS NULL)
        OR (avis_accueil IS NOT NULL AND avis_accueil_par_id IS NOT NULL AND avis_accueil_le IS NOT NULL)),
    ADD CONSTRAINT ck_voeu_ajoute_a_l_entretien CHECK (ajoute_a_l_entretien = FALSE OR avis_accueil IS NOT NULL);

-- The history keeps every version of a compte rendu whole (up to 4,000 characters, before and after), and records
-- the presence, the compte rendu, the lycée's avis and the vœux added at the interview.
ALTER TABLE inscription_historique
    MODIFY avant VARCHAR(4000) NULL,
    MODIFY apres VARCHAR(4000) NULL;
ALTER TABLE inscription_historique DROP CONSTRAINT ck_inscription_historique_action;
ALTER TABLE inscription_historique ADD CONSTRAINT ck_inscription_historique_action CHECK (action IN ('INSCRIPTION',
    'AJOUT_VOEU', 'RETRAIT_VOEU', 'AVIS_ORIGINE', 'CHANGEMENT_REFERENT', 'RETRAIT', 'CONVOCATION',
    'ANNULATION_CONVOCATION', 'PRESENCE', 'COMPTE_RENDU', 'AVIS_ACCUEIL', 'VOEU_AJOUTE_ENTRETIEN'));

-- A daily job run claimed by one Payara instance: the first to insert the (job, day) row runs it, in the same
-- transaction as the mails it queues; the others find the row and skip the day.
CREATE TABLE execution_quotidienne (
    traitement  VARCHAR(50)  NOT NULL,
    jour        DATE         NOT NULL,
    instance    VARCHAR(100) NOT NULL,
    reservee_le DATETIME(6)  NOT NULL,
    CONSTRAINT pk_execution_quotidienne PRIMARY KEY (traitement, jour)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
