package fr.passpro.domain.tableau;

import java.io.Serializable;

/**
 * How many inscriptions (not withdrawn) one thing of the dashboard has: a domaine, a formation, a lycée or a collège.
 *
 * @param precision what tells two lines of the same name apart: the UAI of an établissement, the lycée of a formation;
 *                  empty for a domaine
 * @param departement the code of the établissement's département (the lycée's for a formation); empty for a domaine
 */
public record Effectif(long id, String libelle, String precision, String departement, long inscriptions)
        implements Serializable {
}
