/**
 * How far the lycées are with their convocations, as a lycée and the académie read it: per lycée, its candidates and
 * how many are still to convoke, against the campagne's convocation deadline. Read models built by queries, nothing
 * here is persisted; it imports nothing but the domain.
 */
package fr.passpro.domain.planning.suivi;
