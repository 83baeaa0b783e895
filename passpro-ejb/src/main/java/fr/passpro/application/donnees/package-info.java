/** A family's rights on a pupil's data, exercised by the académie (issue 8): export, correction, deletion. */
package fr.passpro.application.donnees;
