package fr.passpro.domain.etablissement;

import fr.passpro.domain.shared.InvalidValueException;
import java.util.Arrays;

/**
 * The kind of établissement, with the code used by the national directory (340, 320) or by Passpro for the others.
 * It decides which role an établissement may play: origine (it registers pupils) or accueil (it holds interviews).
 */
public enum Nature {

    COLLEGE("340", "Collège"),
    LYCEE_PROFESSIONNEL("320", "Lycée professionnel"),
    SEP("SEP", "Section d'enseignement professionnel"),
    LPO("LPO", "Lycée polyvalent"),
    CFA("CFA", "Centre de formation d'apprentis"),
    HORS_CONTRAT("HC", "Établissement hors contrat");

    private final String code;
    private final String libelle;

    Nature(String code, String libelle) {
        this.code = code;
        this.libelle = libelle;
    }

    public String code() {
        return code;
    }

    public String libelle() {
        return libelle;
    }

    /** An établissement d'origine: it registers its pupils (collège, CFA, hors contrat). */
    public boolean isOrigine() {
        return this == COLLEGE || this == CFA || this == HORS_CONTRAT;
    }

    /** An établissement d'accueil-référent: it holds the interviews (lycée professionnel, SEP, LPO). */
    public boolean isAccueil() {
        return this == LYCEE_PROFESSIONNEL || this == SEP || this == LPO;
    }

    /**
     * The nature of a code as found in an import file (340, 320, SEP, LPO, CFA, HC).
     *
     * @throws InvalidValueException for an unknown code
     */
    public static Nature fromCode(String code) {
        String wanted = code == null ? "" : code.strip();
        return Arrays.stream(values())
                .filter(n -> n.code.equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("La nature d'établissement « " + wanted
                        + " » est inconnue : codes admis 340, 320, SEP, LPO, CFA, HC."));
    }
}
