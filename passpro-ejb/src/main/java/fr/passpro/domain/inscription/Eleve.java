package fr.passpro.domain.inscription;

import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.TextNormalizer;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pupil of 3e level registered by its collège (or CFA, hors-contrat school) for one campagne. Passpro keeps only
 * what the interviews need: identity, class and dispositif; never a school report.
 */
@Entity
@Table(name = "eleve",
        uniqueConstraints = @UniqueConstraint(name = "uk_eleve_college_campagne_ine",
                columnNames = {"college_id", "campagne_id", "ine"}))
@NamedQuery(name = Eleve.FIND_BY_ID_AND_COLLEGE,
        query = "SELECT e FROM Eleve e WHERE e.id = :id AND e.college.id = :collegeId")
@NamedQuery(name = Eleve.FIND_BY_ID_AND_ACADEMIE,
        query = "SELECT e FROM Eleve e WHERE e.id = :id AND e.college.departement.academie.code = :academie")
@NamedQuery(name = Eleve.FIND_BY_COLLEGE,
        query = "SELECT e FROM Eleve e WHERE e.college.id = :collegeId AND e.campagne.id = :campagneId"
                + " ORDER BY e.nom, e.prenom, e.id")
@NamedQuery(name = Eleve.FIND_BY_ACADEMIE,
        query = "SELECT e FROM Eleve e WHERE e.college.departement.academie.code = :academie"
                + " AND e.campagne.id = :campagneId ORDER BY e.nom, e.prenom, e.id")
@NamedQuery(name = Eleve.FIND_BY_CLE_DOUBLON,
        query = "SELECT e FROM Eleve e WHERE e.college.id = :collegeId AND e.campagne.id = :campagneId"
                + " AND e.cleDoublon = :cle ORDER BY e.id")
@NamedQuery(name = Eleve.FIND_BY_INE,
        query = "SELECT e FROM Eleve e WHERE e.college.id = :collegeId AND e.campagne.id = :campagneId"
                + " AND e.ine.code = :ine")
