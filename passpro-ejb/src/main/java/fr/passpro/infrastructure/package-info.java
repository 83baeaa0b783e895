/**
 * Technical adapters: JPA repositories, mail, PDF, Excel, security and start-up plumbing.
 * It may import the domain; it must not import {@code fr.passpro.application} use cases, nor the web or batch modules.
 */
package fr.passpro.infrastructure;
