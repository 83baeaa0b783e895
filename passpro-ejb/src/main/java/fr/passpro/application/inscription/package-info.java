/**
 * The collège's tasks on its inscriptions: pupils, personnes référentes, inscriptions and vœux, avis d'origine,
 * withdrawals, with the registration deadline. Every read and write goes through the caller's scope; an access to
 * another établissement's data is refused and written to the audit log.
 */
package fr.passpro.application.inscription;
