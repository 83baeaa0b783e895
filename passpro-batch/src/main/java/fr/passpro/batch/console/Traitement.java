package fr.passpro.batch.console;

import fr.passpro.application.traitement.ConsoleTraitements;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * What a job contributes to the console: one CDI bean per job ({@code @ApplicationScoped}) implementing this, and its
 * French texts in the bundle {@code fr.passpro.batch.traitements}: {@code <nom>.libelle}, {@code <nom>.description},
 * and for each parameter {@code <nom>.<parametre>.libelle} and, optionally, {@code <nom>.<parametre>.aide}.
 *
 * <p>The defaults suit a job that works for one académie: the console gives it the job parameters
 * {@value ConsoleTraitements#PARAM_ACADEMIE} (the admin's académie) and {@value ConsoleTraitements#PARAM_LANCE_PAR}
 * (the admin's login), and runs one execution at a time per académie.
 */
public interface Traitement {

    /** The job's name: the id of its Job XML in {@code META-INF/batch-jobs}. */
    String nom();

    /** The parameters a person may set, in the order of the form. */
    default List<Parametre> parametres() {
        return List.of();
    }

    /** Whether the console starts, stops and restarts it; if not, {@link #page()} does and the console only shows it. */
    default boolean lancementManuel() {
        return true;
    }

    /** The page that drives the job when the console does not, relative to the context root; null if none. */
    default String page() {
        return null;
    }

    /**
     * Beyond this, an execution still marked as running is taken for one the server left behind when it stopped
     * (Jakarta Batch never ends it): it no longer prevents a new start.
     */
    default Duration dureeMax() {
        return Duration.ofHours(2);
    }

    /** Adds the parameters Passpro sets itself for this académie (e.g. its current campagne); none by default. */
    default void completer(Properties parametres, String academie) {
    }

    /** What makes two executions « the same run », only one of which may run at a time: by default, the académie. */
    default String cle(Properties parametres) {
        return ConsoleTraitements.PARAM_ACADEMIE + "=" + parametres.getProperty(ConsoleTraitements.PARAM_ACADEMIE);
    }

    /** Whether an execution with these parameters belongs to this académie. */
    default boolean concerne(Properties parametres, String academie) {
        return academie.equals(parametres.getProperty(ConsoleTraitements.PARAM_ACADEMIE));
    }

    /** The login of who started an execution with these parameters; null if unknown. */
    default String lancePar(Properties parametres) {
        return parametres.getProperty(ConsoleTraitements.PARAM_LANCE_PAR);
    }
}
