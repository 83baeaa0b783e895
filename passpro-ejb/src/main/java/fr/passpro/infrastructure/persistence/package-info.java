/**
 * JPA repositories over the {@code passpro} persistence unit. Queries a staff member triggers take a
 * {@link fr.passpro.domain.scope.Scope} and put it into the JPQL WHERE clause; nothing is filtered in memory.
 */
package fr.passpro.infrastructure.persistence;
