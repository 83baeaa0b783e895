/**
 * Inscriptions by the établissements d'origine: the élève (3e level only), the personne référente, the inscription
 * (one per élève and domaine), its vœux with the avis d'origine, its append-only history, and the registration
 * deadline with the exceptions the académie grants. Like the rest of the domain, it imports no application or
 * infrastructure class.
 */
package fr.passpro.domain.inscription;
