package fr.passpro.domain.inscription;

import fr.passpro.domain.catalogue.TextNormalizer;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * The personne référente: the adult of the collège who follows the pupil; convocations go to their academic e-mail.
 * A référent who leaves is deactivated, never deleted (past inscriptions keep naming them).
 */
@Entity
@Table(name = "referent",
        uniqueConstraints = @UniqueConstraint(name = "uk_referent_college_email", columnNames = {"college_id", "email"}))
@NamedQuery(name = Referent.FIND_BY_COLLEGE,
        query = "SELECT r FROM Referent r WHERE r.college.id = :collegeId ORDER BY r.nom, r.prenom, r.id")
@NamedQuery(name = Referent.FIND_BY_ACADEMIE,
        query = "SELECT r FROM Referent r WHERE r.college.departement.academie.code = :academie"
                + " ORDER BY r.nom, r.prenom, r.id")
@NamedQuery(name = Referent.FIND_BY_ID_AND_COLLEGE,
        query = "SELECT r FROM Referent r WHERE r.id = :id AND r.college.id = :collegeId")
@NamedQuery(name = Referent.FIND_BY_ID_AND_ACADEMIE,
        query = "SELECT r FROM Referent r WHERE r.id = :id AND r.college.departement.academie.code = :academie")
@NamedQuery(name = Referent.FIND_BY_COLLEGE_AND_EMAIL,
        query = "SELECT r FROM Referent r WHERE r.college.id = :collegeId AND r.email = :email")
