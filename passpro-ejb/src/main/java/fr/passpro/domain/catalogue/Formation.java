package fr.passpro.domain.catalogue;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.campagne.Campagne;
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
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A formation of the catalogue of a campagne: a 1re année de CAP or a 2de professionnelle offered by one lycée,
 * whose interviews are held by a lycée accueil-référent (often the same).
 * Its key is (campagne, code, établissement); everything else is replaced by each catalogue import through
 * {@link #mettreAJour}, which changes nothing when the file says the same thing again.
 */
@Entity
@Table(name = "formation",
        uniqueConstraints = @UniqueConstraint(name = "uk_formation_campagne_code_etab",
                columnNames = {"campagne_id", "code_formation", "etablissement_id"}))
@NamedQuery(name = Formation.FIND_BY_KEY,
        query = "SELECT f FROM Formation f WHERE f.campagne.id = :campagneId AND f.code.code = :code"
                + " AND f.etablissement.id = :etablissementId")
@NamedQuery(name = Formation.FIND_ACTIVE_BY_CAMPAGNE,
        query = "SELECT f FROM Formation f WHERE f.campagne.id = :campagneId AND f.active = TRUE"
                + " ORDER BY f.domaine.libelle, f.libelle, f.id")
public class Formation implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameters {@code campagneId} (Long), {@code code} (the CFD as a String) and {@code etablissementId} (Long). */
    public static final String FIND_BY_KEY = "Formation.findByKey";
    /** Parameter {@code campagneId} (Long): the active formations, ordered by domaine then libellé. */
    public static final String FIND_ACTIVE_BY_CAMPAGNE = "Formation.findActiveByCampagne";

    public static final int LIBELLE_MAX = 255;
    public static final int FAMILLE_METIERS_MAX = 150;
    public static final int OBSERVATIONS_MAX = 1000;
    /** Length of the columns holding an enum name (diplome, modalite). */
    public static final int ENUM_MAX = 20;

    /** Reserved by blocks (V9): the catalogue import then inserts its formations in JDBC batches. */
    @Id
    @TableGenerator(name = "formation_id", table = "identifiant_bloc", pkColumnName = "nom",
            valueColumnName = "valeur", pkColumnValue = "formation", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "formation_id")
    @Column(name = "id")
    private Long id;

    @NotNull(message = "La campagne de la formation est obligatoire.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campagne_id", nullable = false, updatable = false)
    private Campagne campagne;

    @Valid
    @NotNull(message = "Le code formation est obligatoire.")
    @Embedded
    private CodeFormation code;

    @NotNull(message = "Le libellé de la formation est obligatoire.")
    @Size(max = LIBELLE_MAX, message = "Le libellé de la formation ne peut dépasser {max} caractères.")
    @Column(name = "libelle", length = LIBELLE_MAX, nullable = false)
    private String libelle;

    @NotNull(message = "Le diplôme de la formation est obligatoire.")
    @Enumerated(EnumType.STRING)
    @Column(name = "diplome", length = ENUM_MAX, nullable = false)
    private Diplome diplome;

    @Size(max = FAMILLE_METIERS_MAX, message = "La famille de métiers ne peut dépasser {max} caractères.")
    @Column(name = "famille_metiers", length = FAMILLE_METIERS_MAX)
    private String familleMetiers;

    @NotNull(message = "Le domaine de la formation est obligatoire.")
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "domaine_id", nullable = false)
    private Domaine domaine;

    @NotNull(message = "Le lycée qui propose la formation est obligatoire.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "etablissement_id", nullable = false, updatable = false)
    private Etablissement etablissement;

    @NotNull(message = "Le lycée accueil-référent de la formation est obligatoire.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "accueil_referent_id", nullable = false)
    private Etablissement accueilReferent;

    @NotNull(message = "La modalité d'entretien est obligatoire.")
    @Enumerated(EnumType.STRING)
    @Column(name = "modalite", length = ENUM_MAX, nullable = false)
    private ModaliteEntretien modalite;

    @Size(max = OBSERVATIONS_MAX, message = "Les observations ne peuvent dépasser {max} caractères.")
    @Column(name = "observations", length = OBSERVATIONS_MAX)
    private String observations;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected Formation() {
    }

    /**
     * An active formation.
     *
     * @param familleMetiers  only for a 2de professionnelle; may be null
     * @param accueilReferent the lycée that holds the interviews; null means the lycée that offers the formation
     * @param observations    may be null
     * @throws InvalidValueException for a famille de métiers on a CAP, or for a blank or too long text (the CFD's
     *                               prefix is never a reason: see {@link Diplome#alerteCode})
     */
    public Formation(Campagne campagne, CodeFormation code, String libelle, Diplome diplome, String familleMetiers,
                     Domaine domaine, Etablissement etablissement, Etablissement accueilReferent,
                     ModaliteEntretien modalite, String observations) {
        this.campagne = Objects.requireNonNull(campagne, "La campagne de la formation est obligatoire.");
        this.code = Objects.requireNonNull(code, "Le code formation est obligatoire.");
        this.etablissement = Objects.requireNonNull(etablissement, "Le lycée qui propose la formation est obligatoire.");
        apply(libelle, diplome, familleMetiers, domaine, accueilReferent, modalite, observations);
        this.active = true;
    }

    /**
     * Replaces what the catalogue says about this formation (its key does not change).
     *
     * @return whether anything changed: false when the values are those already held, so that importing the same
     * file twice leaves the row (and its version) untouched
     * @throws InvalidValueException as the constructor; nothing is changed then
     */
    public boolean mettreAJour(String libelle, Diplome diplome, String familleMetiers, Domaine domaine,
                               Etablissement accueilReferent, ModaliteEntretien modalite, String observations) {
        return apply(libelle, diplome, familleMetiers, domaine, accueilReferent, modalite, observations);
    }

    /**
     * Checks everything first, then assigns only the values that differ: a refused update leaves the formation as it
     * was, and an identical one touches no field (so that the persistence provider sees no change).
     */
    private boolean apply(String libelle, Diplome diplome, String familleMetiers, Domaine domaine,
                          Etablissement accueilReferent, ModaliteEntretien modalite, String observations) {
        String newLibelle = TextNormalizer.obligatoire(libelle, LIBELLE_MAX, "Le libellé de la formation");
        Objects.requireNonNull(diplome, "Le diplôme de la formation est obligatoire.");
        String newFamille = TextNormalizer.facultatif(familleMetiers, FAMILLE_METIERS_MAX, "La famille de métiers");
        diplome.verifierFamilleMetiers(newFamille);
        Objects.requireNonNull(domaine, "Le domaine de la formation est obligatoire.");
        Objects.requireNonNull(modalite, "La modalité d'entretien est obligatoire.");
        String newObservations = TextNormalizer.facultatif(observations, OBSERVATIONS_MAX, "Les observations");
        Etablissement newAccueil = accueilReferent == null ? etablissement : accueilReferent;

        boolean changed = false;
        if (!Objects.equals(this.libelle, newLibelle)) {
            this.libelle = newLibelle;
            changed = true;
        }
        if (this.diplome != diplome) {
            this.diplome = diplome;
            changed = true;
        }
        if (!Objects.equals(this.familleMetiers, newFamille)) {
            this.familleMetiers = newFamille;
            changed = true;
        }
        if (!Objects.equals(this.domaine, domaine)) {
            this.domaine = domaine;
            changed = true;
        }
        if (!Objects.equals(this.accueilReferent, newAccueil)) {
            this.accueilReferent = newAccueil;
            changed = true;
        }
        if (this.modalite != modalite) {
            this.modalite = modalite;
            changed = true;
        }
        if (!Objects.equals(this.observations, newObservations)) {
            this.observations = newObservations;
            changed = true;
        }
        return changed;
    }

    /**
     * Takes the formation out of the catalogue (it is no longer in the académie's file); its inscriptions stay.
     *
     * @return whether it was active
     */
    public boolean desactiver() {
        if (!active) {
            return false;
        }
        active = false;
        return true;
    }

    /**
     * Puts the formation back in the catalogue.
     *
     * @return whether it was inactive
     */
    public boolean activer() {
        if (active) {
            return false;
        }
        active = true;
        return true;
    }

    /** The académie of the lycée that offers the formation. */
    public Academie getAcademie() {
        return etablissement.getAcademie();
    }

    /**
     * The address of the pre-registration form of the formation's académie, to show instead of a register button,
     * when that académie is not the user's and publishes such a form (Paris, Versailles).
     *
     * @param academieDeLUtilisateur the code of the user's académie (e.g. "24")
     */
    public Optional<String> urlPreinscriptionExterne(String academieDeLUtilisateur) {
        Academie academie = getAcademie();
        if (academie.getCode().equals(academieDeLUtilisateur)) {
            return Optional.empty();
        }
        return Optional.ofNullable(academie.getUrlFormulairePreinscription());
    }

    public Long getId() {
        return id;
    }

    public Campagne getCampagne() {
        return campagne;
    }

    public CodeFormation getCode() {
        return code;
    }

    public String getLibelle() {
        return libelle;
    }

    public Diplome getDiplome() {
        return diplome;
    }

    /** May be null; never set for a CAP. */
    public String getFamilleMetiers() {
        return familleMetiers;
    }

    public Domaine getDomaine() {
        return domaine;
    }

    public Etablissement getEtablissement() {
        return etablissement;
    }

    public Etablissement getAccueilReferent() {
        return accueilReferent;
    }

    public ModaliteEntretien getModalite() {
        return modalite;
    }

    /** May be null. */
    public String getObservations() {
        return observations;
    }

    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return code + " " + libelle + " (" + etablissement + ")";
    }
}
