/**
 * The nightly import of the établissements directory (« Annuaire de l'éducation »): one file per import, what the job
 * made of it, and its reject report. The statuses and reject lines are those of the catalogue import.
 */
package fr.passpro.domain.etablissement.annuaire;
