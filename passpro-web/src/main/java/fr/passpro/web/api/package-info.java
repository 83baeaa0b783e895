/**
 * The operations endpoint ({@code /passpro/api}): Jakarta REST resources for schedulers and scripts, authenticated by
 * HTTP Basic over Passpro's own identity store. Calls the same application services as the pages, never a repository.
 */
package fr.passpro.web.api;
