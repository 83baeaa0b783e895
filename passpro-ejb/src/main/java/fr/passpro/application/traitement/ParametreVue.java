package fr.passpro.application.traitement;

/**
 * One parameter of a job that a person may set.
 *
 * @param nom     the job parameter's name
 * @param libelle its French label
 * @param aide    a French hint (format, unit, bounds); may be empty
 * @param type    how it is entered and checked
 * @param defaut  the value taken when none is given; null if none
 * @param min     the smallest value of an {@link TypeParametre#ENTIER}; null if none
 * @param max     the largest value of an {@link TypeParametre#ENTIER}; null if none
 */
public record ParametreVue(String nom, String libelle, String aide, TypeParametre type, String defaut,
                           boolean obligatoire, Integer min, Integer max) {
}
