-- Passpro, inscriptions by the établissements d'origine: élèves, personnes référentes, inscriptions, vœux with the
-- avis d'origine, the append-only history of each inscription, and the registration delays granted by the académie.
-- Column names match the @Table/@Column/@JoinColumn names of fr.passpro.domain.inscription.
-- No column holds a school report: the procedure forbids asking for one.

CREATE TABLE eleve (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    college_id     BIGINT       NOT NULL,
    campagne_id    BIGINT       NOT NULL,
    nom            VARCHAR(100) NOT NULL,
    prenom         VARCHAR(100) NOT NULL,
    date_naissance DATE         NOT NULL,
    classe         VARCHAR(30)  NOT NULL,
    dispositif     VARCHAR(30)  NOT NULL,
    ine            CHAR(11)     NULL,
    -- nom + prénom without accents, case, spaces or punctuation, and the birth date: finds probable duplicates.
    cle_doublon    VARCHAR(250) NOT NULL,
    cree_le        DATETIME(6)  NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_eleve PRIMARY KEY (id),
    -- Several pupils without INE are allowed (NULLs are distinct in a unique key).
    CONSTRAINT uk_eleve_college_campagne_ine UNIQUE (college_id, campagne_id, ine),
    CONSTRAINT fk_eleve_college FOREIGN KEY (college_id) REFERENCES etablissement (id),
    CONSTRAINT fk_eleve_campagne FOREIGN KEY (campagne_id) REFERENCES campagne (id),
    -- Only pupils of 3e level: a lycée pupil has no dispositif here.
    CONSTRAINT ck_eleve_dispositif
        CHECK (dispositif IN ('TROISIEME', 'TROISIEME_SEGPA', 'TROISIEME_PREPA_METIERS', 'EANA', 'MLDS')),
    CONSTRAINT ck_eleve_ine CHECK (ine IS NULL OR CHAR_LENGTH(ine) = 11)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_eleve_college_campagne ON eleve (college_id, campagne_id, nom, prenom);
CREATE INDEX ix_eleve_doublon ON eleve (college_id, campagne_id, cle_doublon);

CREATE TABLE referent (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    college_id BIGINT       NOT NULL,
    nom        VARCHAR(100) NOT NULL,
    prenom     VARCHAR(100) NOT NULL,
    email      VARCHAR(254) NOT NULL,
    actif      BOOLEAN      NOT NULL DEFAULT TRUE,
    version    INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_referent PRIMARY KEY (id),
    CONSTRAINT uk_referent_college_email UNIQUE (college_id, email),
    CONSTRAINT fk_referent_college FOREIGN KEY (college_id) REFERENCES etablissement (id),
    -- Convocations go to an academic address (…@ac-creteil.fr); the entity checks the exact form.
    CONSTRAINT ck_referent_email CHECK (email LIKE '%_@ac-_%.fr')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE inscription (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    eleve_id       BIGINT      NOT NULL,
    domaine_id     BIGINT      NOT NULL,
    lycee_id       BIGINT      NOT NULL,
    referent_id    BIGINT      NOT NULL,
    campagne_id    BIGINT      NOT NULL,
    statut         VARCHAR(20) NOT NULL,
    cree_le        DATETIME(6) NOT NULL,
    cree_par_id    BIGINT      NOT NULL,
    retiree_le     DATETIME(6) NULL,
    retiree_par_id BIGINT      NULL,
    version        INT         NOT NULL DEFAULT 0,
    CONSTRAINT pk_inscription PRIMARY KEY (id),
    -- One interview per domaine: a pupil belongs to one campagne, so this is one inscription per domaine and campagne.
    -- The service translates a violation into a message naming the existing inscription.
    CONSTRAINT uk_inscription_eleve_domaine UNIQUE (eleve_id, domaine_id),
    CONSTRAINT fk_inscription_eleve FOREIGN KEY (eleve_id) REFERENCES eleve (id),
    CONSTRAINT fk_inscription_domaine FOREIGN KEY (domaine_id) REFERENCES domaine (id),
    CONSTRAINT fk_inscription_lycee FOREIGN KEY (lycee_id) REFERENCES etablissement (id),
    CONSTRAINT fk_inscription_referent FOREIGN KEY (referent_id) REFERENCES referent (id),
    CONSTRAINT fk_inscription_campagne FOREIGN KEY (campagne_id) REFERENCES campagne (id),
    CONSTRAINT fk_inscription_cree_par FOREIGN KEY (cree_par_id) REFERENCES account (id),
    CONSTRAINT fk_inscription_retiree_par FOREIGN KEY (retiree_par_id) REFERENCES account (id),
    CONSTRAINT ck_inscription_statut
        CHECK (statut IN ('INSCRITE', 'CONVOQUEE', 'ENTRETIEN_PASSE', 'AVIS_RECUS', 'RETIREE')),
    -- A withdrawn inscription says when and by whom; the others do not.
    CONSTRAINT ck_inscription_retrait CHECK (
        (statut = 'RETIREE' AND retiree_le IS NOT NULL AND retiree_par_id IS NOT NULL)
        OR (statut <> 'RETIREE' AND retiree_le IS NULL AND retiree_par_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_inscription_campagne_statut ON inscription (campagne_id, statut);
CREATE INDEX ix_inscription_lycee ON inscription (lycee_id, campagne_id);

CREATE TABLE voeu (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    inscription_id      BIGINT        NOT NULL,
    formation_id        BIGINT        NOT NULL,
    rang                INT           NOT NULL,
    avis_origine        VARCHAR(20)   NULL,
    commentaire_origine VARCHAR(1000) NULL,
    avis_origine_par_id BIGINT        NULL,
    avis_origine_le     DATETIME(6)   NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_voeu PRIMARY KEY (id),
    CONSTRAINT uk_voeu_inscription_formation UNIQUE (inscription_id, formation_id),
    CONSTRAINT fk_voeu_inscription FOREIGN KEY (inscription_id) REFERENCES inscription (id),
    CONSTRAINT fk_voeu_formation FOREIGN KEY (formation_id) REFERENCES formation (id),
    CONSTRAINT fk_voeu_avis_origine_par FOREIGN KEY (avis_origine_par_id) REFERENCES account (id),
    CONSTRAINT ck_voeu_rang CHECK (rang >= 1),
    CONSTRAINT ck_voeu_avis_origine CHECK (avis_origine IN ('FAVORABLE', 'ASSEZ_FAVORABLE', 'RESERVE')),
    -- An avis d'origine always comes with its commentaire, its author and its date.
    CONSTRAINT ck_voeu_avis_origine_complet CHECK (
        (avis_origine IS NULL AND commentaire_origine IS NULL AND avis_origine_par_id IS NULL AND avis_origine_le IS NULL)
        OR (avis_origine IS NOT NULL AND commentaire_origine IS NOT NULL AND avis_origine_par_id IS NOT NULL
            AND avis_origine_le IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_voeu_formation ON voeu (formation_id);

-- Append-only: the application only inserts; the auteur is the login, kept as text.
CREATE TABLE inscription_historique (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    inscription_id BIGINT        NOT NULL,
    survenu_le     DATETIME(6)   NOT NULL,
    auteur         VARCHAR(100)  NOT NULL,
    action         VARCHAR(30)   NOT NULL,
    avant          VARCHAR(1000) NULL,
    apres          VARCHAR(1000) NULL,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_inscription_historique PRIMARY KEY (id),
    CONSTRAINT fk_inscription_historique_inscription FOREIGN KEY (inscription_id) REFERENCES inscription (id),
    CONSTRAINT ck_inscription_historique_action CHECK (action IN ('INSCRIPTION', 'AJOUT_VOEU', 'RETRAIT_VOEU',
        'AVIS_ORIGINE', 'CHANGEMENT_REFERENT', 'RETRAIT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_inscription_historique_inscription ON inscription_historique (inscription_id, survenu_le);

-- A delay granted by the académie to one collège after the cut-off day; jusqu_a is exclusive.
CREATE TABLE exception_delai (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    college_id      BIGINT       NOT NULL,
    campagne_id     BIGINT       NOT NULL,
    jusqu_a         DATETIME(6)  NOT NULL,
    accordee_par_id BIGINT       NOT NULL,
    accordee_le     DATETIME(6)  NOT NULL,
    motif           VARCHAR(500) NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_exception_delai PRIMARY KEY (id),
    CONSTRAINT fk_exception_delai_college FOREIGN KEY (college_id) REFERENCES etablissement (id),
    CONSTRAINT fk_exception_delai_campagne FOREIGN KEY (campagne_id) REFERENCES campagne (id),
    CONSTRAINT fk_exception_delai_accordee_par FOREIGN KEY (accordee_par_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_exception_delai_college_campagne ON exception_delai (college_id, campagne_id);
