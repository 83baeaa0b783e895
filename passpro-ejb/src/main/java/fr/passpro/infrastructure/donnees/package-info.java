/** The file of everything Passpro holds about one pupil (issue 8). */
package fr.passpro.infrastructure.donnees;
