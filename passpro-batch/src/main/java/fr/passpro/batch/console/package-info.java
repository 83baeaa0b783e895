/**
 * The jobs console: the registry of the jobs Passpro offers (one {@link fr.passpro.batch.console.Traitement} bean
 * per job, its French texts in {@code fr/passpro/batch/traitements.properties}) and the service that lists, starts,
 * stops and restarts them through {@link fr.passpro.batch.BatchJobs}. Knows no job in particular.
 */
package fr.passpro.batch.console;
