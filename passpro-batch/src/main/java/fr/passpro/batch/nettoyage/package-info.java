/**
 * The {@code nettoyageImports} job: deletes the files stored by catalogue imports that ended long ago (their counts
 * and reject reports stay). Started by hand from the jobs console or the operations endpoint.
 */
package fr.passpro.batch.nettoyage;
