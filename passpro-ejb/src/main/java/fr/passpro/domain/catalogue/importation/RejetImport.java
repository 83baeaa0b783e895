package fr.passpro.domain.catalogue.importation;

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
import java.io.Serializable;
import java.util.Objects;

/** A line of the rejection report of a catalogue import: an error (line not imported) or a warning. */
@Entity
@Table(name = "catalogue_import_rejet")
@NamedQuery(name = RejetImport.FIND_BY_IMPORT,
        query = "SELECT r FROM RejetImport r WHERE r.catalogueImport.id = :importId ORDER BY r.ligne, r.id")
@NamedQuery(name = RejetImport.DELETE_BY_IMPORT,
        query = "DELETE FROM RejetImport r WHERE r.catalogueImport.id = :importId")
public class RejetImport implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code importId} (Long): the report in file order. */
    public static final String FIND_BY_IMPORT = "RejetImport.findByImport";
    /** Parameter {@code importId} (Long): clears the report before a restarted reading step writes it again. */
    public static final String DELETE_BY_IMPORT = "RejetImport.deleteByImport";

    public static final int COLONNE_MAX = 60;
    public static final int VALEUR_MAX = 500;
    public static final int MOTIF_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "import_id", nullable = false, updatable = false)
    private CatalogueImport catalogueImport;

    @Column(name = "ligne", nullable = false, updatable = false)
    private int ligne;

    @Column(name = "colonne", length = COLONNE_MAX, updatable = false)
    private String colonne;

    @Column(name = "valeur", length = VALEUR_MAX, updatable = false)
    private String valeur;

    @Column(name = "motif", length = MOTIF_MAX, nullable = false, updatable = false)
    private String motif;

    @Enumerated(EnumType.STRING)
    @Column(name = "gravite", length = Gravite.LENGTH, nullable = false, updatable = false)
    private Gravite gravite;

    /** For JPA only. */
    protected RejetImport() {
    }

    /** The report line of a problem; texts longer than their column are shortened with « … ». */
    public RejetImport(CatalogueImport catalogueImport, Rejet rejet) {
        this.catalogueImport = Objects.requireNonNull(catalogueImport, "L'import est obligatoire.");
        Objects.requireNonNull(rejet, "Le rejet est obligatoire.");
        this.ligne = rejet.ligne();
        this.colonne = truncate(rejet.colonne(), COLONNE_MAX);
        this.valeur = truncate(rejet.valeur(), VALEUR_MAX);
        this.motif = truncate(rejet.motif(), MOTIF_MAX);
        this.gravite = rejet.gravite();
    }

    private static String truncate(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public CatalogueImport getCatalogueImport() {
        return catalogueImport;
    }

    public int getLigne() {
        return ligne;
    }

    /** May be null when the problem concerns the whole line. */
    public String getColonne() {
        return colonne;
    }

    public String getValeur() {
        return valeur;
    }

    public String getMotif() {
        return motif;
    }

    public Gravite getGravite() {
        return gravite;
    }

    public Rejet toRejet() {
        return new Rejet(ligne, colonne, valeur, motif, gravite);
    }
}
