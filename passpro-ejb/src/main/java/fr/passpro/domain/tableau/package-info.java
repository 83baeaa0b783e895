/**
 * The académie's live dashboard (issue 8): read models counted by aggregate queries (inscriptions by domaine,
 * formation, lycée and collège, convocations, interviews, overdue comptes rendus, avis, the établissements that lag).
 * Nothing here is persisted; it imports nothing but the domain.
 */
package fr.passpro.domain.tableau;
