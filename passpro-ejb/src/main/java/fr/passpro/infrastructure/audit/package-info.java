/** The audit trail of every change, written by the persistence layer in the transaction of the change (issue 8). */
package fr.passpro.infrastructure.audit;
