-- Issue 8: the académie corrects an établissement's contact (the person to call about Passpro and a phone number)
-- beside its functional mailbox.

ALTER TABLE etablissement
    ADD COLUMN contact   VARCHAR(150) NULL AFTER mail_fonctionnel,
    ADD COLUMN telephone VARCHAR(20)  NULL AFTER contact;
