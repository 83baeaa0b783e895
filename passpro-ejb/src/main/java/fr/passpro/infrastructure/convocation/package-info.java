/**
 * The documents of a convocation, made from a {@link fr.passpro.infrastructure.convocation.ConvocationDocument}
 * already resolved to text: the calendar invitation, the printed convocation, the mails, and the day sheet of the
 * lycée's reception desk. Pure functions of their input: no database, no container, no clock.
 */
package fr.passpro.infrastructure.convocation;
