package fr.passpro.application.traitement;

import java.util.List;

/**
 * One job as the console shows it.
 *
 * @param nom             the job's name (its Job XML id), e.g. {@code nettoyageImports}
 * @param libelle         its French label
 * @param description     what it does, in French, for the académie's staff
 * @param parametres      what a person may set when starting it
 * @param lancementManuel whether it may be started, stopped and restarted from the console; if not, it is driven
 *                        from {@code page}
 * @param page            the page of the application that drives it, relative to the context root; null if none
 */
public record TraitementVue(String nom, String libelle, String description, List<ParametreVue> parametres,
                            boolean lancementManuel, String page) {

    public TraitementVue {
        parametres = List.copyOf(parametres);
    }
}
