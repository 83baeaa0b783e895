/**
 * The Passpro domain: entities, value objects and business rules, in the staff's own words (see DOMAIN.md).
 * It may use the Jakarta Persistence, Bean Validation and EJB annotations, but must not import
 * {@code fr.passpro.application}, {@code fr.passpro.infrastructure}, nor anything from the web or batch modules.
 */
package fr.passpro.domain;
