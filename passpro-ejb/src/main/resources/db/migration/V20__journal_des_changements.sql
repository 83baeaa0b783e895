-- Issue 8: every change to an inscription, a vœu, a séance, a convocation, an interview, an account, a campagne or an
-- établissement is written to the audit journal by the persistence layer, in the transaction of the change. Each
-- line says which établissement, pupil and académie it concerns, so that the académie filters the journal by them.
-- No personal value is copied here (the journal is never purged): free texts read « modifié », the pupil is an id.

ALTER TABLE audit_event
    ADD COLUMN academie_code    CHAR(2) NULL AFTER detail,
    ADD COLUMN etablissement_id BIGINT  NULL AFTER academie_code,
    ADD COLUMN eleve_id         BIGINT  NULL AFTER etablissement_id;

CREATE INDEX ix_audit_event_academie ON audit_event (academie_code, survenu_le);
CREATE INDEX ix_audit_event_etablissement ON audit_event (etablissement_id, survenu_le);
CREATE INDEX ix_audit_event_eleve ON audit_event (eleve_id);
