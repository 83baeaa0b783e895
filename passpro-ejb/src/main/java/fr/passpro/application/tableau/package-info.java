/**
 * The académie's live dashboard (issue 8): its figures, counted by aggregate queries for the current campagne, the
 * Excel export of each table, and the reminder mailed to the établissements that lag. Admins of the académie only.
 */
package fr.passpro.application.tableau;
