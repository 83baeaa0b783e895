/**
 * Accounts of collèges and lycées: the académie's admins and each chef d'établissement create, disable and re-enable
 * them and mail single-use links to choose a password; the public page of such a link. Every change is audited.
 */
package fr.passpro.application.compte;
