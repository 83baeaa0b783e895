package fr.passpro.domain.inscription;

import fr.passpro.domain.catalogue.TextNormalizer;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.shared.AccessDeniedException;
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
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A delay the académie grants one collège after the end of registration: until {@link #getJusquA()} (exclusive) the
 * collège may still register pupils and give avis d'origine.
 */
@Entity
@Table(name = "exception_delai")
@NamedQuery(name = ExceptionDelai.FIND_BY_COLLEGE_AND_CAMPAGNE,
        query = "SELECT x FROM ExceptionDelai x WHERE x.college.id = :collegeId AND x.campagne.id = :campagneId"
                + " ORDER BY x.jusquA DESC")
public class ExceptionDelai implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameters {@code collegeId}, {@code campagneId}; the latest end first. */
    public static final String FIND_BY_COLLEGE_AND_CAMPAGNE = "ExceptionDelai.findByCollegeAndCampagne";

    public static final int MOTIF_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "college_id", nullable = false, updatable = false)
    private Etablissement college;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "campagne_id", nullable = false, updatable = false)
    private Campagne campagne;

    @NotNull
    @Column(name = "jusqu_a", nullable = false, updatable = false)
    private Instant jusquA;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "accordee_par_id", nullable = false, updatable = false)
    private Account accordeePar;

    @NotNull
    @Column(name = "accordee_le", nullable = false, updatable = false)
    private Instant accordeeLe;

    @NotNull(message = "Le motif du délai est obligatoire.")
    @Size(max = MOTIF_MAX, message = "Le motif ne peut dépasser {max} caractères.")
    @Column(name = "motif", length = MOTIF_MAX, nullable = false, updatable = false)
    private String motif;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected ExceptionDelai() {
    }

    /**
     * @param jusquA the first instant when the collège is closed again; after the normal end of registration and no
     *               later than the closure of Passpro
     * @param admin  an ADMIN account of the collège's académie
     * @throws AccessDeniedException for any other account
     * @throws InvalidValueException for a useless or too late end, or a blank motif
     */
    public static ExceptionDelai accorder(Etablissement college, Campagne campagne, Instant jusquA, Account admin,
                                          String motif, Instant maintenant) {
        Objects.requireNonNull(college, "Le collège est obligatoire.");
        Objects.requireNonNull(campagne, "La campagne est obligatoire.");
        Objects.requireNonNull(admin, "L'auteur est obligatoire.");
        Objects.requireNonNull(maintenant, "L'instant est obligatoire.");
        if (admin.getRole() != Role.ADMIN || !admin.getAcademie().getCode().equals(college.getAcademie().getCode())) {
            throw new AccessDeniedException("seule l'académie de " + college.getNom() + " accorde un délai d'inscription.");
        }
        if (!college.isOrigine()) {
            throw new InvalidValueException(college.getNom() + " n'inscrit pas d'élèves : un délai ne le concerne pas.");
        }
        if (!campagne.getAcademie().getCode().equals(college.getAcademie().getCode())) {
            throw new InvalidValueException("La campagne " + campagne.getAnneeScolaire() + " n'est pas celle de l'académie de "
                    + college.getNom() + ".");
        }
        if (jusquA == null || !jusquA.isAfter(campagne.finInscriptions()) || !jusquA.isAfter(maintenant)) {
            throw new InvalidValueException("Le délai doit aller au-delà de la clôture des inscriptions ("
                    + Textes.fin(campagne.finInscriptions()) + ") et de l'instant présent.");
        }
        if (jusquA.isAfter(campagne.fermeture())) {
            throw new InvalidValueException("Le délai ne peut dépasser la fermeture de Passpro ("
                    + Textes.fin(campagne.fermeture()) + ").");
        }
        ExceptionDelai exception = new ExceptionDelai();
        exception.college = college;
        exception.campagne = campagne;
        exception.jusquA = jusquA;
        exception.accordeePar = admin;
        exception.accordeeLe = maintenant;
        exception.motif = TextNormalizer.obligatoire(motif, MOTIF_MAX, "Le motif du délai");
        return exception;
    }

    /** Whether the collège may act at this instant thanks to this delay (from the campagne's opening). */
    public boolean couvre(Instant instant) {
        return !instant.isBefore(campagne.debutInscriptions()) && instant.isBefore(jusquA);
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

    /** Exclusive end. */
    public Instant getJusquA() {
        return jusquA;
    }

    public Account getAccordeePar() {
        return accordeePar;
    }

    public Instant getAccordeeLe() {
        return accordeeLe;
    }

    public String getMotif() {
        return motif;
    }

    public int getVersion() {
        return version;
    }
}
