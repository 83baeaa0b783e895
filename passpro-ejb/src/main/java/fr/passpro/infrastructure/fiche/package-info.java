/**
 * The fiche récapitulative that the collège hands to the pupil and the legal representatives once the lycées have
 * given their compte rendu and avis: made from a {@link fr.passpro.infrastructure.fiche.FicheRecapitulative} already
 * resolved to text. Pure functions of their input: no database, no container, no clock.
 */
package fr.passpro.infrastructure.fiche;
