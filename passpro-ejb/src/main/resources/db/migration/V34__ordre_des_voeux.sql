-- Issue 18, item 2: the collège changes the order of an inscription's vœux (the pupil's order of preference) while
-- the inscription may be changed; the history says so.
ALTER TABLE inscription_historique DROP CONSTRAINT ck_inscription_historique_action;
ALTER TABLE inscription_historique ADD CONSTRAINT ck_inscription_historique_action CHECK (action IN ('INSCRIPTION',
    'AJOUT_VOEU', 'RETRAIT_VOEU', 'AVIS_ORIGINE', 'CHANGEMENT_REFERENT', 'RETRAIT', 'CONVOCATION',
    'ANNULATION_CONVOCATION', 'PRESENCE', 'COMPTE_RENDU', 'AVIS_ACCUEIL', 'VOEU_AJOUTE_ENTRETIEN', 'FORMATION_RETIREE',
    'ORDRE_VOEUX'));
