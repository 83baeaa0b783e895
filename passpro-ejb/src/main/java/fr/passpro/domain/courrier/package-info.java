/**
 * The mails the application sends (confirmations, refusals, convocations): kept in the database in the caller's
 * transaction, so that a mail leaves only if what it announces was committed, and sent later by a worker with retries.
 * Imports nothing from the web, batch or infrastructure layers.
 */
package fr.passpro.domain.courrier;
