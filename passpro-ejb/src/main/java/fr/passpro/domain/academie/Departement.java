package fr.passpro.domain.academie;

import fr.passpro.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/** A département (code 075, 077...) and the académie it belongs to; reference data inserted by the first migration. */
@Entity
@Table(name = "departement")
@NamedQuery(name = Departement.FIND_BY_ACADEMIE,
        query = "SELECT d FROM Departement d WHERE d.academie.code = :academie ORDER BY d.code")
public class Departement implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_ACADEMIE = "Departement.findByAcademie";

    public static final int CODE_LENGTH = 3;
    public static final int NOM_MAX = 100;

    @Id
    @Column(name = "code", length = CODE_LENGTH, nullable = false, updatable = false)
    private String code;

    @NotNull(message = "Le nom du département est obligatoire.")
    @Size(max = NOM_MAX, message = "Le nom du département ne peut dépasser {max} caractères.")
    @Column(name = "nom", length = NOM_MAX, nullable = false)
    private String nom;

    @NotNull(message = "L'académie du département est obligatoire.")
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "academie_code", nullable = false, updatable = false)
    private Academie academie;

    /** For JPA only. */
    protected Departement() {
    }

    public Departement(String code, String nom, Academie academie) {
        Objects.requireNonNull(code, "Le code du département est obligatoire.");
        if (!code.matches("\\d{3}")) {
            throw new InvalidValueException("Le code de département doit comporter 3 chiffres (ex. 077) : « " + code + " » ne convient pas.");
        }
        if (nom == null || nom.isBlank()) {
            throw new InvalidValueException("Le nom du département est obligatoire.");
        }
        this.code = code;
        this.nom = nom.strip();
        this.academie = Objects.requireNonNull(academie, "L'académie du département est obligatoire.");
    }

    public String getCode() {
        return code;
    }

    public String getNom() {
        return nom;
    }

    public Academie getAcademie() {
        return academie;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Departement d && Objects.equals(code, d.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return nom + " (" + code + ")";
    }
}
