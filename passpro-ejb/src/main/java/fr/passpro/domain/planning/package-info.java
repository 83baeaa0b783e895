/**
 * Interview planning by the lycées d'accueil-référents: séances (individual or collective, in person or remote, at
 * Europe/Paris wall-clock times), the convocation of each inscription to one séance, and the planner that places
 * every unplanned candidate of a domaine.
 */
package fr.passpro.domain.planning;
