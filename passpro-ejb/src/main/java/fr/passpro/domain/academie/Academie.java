package fr.passpro.domain.academie;

import fr.passpro.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;

/** An académie of Île-de-France; reference data inserted by the first migration. */
@Entity
@Table(name = "academie")
@NamedQuery(name = Academie.FIND_ALL, query = "SELECT a FROM Academie a ORDER BY a.code")
public class Academie implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "Academie.findAll";

    public static final String PARIS = "01";
    public static final String CRETEIL = "24";
    public static final String VERSAILLES = "25";

    public static final int CODE_LENGTH = 2;
    public static final int NOM_MAX = 100;
    public static final int URL_MAX = 255;

    @Id
    @Column(name = "code", length = CODE_LENGTH, nullable = false, updatable = false)
    private String code;

    @NotNull(message = "Le nom de l'académie est obligatoire.")
    @Size(max = NOM_MAX, message = "Le nom de l'académie ne peut dépasser {max} caractères.")
    @Column(name = "nom", length = NOM_MAX, nullable = false)
    private String nom;

    @Size(max = URL_MAX, message = "L'adresse du formulaire de préinscription ne peut dépasser {max} caractères.")
    @Column(name = "url_formulaire_preinscription", length = URL_MAX)
    private String urlFormulairePreinscription;

    /** For JPA only. */
    protected Academie() {
    }

    public Academie(String code, String nom) {
        Objects.requireNonNull(code, "Le code de l'académie est obligatoire.");
        if (!code.matches("\\d{2}")) {
            throw new InvalidValueException("Le code d'académie doit comporter 2 chiffres (ex. 24) : « " + code + " » ne convient pas.");
        }
        this.code = code;
        this.nom = requireNom(nom);
    }

    private static String requireNom(String nom) {
        if (nom == null || nom.isBlank()) {
            throw new InvalidValueException("Le nom de l'académie est obligatoire.");
        }
        return nom.strip();
    }

    /**
     * Sets the address of the public pre-registration form for CFA and hors-contrat schools; blank removes it.
     */
    public void changerUrlFormulairePreinscription(String url) {
        String value = url == null || url.isBlank() ? null : url.strip();
        if (value != null && value.length() > URL_MAX) {
            throw new InvalidValueException("L'adresse du formulaire de préinscription ne peut dépasser " + URL_MAX + " caractères.");
        }
        if (value != null && !value.startsWith("https://") && !value.startsWith("http://")) {
            throw new InvalidValueException("L'adresse du formulaire de préinscription doit commencer par https:// (ou http://).");
        }
        this.urlFormulairePreinscription = value;
    }

    public String getCode() {
        return code;
    }

    public String getNom() {
        return nom;
    }

    /**
     * The académie's name as the addresses of its public pages carry it: lower case, without accents or spaces
     * (« creteil », « paris », « versailles »).
     */
    public String getSlug() {
        return java.text.Normalizer.normalize(nom, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** May be null: no public form for this académie. */
    public String getUrlFormulairePreinscription() {
        return urlFormulairePreinscription;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Academie a && Objects.equals(code, a.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return "Académie " + fr.passpro.domain.shared.Francais.de(nom) + " (" + code + ")";
    }
}
