/**
 * The campagne's yearly jobs (issue 7): {@code clotureInscriptions} at the end of the 30 April cut-off day and
 * {@code fermetureCampagne} at the end of the 28 May closure day, on their timer and on demand. Both are idempotent
 * (each mail to an établissement is recorded once) and restartable (the chunks over établissements checkpoint their
 * position).
 */
package fr.passpro.batch.campagne;
