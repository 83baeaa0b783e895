/**
 * After the interview: the lycée enters the presence, then for an individual interview the compte rendu and its avis
 * on each vœu, which are mailed back to the collège; overdue comptes rendus are listed for the dashboards and
 * reminded to each lycée every morning.
 */
package fr.passpro.application.entretien;
