/**
 * Use cases: one {@code @Stateless} service per staff task, transactional and secured by role and scope.
 * It may import the domain and the infrastructure repositories; it must not import Faces, servlet or batch classes.
 */
package fr.passpro.application;
