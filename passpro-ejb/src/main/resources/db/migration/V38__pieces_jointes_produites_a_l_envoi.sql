-- Issue 15: a convocation's PDF and calendar invitation are produced by the outbox worker when the mail is sent, from
-- a text snapshot of the convocation taken at the change (same SEQUENCE, same content as before), instead of inside
-- the planning transaction (about 35 ms of PDF per pupil). An attachment holds either its bytes or what produces them.
ALTER TABLE courrier_piece_jointe
    MODIFY contenu LONGBLOB NULL,
    ADD COLUMN modele VARCHAR(40) NULL AFTER type_contenu,
    ADD COLUMN donnees MEDIUMTEXT NULL AFTER modele,
    ADD CONSTRAINT ck_courrier_piece_jointe_source CHECK ((contenu IS NULL) <> (modele IS NULL)),
    ADD CONSTRAINT ck_courrier_piece_jointe_donnees CHECK (modele IS NULL OR donnees IS NOT NULL);
