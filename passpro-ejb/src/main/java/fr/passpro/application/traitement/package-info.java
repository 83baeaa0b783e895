/**
 * The jobs console as the application offers it: which batch jobs Passpro has, their latest executions, and starting,
 * stopping and restarting them. Implemented by the batch module (which owns the jobs and the job operator); declared
 * here so that the web module and the tests depend on the use case, not on the batch module.
 */
package fr.passpro.application.traitement;
