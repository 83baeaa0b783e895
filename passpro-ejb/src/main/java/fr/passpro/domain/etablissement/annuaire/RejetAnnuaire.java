package fr.passpro.domain.etablissement.annuaire;

import fr.passpro.domain.catalogue.importation.Gravite;
import fr.passpro.domain.catalogue.importation.Rejet;
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
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A line of the reject report of a directory import. */
@Entity
@Table(name = "annuaire_import_rejet")
public class RejetAnnuaire implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int COLONNE_MAX = 60;
    public static final int VALEUR_MAX = 500;
    public static final int MOTIF_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "import_id", nullable = false, updatable = false)
    private AnnuaireImport annuaireImport;

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
    protected RejetAnnuaire() {
    }

    /** The report line of a problem; texts longer than their column are shortened with « … ». */
    public RejetAnnuaire(AnnuaireImport annuaireImport, Rejet rejet) {
        this.annuaireImport = Objects.requireNonNull(annuaireImport, "L'import est obligatoire.");
        Objects.requireNonNull(rejet, "Le rejet est obligatoire.");
        this.ligne = rejet.ligne();
        this.colonne = truncate(rejet.colonne(), COLONNE_MAX);
        this.valeur = truncate(rejet.valeur(), VALEUR_MAX);
        this.motif = truncate(rejet.motif(), MOTIF_MAX);
        this.gravite = rejet.gravite();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Rejet toRejet() {
        return new Rejet(ligne, colonne, valeur, motif, gravite);
    }
}
