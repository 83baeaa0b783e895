/**
 * Pre-registrations of pupils by CFA and hors-contrat schools, which have no account: the public form's submission,
 * its protections (rate limit per address, the field only robots fill), and the académie's decision.
 * Nothing here is visible to a lycée until an admin validates it.
 */
package fr.passpro.domain.preinscription;
