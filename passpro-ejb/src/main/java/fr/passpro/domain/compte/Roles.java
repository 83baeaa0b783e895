package fr.passpro.domain.compte;

/**
 * Group names as String constants, for {@code @RolesAllowed} and {@code isCallerInRole}.
 * Each role constant equals the name of the matching {@link Role}.
 */
public final class Roles {

    public static final String ORIGINE = "ORIGINE";
    public static final String ACCUEIL = "ACCUEIL";
    public static final String ADMIN = "ADMIN";
    /** Extra group of the head of an établissement (e.g. the collège head who gives the avis d'origine). */
    public static final String CHEF_ETABLISSEMENT = "CHEF_ETABLISSEMENT";

    private Roles() {
    }
}
