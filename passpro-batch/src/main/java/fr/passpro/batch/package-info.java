/**
 * Jakarta Batch jobs of Passpro: readers, processors, writers and listeners by job, and their triggers. Job XML lives
 * in {@code META-INF/batch-jobs}. Depends on the domain and application services of passpro-ejb, never on the web.
 */
package fr.passpro.batch;
