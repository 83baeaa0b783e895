/**
 * After the interview: the pupil's presence, and for an individual interview the lycée's compte rendu for the domaine
 * with its avis on each vœu, due within the campagne's delay and changeable until the closure. The history of every
 * version is the inscription's. Must not import {@code fr.passpro.application} or {@code fr.passpro.infrastructure}.
 */
package fr.passpro.domain.entretien;
