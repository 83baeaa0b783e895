package fr.passpro.domain.catalogue;

import fr.passpro.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/**
 * A professional field grouping formations (e.g. « Métiers de la relation client »): a pupil has one interview per
 * domaine. Domaines are created by the catalogue import when a file names a new one.
 */
@Entity
@Table(name = "domaine",
        uniqueConstraints = @UniqueConstraint(name = "uk_domaine_libelle", columnNames = "libelle"))
@NamedQuery(name = Domaine.FIND_BY_LIBELLE, query = "SELECT d FROM Domaine d WHERE d.libelle = :libelle")
@NamedQuery(name = Domaine.FIND_ALL, query = "SELECT d FROM Domaine d ORDER BY d.libelle")
public class Domaine implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Parameter {@code libelle}: the cleaned libellé ({@link TextNormalizer#clean(String)}); the column's
     * utf8mb4_unicode_ci collation makes the comparison case- and accent-insensitive.
     */
    public static final String FIND_BY_LIBELLE = "Domaine.findByLibelle";
    /** Every domaine, ordered by libellé. */
    public static final String FIND_ALL = "Domaine.findAll";

    public static final int LIBELLE_MAX = 150;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @NotNull(message = "Le libellé du domaine est obligatoire.")
    @Size(max = LIBELLE_MAX, message = "Le libellé du domaine ne peut dépasser {max} caractères.")
    @Column(name = "libelle", length = LIBELLE_MAX, nullable = false)
    private String libelle;

    /** For JPA only. */
    protected Domaine() {
    }

    private Domaine(String libelle) {
        this.libelle = libelle;
    }

    /**
     * A new domaine; the libellé is cleaned (spaces, Unicode form) as it would be by an import.
     *
     * @throws InvalidValueException for a blank or too long libellé
     */
    public static Domaine nomme(String libelle) {
        return new Domaine(checkLibelle(libelle));
    }

    /** The libellé as it is stored: cleaned, and refused when blank or too long. */
    public static String checkLibelle(String libelle) {
        String cleaned = TextNormalizer.clean(libelle);
        if (cleaned.isEmpty()) {
            throw new InvalidValueException("Le libellé du domaine est obligatoire.");
        }
        if (cleaned.length() > LIBELLE_MAX) {
            throw new InvalidValueException("Le libellé du domaine ne peut dépasser " + LIBELLE_MAX + " caractères.");
        }
        return cleaned;
    }

    public Long getId() {
        return id;
    }

    public String getLibelle() {
        return libelle;
    }

    /** Two domaines are the same when their libellés are, ignoring case and accents (as the unique key does). */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Domaine d
                && Objects.equals(TextNormalizer.matchKey(libelle), TextNormalizer.matchKey(d.libelle));
    }

    @Override
    public int hashCode() {
        return TextNormalizer.matchKey(libelle).hashCode();
    }

    @Override
    public String toString() {
        return libelle;
    }
}