@NamedQuery(name = Eleve.COUNT_BY_ID, query = "SELECT COUNT(e) FROM Eleve e WHERE e.id = :id")
public class Eleve implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameters {@code id}, {@code collegeId}. */
    public static final String FIND_BY_ID_AND_COLLEGE = "Eleve.findByIdAndCollege";
    /** Parameters {@code id}, {@code academie}. */
    public static final String FIND_BY_ID_AND_ACADEMIE = "Eleve.findByIdAndAcademie";
    /** Parameters {@code collegeId}, {@code campagneId}; ordered by nom, prénom. */
    public static final String FIND_BY_COLLEGE = "Eleve.findByCollege";
    /** Parameters {@code academie}, {@code campagneId}; ordered by nom, prénom. */
    public static final String FIND_BY_ACADEMIE = "Eleve.findByAcademie";
    /** Parameters {@code collegeId}, {@code campagneId}, {@code cle} ({@link #normalisedKey()}). */
    public static final String FIND_BY_CLE_DOUBLON = "Eleve.findByCleDoublon";
    /** Parameters {@code collegeId}, {@code campagneId}, {@code ine} (the code). */
    public static final String FIND_BY_INE = "Eleve.findByIne";
    /** Parameter {@code id}: whether the pupil exists at all, for the audit of refused accesses. */
    public static final String COUNT_BY_ID = "Eleve.countById";

    public static final int NOM_MAX = 100;
    public static final int PRENOM_MAX = 100;
    public static final int CLASSE_MAX = 30;
    public static final int CLE_DOUBLON_MAX = 250;

    /** Plausible ages at the campagne's opening for a pupil of 3e level (EANA and MLDS included). */
    public static final int AGE_MIN = 11;
    public static final int AGE_MAX = 25;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @NotNull(message = "Le collège de l'élève est obligatoire.")
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "college_id", nullable = false, updatable = false)
    private Etablissement college;

    @NotNull(message = "La campagne est obligatoire.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campagne_id", nullable = false, updatable = false)
    private Campagne campagne;

    @NotNull(message = "Le nom de l'élève est obligatoire.")
    @Size(max = NOM_MAX, message = "Le nom de l'élève ne peut dépasser {max} caractères.")
    @Column(name = "nom", length = NOM_MAX, nullable = false)
    private String nom;

    @NotNull(message = "Le prénom de l'élève est obligatoire.")
    @Size(max = PRENOM_MAX, message = "Le prénom de l'élève ne peut dépasser {max} caractères.")
    @Column(name = "prenom", length = PRENOM_MAX, nullable = false)
    private String prenom;

    @NotNull(message = "La date de naissance de l'élève est obligatoire.")
    @Column(name = "date_naissance", nullable = false)
    private LocalDate dateNaissance;

    /**
     * The level a class name starts with, on its match key: « 4e a », « 5eme 2 », « 3 prepa metiers », or the
     * three-digit numbering « 401 ».
     */
    private static final Pattern NIVEAU_CLASSE = Pattern.compile("([3-6])(?:(?![0-9])|[0-9]{2}(?![0-9]))");

    @NotNull(message = "La classe de l'élève est obligatoire.")
    @Size(max = CLASSE_MAX, message = "La classe ne peut dépasser {max} caractères.")
    @Column(name = "classe", length = CLASSE_MAX, nullable = false)
    private String classe;

    @NotNull(message = "Le dispositif de l'élève est obligatoire.")
    @Enumerated(EnumType.STRING)
    @Column(name = "dispositif", length = Dispositif.ENUM_MAX, nullable = false)
    private Dispositif dispositif;

    @Valid
    @Embedded
    private Ine ine;

    @Column(name = "cle_doublon", length = CLE_DOUBLON_MAX, nullable = false)
    private String cleDoublon;

    @Column(name = "cree_le", nullable = false, updatable = false)
    private Instant creeLe;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected Eleve() {
    }

    /**
     * A pupil of this collège for this campagne.
     *
     * @param ine may be null
     * @throws InvalidValueException when the établissement does not register pupils, the campagne is another
     *                               académie's, a text is blank or too long, or the birth date is implausible
     */
    public static Eleve nouveau(Etablissement college, Campagne campagne, String nom, String prenom,
                                LocalDate dateNaissance, String classe, Dispositif dispositif, Ine ine, Instant creeLe) {
        Objects.requireNonNull(college, "Le collège de l'élève est obligatoire.");
        Objects.requireNonNull(campagne, "La campagne est obligatoire.");
        if (!college.isOrigine()) {
            throw new InvalidValueException(college.getNom() + " (" + college.getUai() + ") est de nature « "
                    + college.getNature().libelle() + " » : seul un établissement d'origine (collège, CFA, hors contrat)"
                    + " inscrit des élèves.");
        }
        if (!campagne.getAcademie().getCode().equals(college.getAcademie().getCode())) {
            throw new InvalidValueException("La campagne " + campagne.getAnneeScolaire() + " de l'académie "
                    + campagne.getAcademie().getNom() + " n'est pas celle de " + college.getNom() + ".");
        }
        Eleve eleve = new Eleve();
        eleve.college = college;
        eleve.campagne = campagne;
        eleve.nom = TextNormalizer.obligatoire(nom, NOM_MAX, "Le nom de l'élève");
        eleve.prenom = TextNormalizer.obligatoire(prenom, PRENOM_MAX, "Le prénom de l'élève");
        eleve.dateNaissance = checkDateNaissance(dateNaissance, campagne);
        eleve.classe = TextNormalizer.obligatoire(classe, CLASSE_MAX, "La classe de l'élève");
        if (dispositif == null) {
            throw new InvalidValueException("Le dispositif de l'élève est obligatoire : " + Dispositif.VALEURS_ACCEPTEES
                    + ".");
        }
        verifierClasse(eleve.classe, dispositif);
        eleve.dispositif = dispositif;
        eleve.ine = ine;
        eleve.cleDoublon = cleDoublon(eleve.nom, eleve.prenom, eleve.dateNaissance);
        eleve.creeLe = Objects.requireNonNull(creeLe, "L'instant de création est obligatoire.");
        return eleve;
    }

    /**
     * A class named after another level of collège (« 4e A », « 5ème 2 », « 6E ») cannot hold a pupil of a 3e
     * dispositif: one of the two is mistyped. EANA and MLDS pupils may be in any class.
     */
    private static void verifierClasse(String classe, Dispositif dispositif) {
        if (!dispositif.isTroisieme()) {
            return;
        }
        Matcher niveau = NIVEAU_CLASSE.matcher(TextNormalizer.matchKey(classe));
        if (niveau.lookingAt() && !"3".equals(niveau.group(1))) {
            throw new InvalidValueException("La classe « " + classe + " » est une classe de " + niveau.group(1)
                    + "e, alors que le dispositif est « " + dispositif.libelle() + " » : corrigez la classe ou le"
                    + " dispositif.");
        }
    }

    /**
     * Corrects the pupil's identity, class or dispositif (a typing error, a change of class); the duplicate key
     * follows the new name and birth date.
     *
     * @param ine may be null
     * @throws InvalidValueException as {@link #nouveau}
     */
    public void corriger(String nouveauNom, String nouveauPrenom, LocalDate nouvelleDateNaissance, String nouvelleClasse,
                         Dispositif nouveauDispositif, Ine nouvelIne) {
        String n = TextNormalizer.obligatoire(nouveauNom, NOM_MAX, "Le nom de l'élève");
        String p = TextNormalizer.obligatoire(nouveauPrenom, PRENOM_MAX, "Le prénom de l'élève");
        LocalDate d = checkDateNaissance(nouvelleDateNaissance, campagne);
        String c = TextNormalizer.obligatoire(nouvelleClasse, CLASSE_MAX, "La classe de l'élève");
        if (nouveauDispositif == null) {
            throw new InvalidValueException("Le dispositif de l'élève est obligatoire : " + Dispositif.VALEURS_ACCEPTEES
                    + ".");
        }
        verifierClasse(c, nouveauDispositif);
        this.nom = n;
        this.prenom = p;
        this.dateNaissance = d;
        this.classe = c;
        this.dispositif = nouveauDispositif;
        this.ine = nouvelIne;
        this.cleDoublon = cleDoublon(n, p, d);
    }

    private static LocalDate checkDateNaissance(LocalDate date, Campagne campagne) {
        if (date == null) {
            throw new InvalidValueException("La date de naissance de l'élève est obligatoire.");
        }
        LocalDate reference = campagne.getDateOuverture();
        int age = date.isAfter(reference) ? -1 : Period.between(date, reference).getYears();
        if (age < AGE_MIN || age > AGE_MAX) {
            throw new InvalidValueException("La date de naissance " + Textes.date(date)
                    + " n'est pas plausible pour un élève de niveau 3e (de " + AGE_MIN + " à " + AGE_MAX + " ans au "
                    + Textes.date(reference) + ").");
        }
        return date;
    }

    private static String cleDoublon(String nom, String prenom, LocalDate dateNaissance) {
        String cle = compact(nom) + "|" + compact(prenom) + "|" + dateNaissance;
        return cle.length() <= CLE_DOUBLON_MAX ? cle : cle.substring(0, CLE_DOUBLON_MAX);
    }

    private static String compact(String text) {
        return TextNormalizer.matchKey(text).replace(" ", "");
    }

    /**
     * The key two records of the same pupil share: nom and prénom without accents, case, spaces or punctuation,
     * and the birth date (« Benali Samia 2012-03-04 », « BEN-ALI samia » give the same key).
     */
    public String normalisedKey() {
        return cleDoublon;
    }

    /** Whether this is probably the same pupil as the other (same {@link #normalisedKey()} or same INE). */
    public boolean estDoublonProbableDe(Eleve autre) {
        return autre != null && (cleDoublon.equals(autre.cleDoublon) || ine != null && ine.equals(autre.ine));
    }

    /** « Samia Benali ». */
    public String getNomComplet() {
        return prenom + " " + nom;
    }

    public Long getId() {
        return id;
    }

    public Etablissement getCollege() {
        return college;
    }

    public Campagne getCampagne() {
        return campagne;
    }

    public String getNom() {
        return nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public LocalDate getDateNaissance() {
        return dateNaissance;
    }

    public String getClasse() {
        return classe;
    }

    public Dispositif getDispositif() {
        return dispositif;
    }

    public Optional<Ine> getIne() {
        return Optional.ofNullable(ine);
    }

    public Instant getCreeLe() {
        return creeLe;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return getNomComplet() + " (" + classe + ")";
    }
}
