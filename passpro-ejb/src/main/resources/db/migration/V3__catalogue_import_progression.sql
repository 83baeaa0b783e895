-- Passpro, catalogue import: the number of lines of the file, known when the job opens it, for the progress bar.
ALTER TABLE catalogue_import ADD COLUMN lignes_total INT NOT NULL DEFAULT 0 AFTER statut;

-- The applying step looks up the staging lines of an établissement (an accueil-référent met before its own line).
CREATE INDEX ix_catalogue_import_ligne_uai ON catalogue_import_ligne (import_id, uai_etablissement);
