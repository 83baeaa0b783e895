-- Passpro, retention and purge of a campagne's pupil data (issue 7): how long the data stays after closure, when the
-- campagne was purged, the anonymous statistics that outlive the purge, the purge runs, and the link of every mail
-- to the pupils and pre-registrations it names (so that the purge finds them without reading the text).
-- Column names match fr.passpro.domain.campagne.Campagne, PurgeCampagne and fr.passpro.domain.courrier.Courrier.

-- Minors' data is kept only as long as needed: duree_conservation_mois after the closure day, then purged.
ALTER TABLE campagne
    ADD COLUMN duree_conservation_mois INT         NOT NULL DEFAULT 12,
    ADD COLUMN purgee_le               DATETIME(6) NULL,
    ADD CONSTRAINT ck_campagne_duree_conservation CHECK (duree_conservation_mois BETWEEN 1 AND 60);

-- What stays of a campagne once purged: counts per domaine, lycée accueil-référent and collège d'origine. No pupil,
-- no free text, nothing but establishments and numbers. Computed by the purge before it deletes anything; a second
-- computation replaces the campagne's rows.
--   inscriptions       every inscription, withdrawn ones included
--   retirees           withdrawn (the pupil renounced)
--   convoquees         with a convocation still active at closure
--   entretiens_tenus   presence entered as present
--   absences           presence entered as absent; absences_excusees: as excused
--   voeux              vœux of these inscriptions (formations asked for, and added at the interview)
--   avis_origine_*     vœux by avis d'origine of the collège; avis_accueil_*: by avis of the lycée after the interview
CREATE TABLE statistique_campagne (
    id                           BIGINT      NOT NULL AUTO_INCREMENT,
    campagne_id                  BIGINT      NOT NULL,
    domaine_id                   BIGINT      NOT NULL,
    lycee_id                     BIGINT      NOT NULL,
    college_id                   BIGINT      NOT NULL,
    inscriptions                 INT         NOT NULL,
    retirees                     INT         NOT NULL,
    convoquees                   INT         NOT NULL,
    entretiens_tenus             INT         NOT NULL,
    absences                     INT         NOT NULL,
    absences_excusees            INT         NOT NULL,
    voeux                        INT         NOT NULL,
    avis_origine_favorable       INT         NOT NULL,
    avis_origine_assez_favorable INT         NOT NULL,
    avis_origine_reserve         INT         NOT NULL,
    avis_accueil_favorable       INT         NOT NULL,
    avis_accueil_assez_favorable INT         NOT NULL,
    avis_accueil_reserve         INT         NOT NULL,
    calculee_le                  DATETIME(6) NOT NULL,
    CONSTRAINT pk_statistique_campagne PRIMARY KEY (id),
    CONSTRAINT uk_statistique_campagne UNIQUE (campagne_id, domaine_id, lycee_id, college_id),
    CONSTRAINT fk_statistique_campagne_campagne FOREIGN KEY (campagne_id) REFERENCES campagne (id),
    CONSTRAINT fk_statistique_campagne_domaine FOREIGN KEY (domaine_id) REFERENCES domaine (id),
    CONSTRAINT fk_statistique_campagne_lycee FOREIGN KEY (lycee_id) REFERENCES etablissement (id),
    CONSTRAINT fk_statistique_campagne_college FOREIGN KEY (college_id) REFERENCES etablissement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One run of the purgeCampagne job (counts only, never a name). At most one runs per campagne, whatever the server
-- instance: en_cours holds the campagne only while the run is EN_COURS, and its unique key refuses a second one.
CREATE TABLE purge_campagne (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    campagne_id        BIGINT        NOT NULL,
    statut             VARCHAR(20)   NOT NULL,
    job_execution_id   BIGINT        NULL,
    demarree_par       VARCHAR(100)  NOT NULL,
    demarree_le        DATETIME(6)   NOT NULL,
    terminee_le        DATETIME(6)   NULL,
    eleves             INT           NOT NULL DEFAULT 0,
    inscriptions       INT           NOT NULL DEFAULT 0,
    preinscriptions    INT           NOT NULL DEFAULT 0,
    courriers          INT           NOT NULL DEFAULT 0,
    referents          INT           NOT NULL DEFAULT 0,
    message            VARCHAR(1000) NULL,
    version            INT           NOT NULL DEFAULT 0,
    en_cours           BIGINT AS (CASE WHEN statut = 'EN_COURS' THEN campagne_id END) PERSISTENT,
    CONSTRAINT pk_purge_campagne PRIMARY KEY (id),
    CONSTRAINT uk_purge_campagne_en_cours UNIQUE (en_cours),
    CONSTRAINT fk_purge_campagne_campagne FOREIGN KEY (campagne_id) REFERENCES campagne (id),
    CONSTRAINT ck_purge_campagne_statut
        CHECK (statut IN ('EN_COURS', 'TERMINEE', 'DEJA_PURGEE', 'REFUSEE', 'ECHEC'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_purge_campagne_campagne ON purge_campagne (campagne_id, demarree_le);

-- The pupils a mail names (convocation, cancellation, withdrawal, return of the interview, reminder of overdue
-- comptes rendus) and the pre-registration it is about. The purge deletes a pupil's mails through these links; the
-- foreign keys to eleve and preinscription (without cascade) make it impossible to delete a pupil before its mails.
-- Mails queued before this migration have no link: the purge finds them by the pupil's name.
CREATE TABLE courrier_eleve (
    courrier_id BIGINT NOT NULL,
    eleve_id    BIGINT NOT NULL,
    CONSTRAINT pk_courrier_eleve PRIMARY KEY (courrier_id, eleve_id),
    CONSTRAINT fk_courrier_eleve_courrier FOREIGN KEY (courrier_id) REFERENCES courrier (id) ON DELETE CASCADE,
    CONSTRAINT fk_courrier_eleve_eleve FOREIGN KEY (eleve_id) REFERENCES eleve (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_courrier_eleve_eleve ON courrier_eleve (eleve_id);

CREATE TABLE courrier_preinscription (
    courrier_id       BIGINT NOT NULL,
    preinscription_id BIGINT NOT NULL,
    CONSTRAINT pk_courrier_preinscription PRIMARY KEY (courrier_id, preinscription_id),
    CONSTRAINT fk_courrier_preinscription_courrier FOREIGN KEY (courrier_id) REFERENCES courrier (id) ON DELETE CASCADE,
    CONSTRAINT fk_courrier_preinscription_preinscription FOREIGN KEY (preinscription_id) REFERENCES preinscription (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_courrier_preinscription_preinscription ON courrier_preinscription (preinscription_id);

