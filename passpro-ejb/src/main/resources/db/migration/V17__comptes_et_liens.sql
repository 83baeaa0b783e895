-- Issue 8, part 1: accounts of collèges and lycées. The account already has its active flag and its last login (V1);
-- here, the single-use links that let a person choose a password. Only the SHA-256 of the token is stored: the
-- token itself leaves in the mail and nowhere else, so a copy of the database opens no account.

CREATE TABLE lien_mot_de_passe (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    account_id  BIGINT       NOT NULL,
    jeton_hash  CHAR(64)     NOT NULL,
    cree_le     DATETIME(6)  NOT NULL,
    cree_par    VARCHAR(100) NOT NULL,
    expire_le   DATETIME(6)  NOT NULL,
    utilise_le  DATETIME(6)  NULL,
    -- A newer link for the same account revokes the older ones that were not used.
    revoque_le  DATETIME(6)  NULL,
    CONSTRAINT pk_lien_mot_de_passe PRIMARY KEY (id),
    CONSTRAINT uk_lien_mot_de_passe_jeton UNIQUE (jeton_hash),
    CONSTRAINT fk_lien_mot_de_passe_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_lien_mot_de_passe_expire CHECK (expire_le > cree_le)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_lien_mot_de_passe_account ON lien_mot_de_passe (account_id, utilise_le);
