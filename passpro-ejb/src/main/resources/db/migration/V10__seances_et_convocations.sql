-- Passpro, interview planning by the lycées d'accueil-référents: séances and the convocation of each inscription.
-- Column names match fr.passpro.domain.planning. Times of a séance are Europe/Paris wall-clock (DATETIME without
-- zone): 13:30 stays 13:30 on both sides of the change to summer time.

CREATE TABLE seance (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    campagne_id   BIGINT       NOT NULL,
    lycee_id      BIGINT       NOT NULL,
    domaine_id    BIGINT       NOT NULL,
    modalite      VARCHAR(20)  NOT NULL,
    deroulement   VARCHAR(20)  NOT NULL,
    debut         DATETIME     NOT NULL,
    fin           DATETIME     NOT NULL,
    salle         VARCHAR(100) NULL,
    lien_visio    VARCHAR(500) NULL,
    capacite      INT          NOT NULL,
    -- Seats taken by active convocations. With the CHECK below and optimistic locking on version, two staff
    -- booking the last seat at once cannot both succeed.
    places_prises INT          NOT NULL DEFAULT 0,
    intervenants  VARCHAR(300) NULL,
    cree_le       DATETIME(6)  NOT NULL,
    cree_par_id   BIGINT       NOT NULL,
    annulee_le    DATETIME(6)  NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_seance PRIMARY KEY (id),
    CONSTRAINT fk_seance_campagne FOREIGN KEY (campagne_id) REFERENCES campagne (id),
    CONSTRAINT fk_seance_lycee FOREIGN KEY (lycee_id) REFERENCES etablissement (id),
    CONSTRAINT fk_seance_domaine FOREIGN KEY (domaine_id) REFERENCES domaine (id),
    CONSTRAINT fk_seance_cree_par FOREIGN KEY (cree_par_id) REFERENCES account (id),
    CONSTRAINT ck_seance_modalite CHECK (modalite IN ('INDIVIDUEL', 'COLLECTIF')),
    CONSTRAINT ck_seance_deroulement CHECK (deroulement IN ('PRESENTIEL', 'DISTANCIEL')),
    CONSTRAINT ck_seance_horaires CHECK (fin > debut AND DATE(fin) = DATE(debut)),
    CONSTRAINT ck_seance_capacite CHECK (capacite >= 1 AND (modalite = 'COLLECTIF' OR capacite = 1)),
    CONSTRAINT ck_seance_places CHECK (places_prises >= 0 AND places_prises <= capacite),
    -- In person: a room and no link; remote: an https link and no room.
    CONSTRAINT ck_seance_lieu CHECK (
        (deroulement = 'PRESENTIEL' AND salle IS NOT NULL AND lien_visio IS NULL)
        OR (deroulement = 'DISTANCIEL' AND salle IS NULL AND lien_visio LIKE 'https://%'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_seance_lycee_debut ON seance (lycee_id, campagne_id, debut);
CREATE INDEX ix_seance_lycee_salle ON seance (lycee_id, salle, debut);

-- The formations a séance is for; none means every formation of its domaine at this lycée.
CREATE TABLE seance_formation (
    seance_id    BIGINT NOT NULL,
    formation_id BIGINT NOT NULL,
    CONSTRAINT pk_seance_formation PRIMARY KEY (seance_id, formation_id),
    CONSTRAINT fk_seance_formation_seance FOREIGN KEY (seance_id) REFERENCES seance (id),
    CONSTRAINT fk_seance_formation_formation FOREIGN KEY (formation_id) REFERENCES formation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One convocation per inscription, for its whole life: moved, cancelled and given again, it keeps its calendar UID
-- and raises its SEQUENCE, so the invitations in the collège's calendar update instead of piling up.
CREATE TABLE convocation (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    inscription_id  BIGINT       NOT NULL,
    -- While active, the séance where it holds a seat; once cancelled, the séance it was for.
    seance_id       BIGINT       NOT NULL,
    statut          VARCHAR(20)  NOT NULL,
    uid             VARCHAR(200) NOT NULL,
    sequence        INT          NOT NULL DEFAULT 0,
    convoquee_le    DATETIME(6)  NOT NULL,
    modifiee_le     DATETIME(6)  NOT NULL,
    annulee_le      DATETIME(6)  NULL,
    courrier_id     BIGINT       NULL,
    accuse          VARCHAR(30)  NULL,
    accuse_le       DATETIME(6)  NULL,
    accuse_par_id   BIGINT       NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_convocation PRIMARY KEY (id),
    CONSTRAINT uk_convocation_inscription UNIQUE (inscription_id),
    CONSTRAINT uk_convocation_uid UNIQUE (uid),
    CONSTRAINT fk_convocation_inscription FOREIGN KEY (inscription_id) REFERENCES inscription (id),
    CONSTRAINT fk_convocation_seance FOREIGN KEY (seance_id) REFERENCES seance (id),
    CONSTRAINT fk_convocation_courrier FOREIGN KEY (courrier_id) REFERENCES courrier (id),
    CONSTRAINT fk_convocation_accuse_par FOREIGN KEY (accuse_par_id) REFERENCES account (id),
    CONSTRAINT ck_convocation_statut CHECK (statut IN ('ACTIVE', 'ANNULEE')),
    CONSTRAINT ck_convocation_annulation CHECK ((statut = 'ANNULEE') = (annulee_le IS NOT NULL)),
    CONSTRAINT ck_convocation_accuse CHECK (
        (accuse IS NULL AND accuse_le IS NULL AND accuse_par_id IS NULL)
        OR (accuse IN ('PRESENCE_CONFIRMEE', 'ABSENCE_PREVUE') AND accuse_le IS NOT NULL AND accuse_par_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_convocation_seance ON convocation (seance_id, statut);

-- An inscription's history also records its convocation and its cancellation.
ALTER TABLE inscription_historique DROP CONSTRAINT ck_inscription_historique_action;
ALTER TABLE inscription_historique ADD CONSTRAINT ck_inscription_historique_action CHECK (action IN ('INSCRIPTION',
    'AJOUT_VOEU', 'RETRAIT_VOEU', 'AVIS_ORIGINE', 'CHANGEMENT_REFERENT', 'RETRAIT', 'CONVOCATION',
    'ANNULATION_CONVOCATION'));
