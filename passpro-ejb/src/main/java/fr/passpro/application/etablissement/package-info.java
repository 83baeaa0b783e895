/** The académie's view of its établissements (issue 8): search, what each one has in Passpro, contact corrections. */
package fr.passpro.application.etablissement;
