package fr.passpro.domain.compte;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.scope.Scope;
import fr.passpro.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person who logs into Passpro: staff of one établissement (ORIGINE or ACCUEIL, possibly its head),
 * or staff of an académie (ADMIN). Accounts from ARENA have no password hash.
 * <p>
 * An établissement account stores no académie: it is the académie of the établissement's département.
 */
@Entity
@Table(name = "account",
        uniqueConstraints = @UniqueConstraint(name = "uk_account_login", columnNames = "login"))
@NamedQuery(name = Account.FIND_BY_LOGIN,
        query = "SELECT a FROM Account a WHERE a.login = :login")
@NamedQuery(name = Account.FIND_VISIBLE_BY_ETABLISSEMENT,
        query = "SELECT a FROM Account a WHERE a.etablissement.id = :etablissementId ORDER BY a.nom, a.prenom, a.login")
@NamedQuery(name = Account.FIND_VISIBLE_BY_ACADEMIE,
        query = "SELECT a FROM Account a LEFT JOIN a.academie ac LEFT JOIN a.etablissement e"
                + " LEFT JOIN e.departement d LEFT JOIN d.academie da"
                + " WHERE ac.code = :academie OR da.code = :academie ORDER BY a.nom, a.prenom, a.login")
public class Account implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code login}. */
    public static final String FIND_BY_LOGIN = "Account.findByLogin";
    /** Parameter {@code etablissementId}: the accounts of one établissement. */
    public static final String FIND_VISIBLE_BY_ETABLISSEMENT = "Account.findVisibleByEtablissement";
    /** Parameter {@code academie}: the académie's own accounts and those of its établissements. */
    public static final String FIND_VISIBLE_BY_ACADEMIE = "Account.findVisibleByAcademie";

    public static final int LOGIN_MAX = 100;
    public static final int NOM_MAX = 100;
    public static final int PRENOM_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int PASSWORD_HASH_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @NotNull(message = "L'identifiant est obligatoire.")
    @Size(max = LOGIN_MAX, message = "L'identifiant ne peut dépasser {max} caractères.")
    @Column(name = "login", length = LOGIN_MAX, nullable = false, updatable = false)
    private String login;

    @NotNull(message = "Le nom est obligatoire.")
    @Size(max = NOM_MAX, message = "Le nom ne peut dépasser {max} caractères.")
    @Column(name = "nom", length = NOM_MAX, nullable = false)
    private String nom;

    @NotNull(message = "Le prénom est obligatoire.")
    @Size(max = PRENOM_MAX, message = "Le prénom ne peut dépasser {max} caractères.")
    @Column(name = "prenom", length = PRENOM_MAX, nullable = false)
    private String prenom;

    @NotNull(message = "L'adresse électronique est obligatoire.")
    @Email(message = "L'adresse électronique n'est pas valide.")
    @Size(max = EMAIL_MAX, message = "L'adresse électronique ne peut dépasser {max} caractères.")
    @Column(name = "email", length = EMAIL_MAX, nullable = false)
    private String email;

    @Size(max = PASSWORD_HASH_MAX)
    @Column(name = "password_hash", length = PASSWORD_HASH_MAX)
    private String passwordHash;

    @NotNull(message = "Le rôle est obligatoire.")
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false, updatable = false)
    private Role role;

    @Column(name = "chef_etablissement", nullable = false)
    private boolean chefEtablissement;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "etablissement_id", updatable = false)
    private Etablissement etablissement;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "academie_code", updatable = false)
    private Academie academie;

    @Column(name = "actif", nullable = false)
    private boolean actif;

    /**
     * Written by {@code AccountRepository.enregistrerConnexion} alone, outside the version: two logins to one account at
     * once must not make each other fail (issue 14), and a login is no change of the account.
     */
    @Column(name = "derniere_connexion", insertable = false, updatable = false)
    private Instant derniereConnexion;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected Account() {
    }

    private Account(String login, String nom, String prenom, String email, Role role, boolean chefEtablissement,
                    Etablissement etablissement, Academie academie) {
        this.login = requireText(login, LOGIN_MAX, "L'identifiant");
        this.nom = requireText(nom, NOM_MAX, "Le nom");
        this.prenom = requireText(prenom, PRENOM_MAX, "Le prénom");
        this.email = checkEmail(email);
        this.role = role;
        this.chefEtablissement = chefEtablissement;
        this.etablissement = etablissement;
        this.academie = academie;
        this.actif = true;
    }

    /**
     * An account of the staff of one établissement.
     *
     * @param role ORIGINE (the établissement must be a collège, CFA or hors-contrat school) or ACCUEIL (a lycée
     *             professionnel, SEP or LPO)
     * @param chef whether the person is the head of the établissement
     * @throws InvalidValueException if the role does not match the établissement or is ADMIN
     */
    public static Account pourEtablissement(String login, String nom, String prenom, String email, Role role,
                                            boolean chef, Etablissement etablissement) {
        Objects.requireNonNull(role, "Le rôle est obligatoire.");
        Objects.requireNonNull(etablissement, "L'établissement du compte est obligatoire.");
        switch (role) {
            case ADMIN -> throw new InvalidValueException("Un compte « " + Role.ADMIN.libelle()
                    + " » est rattaché à une académie, pas à un établissement.");
            case ORIGINE -> {
                if (!etablissement.isOrigine()) {
                    throw new InvalidValueException("Un compte « " + Role.ORIGINE.libelle()
                            + " » se rattache à un collège, un CFA ou un établissement hors contrat : "
                            + etablissement.getNom() + " (" + etablissement.getUai() + ") est de nature « "
                            + etablissement.getNature().libelle() + " ».");
                }
            }
            case ACCUEIL -> {
                if (!etablissement.isAccueil()) {
                    throw new InvalidValueException("Un compte « " + Role.ACCUEIL.libelle()
                            + " » se rattache à un lycée professionnel, une SEP ou un lycée polyvalent : "
                            + etablissement.getNom() + " (" + etablissement.getUai() + ") est de nature « "
                            + etablissement.getNature().libelle() + " ».");
                }
            }
        }
        return new Account(login, nom, prenom, email, role, chef, etablissement, null);
    }

    /** An ADMIN account of the académie staff (SAIO, DSDEN). */
    public static Account pourAcademie(String login, String nom, String prenom, String email, Academie academie) {
        Objects.requireNonNull(academie, "Un compte « " + Role.ADMIN.libelle() + " » doit être rattaché à une académie.");
        return new Account(login, nom, prenom, email, Role.ADMIN, false, null, academie);
    }

    private static String requireText(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(what + " est obligatoire.");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidValueException(what + " ne peut dépasser " + max + " caractères.");
        }
        return stripped;
    }

    private static String checkEmail(String value) {
        String stripped = requireText(value, EMAIL_MAX, "L'adresse électronique");
        if (!stripped.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidValueException("L'adresse électronique « " + stripped
                    + " » n'est pas valide (ex. prenom.nom@ac-paris.fr).");
        }
        return stripped;
    }

    /** The security groups of this account: its role, and CHEF_ETABLISSEMENT for the head of an établissement. */
    public Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(role.name());
        if (chefEtablissement) {
            groups.add(Roles.CHEF_ETABLISSEMENT);
        }
        return Set.copyOf(groups);
    }

    /**
     * What this account may see. Only for a persisted account (its établissement has an id).
     */
    public Scope scope() {
        if (etablissement == null) {
            return Scope.academie(academie.getCode());
        }
        Long etablissementId = Objects.requireNonNull(etablissement.getId(),
                "L'établissement du compte n'est pas encore enregistré.");
        return Scope.etablissement(etablissementId, etablissement.getUai(), etablissement.getAcademie().getCode());
    }

    /** @param hash the password hash (never the password itself) */
    public void changerMotDePasse(String hash) {
        if (hash == null || hash.isBlank()) {
            throw new InvalidValueException("Le mot de passe est obligatoire.");
        }
        if (hash.length() > PASSWORD_HASH_MAX) {
            throw new IllegalArgumentException("Password hash longer than " + PASSWORD_HASH_MAX + " characters");
        }
        this.passwordHash = hash;
    }

    /** A deactivated account can no longer log in; its history stays. */
    public void desactiver() {
        this.actif = false;
    }

    public void reactiver() {
        this.actif = true;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getNom() {
        return nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public String getEmail() {
        return email;
    }

    /** Empty for an account that logs in through ARENA only. */
    public Optional<String> getPasswordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public Role getRole() {
        return role;
    }

    public boolean isChefEtablissement() {
        return chefEtablissement;
    }

    /** Null for an ADMIN account. */
    public Etablissement getEtablissement() {
        return etablissement;
    }

    /** The académie of the account: its own for ADMIN, the établissement's otherwise. */
    public Academie getAcademie() {
        return academie != null ? academie : etablissement.getAcademie();
    }

    public boolean isActif() {
        return actif;
    }

    /** Null before the first login. */
    public Instant getDerniereConnexion() {
        return derniereConnexion;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Account[" + login + ", " + role + (chefEtablissement ? ", chef" : "") + "]";
    }
}
