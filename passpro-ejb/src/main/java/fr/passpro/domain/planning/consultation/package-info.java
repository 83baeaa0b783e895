/**
 * What a lycée reads about its candidates: the filter of its list and one row of it. Read-only views, no rule here;
 * the planning rules stay in {@code fr.passpro.domain.planning}.
 */
package fr.passpro.domain.planning.consultation;