@NamedQuery(name = Referent.COUNT_BY_ID, query = "SELECT COUNT(r) FROM Referent r WHERE r.id = :id")
public class Referent implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code collegeId}; ordered by nom, prénom. */
    public static final String FIND_BY_COLLEGE = "Referent.findByCollege";
    /** Parameter {@code academie}; ordered by nom, prénom. */
    public static final String FIND_BY_ACADEMIE = "Referent.findByAcademie";
    /** Parameters {@code id}, {@code collegeId}. */
    public static final String FIND_BY_ID_AND_COLLEGE = "Referent.findByIdAndCollege";
    /** Parameters {@code id}, {@code academie}. */
    public static final String FIND_BY_ID_AND_ACADEMIE = "Referent.findByIdAndAcademie";
    /** Parameters {@code collegeId}, {@code email} (lower case). */
    public static final String FIND_BY_COLLEGE_AND_EMAIL = "Referent.findByCollegeAndEmail";
    /** Parameter {@code id}. */
    public static final String COUNT_BY_ID = "Referent.countById";

    public static final int NOM_MAX = 100;
    public static final int PRENOM_MAX = 100;
    public static final int EMAIL_MAX = 254;

    /** An academic address: something, then @ac-, an académie name, .fr (e.g. prenom.nom@ac-creteil.fr). */
    public static final String EMAIL_ACADEMIQUE = "[a-z0-9._%+'-]+@ac-[a-z0-9]+(-[a-z0-9]+)*\\.fr";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @NotNull(message = "Le collège de la personne référente est obligatoire.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "college_id", nullable = false, updatable = false)
    private Etablissement college;

    @NotNull(message = "Le nom de la personne référente est obligatoire.")
    @Size(max = NOM_MAX, message = "Le nom de la personne référente ne peut dépasser {max} caractères.")
    @Column(name = "nom", length = NOM_MAX, nullable = false)
    private String nom;

    @NotNull(message = "Le prénom de la personne référente est obligatoire.")
    @Size(max = PRENOM_MAX, message = "Le prénom de la personne référente ne peut dépasser {max} caractères.")
    @Column(name = "prenom", length = PRENOM_MAX, nullable = false)
    private String prenom;

    @NotNull(message = "L'adresse académique de la personne référente est obligatoire.")
    @Size(max = EMAIL_MAX, message = "L'adresse électronique ne peut dépasser {max} caractères.")
    @Column(name = "email", length = EMAIL_MAX, nullable = false)
    private String email;

    @Column(name = "actif", nullable = false)
    private boolean actif;

    /** The contact person of a CFA or hors-contrat school, whose address is not academic. */
    @Column(name = "externe", nullable = false, updatable = false)
    private boolean externe;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected Referent() {
    }

    /**
     * An active référent of this collège.
     *
     * @throws InvalidValueException for a blank or too long name, or an e-mail that is not academic
     */
    public static Referent designer(Etablissement college, String nom, String prenom, String email) {
        Objects.requireNonNull(college, "Le collège de la personne référente est obligatoire.");
        if (!college.isOrigine()) {
            throw new InvalidValueException("Seul un établissement d'origine désigne des personnes référentes : "
                    + college.getNom() + " (" + college.getUai() + ") ne convient pas.");
        }
        Referent referent = new Referent();
        referent.college = college;
        referent.nom = TextNormalizer.obligatoire(nom, NOM_MAX, "Le nom de la personne référente");
        referent.prenom = TextNormalizer.obligatoire(prenom, PRENOM_MAX, "Le prénom de la personne référente");
        referent.email = emailAcademique(email);
        referent.actif = true;
        return referent;
    }

    /**
     * The contact person of a CFA or hors-contrat school (validated pre-registration): such a school has no academic
     * mailbox, so any valid address is accepted.
     *
     * @throws InvalidValueException for another kind of établissement, a blank or too long name, or an invalid address
     */
    public static Referent contactExterne(Etablissement ecole, String nom, String prenom, String email) {
        Objects.requireNonNull(ecole, "L'établissement de la personne référente est obligatoire.");
        if (ecole.getNature() != Nature.CFA && ecole.getNature() != Nature.HORS_CONTRAT) {
            throw new InvalidValueException("Seul un CFA ou un établissement hors contrat a une personne référente"
                    + " sans adresse académique : " + ecole.getNom() + " ne convient pas.");
        }
        String adresse = TextNormalizer.obligatoire(email, EMAIL_MAX, "L'adresse de la personne référente")
                .toLowerCase(java.util.Locale.ROOT);
        if (!adresse.matches("[a-z0-9._%+'-]+@[a-z0-9.-]+\\.[a-z]{2,}")) {
            throw new InvalidValueException("L'adresse « " + adresse + " » n'est pas une adresse électronique valide.");
        }
        Referent referent = new Referent();
        referent.college = ecole;
        referent.nom = TextNormalizer.obligatoire(nom, NOM_MAX, "Le nom de la personne référente");
        referent.prenom = TextNormalizer.obligatoire(prenom, PRENOM_MAX, "Le prénom de la personne référente");
        referent.email = adresse;
        referent.actif = true;
        referent.externe = true;
        return referent;
    }

    /** Bean Validation: an academic address, unless the référent is the contact of a CFA or hors-contrat school. */
    @AssertTrue(message = "L'adresse de la personne référente doit être une adresse académique (ex. prenom.nom@ac-creteil.fr).")
    boolean isEmailConforme() {
        return externe || email != null && email.matches(EMAIL_ACADEMIQUE);
    }

    public boolean isExterne() {
        return externe;
    }

    /**
     * The address in lower case, if it is academic.
     *
     * @throws InvalidValueException otherwise, with an example of a valid address
     */
    public static String emailAcademique(String email) {
        String address = TextNormalizer.obligatoire(email, EMAIL_MAX, "L'adresse académique de la personne référente")
                .toLowerCase(Locale.ROOT);
        if (!address.matches(EMAIL_ACADEMIQUE)) {
            throw new InvalidValueException("L'adresse « " + address + " » n'est pas une adresse académique : "
                    + "elle doit se terminer par @ac-<académie>.fr (ex. prenom.nom@ac-creteil.fr). Les convocations"
                    + " sont envoyées à cette adresse.");
        }
        return address;
    }

    /** A deactivated référent can no longer be chosen for a new inscription; existing ones keep them. */
    public void desactiver() {
        this.actif = false;
    }

    public void reactiver() {
        this.actif = true;
    }

    /** « Claire Martin ». */
    public String getNomComplet() {
        return prenom + " " + nom;
    }

    public Long getId() {
        return id;
    }

    public Etablissement getCollege() {
        return college;
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

    public boolean isActif() {
        return actif;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return getNomComplet() + " <" + email + ">";
    }
}
