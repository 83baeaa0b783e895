package fr.passpro.domain.inscription;

import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.compte.Account;
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
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One formation asked for inside an inscription, with the collège head's avis d'origine. It is changed only through
 * its {@link Inscription}, which checks the rules and writes the history.
 */
@Entity
@Table(name = "voeu",
        uniqueConstraints = @UniqueConstraint(name = "uk_voeu_inscription_formation",
                columnNames = {"inscription_id", "formation_id"}))
public class Voeu implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int COMMENTAIRE_MAX = 1000;
    /** Length of the column holding the avis name. */
    public static final int AVIS_MAX = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "inscription_id", nullable = false, updatable = false)
    private Inscription inscription;

    @NotNull(message = "La formation du vœu est obligatoire.")
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "formation_id", nullable = false, updatable = false)
    private Formation formation;

    @Min(value = 1, message = "Le rang du vœu commence à {value}.")
    @Column(name = "rang", nullable = false)
    private int rang;

    @Enumerated(EnumType.STRING)
    @Column(name = "avis_origine", length = AVIS_MAX)
    private Avis avisOrigine;

    @Size(max = COMMENTAIRE_MAX, message = "Le commentaire ne peut dépasser {max} caractères.")
    @Column(name = "commentaire_origine", length = COMMENTAIRE_MAX)
    private String commentaireOrigine;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "avis_origine_par_id")
    private Account avisOriginePar;

    @Column(name = "avis_origine_le")
    private Instant avisOrigineLe;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected Voeu() {
    }

    Voeu(Inscription inscription, Formation formation, int rang) {
        this.inscription = Objects.requireNonNull(inscription);
        this.formation = Objects.requireNonNull(formation);
        this.rang = rang;
    }

    void numeroter(int nouveauRang) {
        this.rang = nouveauRang;
    }

    void enregistrerAvisOrigine(Avis avis, String commentaire, Account par, Instant le) {
        this.avisOrigine = avis;
        this.commentaireOrigine = commentaire;
        this.avisOriginePar = par;
        this.avisOrigineLe = le;
    }

    /** « Favorable : motivé, a visité le lycée » or « sans avis », for the history. */
    String resumeAvisOrigine() {
        return avisOrigine == null ? "sans avis" : avisOrigine.libelle() + " : " + commentaireOrigine;
    }

    public boolean hasAvisOrigine() {
        return avisOrigine != null;
    }

    public Long getId() {
        return id;
    }

    public Inscription getInscription() {
        return inscription;
    }

    public Formation getFormation() {
        return formation;
    }

    /** 1 for the first vœu. */
    public int getRang() {
        return rang;
    }

    public Optional<Avis> getAvisOrigine() {
        return Optional.ofNullable(avisOrigine);
    }

    /** Null while no avis d'origine was given. */
    public String getCommentaireOrigine() {
        return commentaireOrigine;
    }

    /** Null while no avis d'origine was given. */
    public Account getAvisOriginePar() {
        return avisOriginePar;
    }

    /** Null while no avis d'origine was given. */
    public Instant getAvisOrigineLe() {
        return avisOrigineLe;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return rang + ". " + formation;
    }
}
