package fr.passpro.domain.compte;

/** What an account does in Passpro; its name is the security group (see {@link Roles}). */
public enum Role {

    ORIGINE("Établissement d'origine"),
    ACCUEIL("Établissement d'accueil-référent"),
    ADMIN("Académie");

    /** Same as {@link Roles#CHEF_ETABLISSEMENT}. */
    public static final String CHEF_ETABLISSEMENT = Roles.CHEF_ETABLISSEMENT;

    private final String libelle;

    Role(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
