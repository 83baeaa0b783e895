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
 * One formation asked for inside an inscription, with the collège head's avis d'origine before the interview and the
 * lycée's avis d'accueil after it. It is changed only through its {@link Inscription}, which checks the rules and
 * writes the history.
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

    @Enumerated(EnumType.STRING)
    @Column(name = "avis_accueil", length = AVIS_MAX)
    private Avis avisAccueil;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "avis_accueil_par_id")
    private Account avisAccueilPar;

    @Column(name = "avis_accueil_le")
    private Instant avisAccueilLe;

    /** Added by the lycée at the interview: the pupil preferred this formation of the domaine. */
    @Column(name = "ajoute_a_l_entretien", nullable = false, updatable = false)
    private boolean ajouteALEntretien;

    /** When the académie withdrew the formation from the catalogue; null while it is offered. */
    @Column(name = "formation_retiree_le")
    private Instant formationRetireeLe;

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

    /** A vœu the lycée adds at the interview, with its avis. */
    static Voeu ajouteALEntretien(Inscription inscription, Formation formation, int rang) {
        Voeu voeu = new Voeu(inscription, formation, rang);
        voeu.ajouteALEntretien = true;
        return voeu;
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

    void enregistrerAvisAccueil(Avis avis, Account par, Instant le) {
        this.avisAccueil = avis;
        this.avisAccueilPar = par;
        this.avisAccueilLe = le;
    }

    /** « Favorable » or « sans avis », for the history. */
    String resumeAvisAccueil() {
        return avisAccueil == null ? "sans avis" : avisAccueil.libelle();
    }

    /** @return whether the vœu was not already marked */
    boolean marquerFormationRetiree(Instant le) {
        if (formationRetireeLe != null) {
            return false;
        }
        this.formationRetireeLe = Objects.requireNonNull(le);
        return true;
    }

    /** Whether the académie withdrew this vœu's formation from the catalogue (the vœu is kept, shown as such). */
    public boolean isFormationRetiree() {
        return formationRetireeLe != null;
    }

    /** Null while the formation is offered. */
    public Instant getFormationRetireeLe() {
        return formationRetireeLe;
    }

    public boolean hasAvisAccueil() {
        return avisAccueil != null;
    }

    /** The lycée's avis after the interview; empty until given. */
    public Optional<Avis> getAvisAccueil() {
        return Optional.ofNullable(avisAccueil);
    }

    /** Null until the lycée gave its avis. */
    public Account getAvisAccueilPar() {
        return avisAccueilPar;
    }

    /** Null until the lycée gave its avis. */
    public Instant getAvisAccueilLe() {
        return avisAccueilLe;
    }

    /** Whether the lycée added this vœu at the interview (the collège did not ask for it). */
    public boolean isAjouteALEntretien() {
        return ajouteALEntretien;
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
