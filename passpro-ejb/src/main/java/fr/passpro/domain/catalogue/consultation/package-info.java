/**
 * The catalogue as staff read it: filters, table lines and formation details, built by the queries as small
 * serializable records. Read models only: nothing here is persisted, and it imports nothing but the domain.
 */
package fr.passpro.domain.catalogue.consultation;
