package fr.passpro.domain.catalogue.importation;

import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.shared.InvalidValueException;
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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A formation that an imported file no longer lists but that holds vœux of the campagne: withdrawing it is the
 * académie admin's decision, not a side effect of the import. The import keeps the formation in the catalogue and
 * records this; the admin then confirms the withdrawal ({@link #confirmer}) or keeps the formation ({@link #maintenir}).
 */
@Entity
@Table(name = "retrait_formation")
@NamedQuery(name = RetraitFormation.FIND_EN_ATTENTE_BY_ACADEMIE,
        query = "SELECT r FROM RetraitFormation r JOIN FETCH r.formation f WHERE r.decision ="
                + " fr.passpro.domain.catalogue.importation.DecisionRetrait.EN_ATTENTE"
                + " AND f.campagne.academie.code = :academie ORDER BY f.etablissement.nom, f.libelle, r.id")
@NamedQuery(name = RetraitFormation.FIND_BY_ID_AND_ACADEMIE,
        query = "SELECT r FROM RetraitFormation r WHERE r.id = :id AND r.formation.campagne.academie.code = :academie")
@NamedQuery(name = RetraitFormation.FIND_EN_ATTENTE_BY_CAMPAGNE,
        query = "SELECT r FROM RetraitFormation r WHERE r.decision ="
                + " fr.passpro.domain.catalogue.importation.DecisionRetrait.EN_ATTENTE"
                + " AND r.formation.campagne.id = :campagneId")
public class RetraitFormation implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code academie} (code): the decisions awaited in the académie, by lycée then formation. */
    public static final String FIND_EN_ATTENTE_BY_ACADEMIE = "RetraitFormation.findEnAttenteByAcademie";
    /** Parameters {@code id} and {@code academie}: one decision, only within the académie. */
    public static final String FIND_BY_ID_AND_ACADEMIE = "RetraitFormation.findByIdAndAcademie";
    /** Parameter {@code campagneId}: the decisions awaited for the formations of one campagne. */
    public static final String FIND_EN_ATTENTE_BY_CAMPAGNE = "RetraitFormation.findEnAttenteByCampagne";

    public static final int DECIDE_PAR_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "import_id", nullable = false, updatable = false)
    private CatalogueImport catalogueImport;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "formation_id", nullable = false, updatable = false)
    private Formation formation;

    /** The inscriptions (not withdrawn) asking for the formation when the import found it absent. */
    @Column(name = "inscriptions", nullable = false)
    private int inscriptions;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = DecisionRetrait.LENGTH, nullable = false)
    private DecisionRetrait decision;

    @Column(name = "decide_par", length = DECIDE_PAR_MAX)
    private String decidePar;

    @Column(name = "decide_le")
    private Instant decideLe;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected RetraitFormation() {
    }

    /**
     * A decision awaited for an active formation.
     *
     * @param inscriptions at least 1: a formation without inscriptions is withdrawn by the import itself
     */
    public RetraitFormation(CatalogueImport catalogueImport, Formation formation, int inscriptions) {
        this.catalogueImport = Objects.requireNonNull(catalogueImport, "L'import est obligatoire.");
        this.formation = Objects.requireNonNull(formation, "La formation est obligatoire.");
        if (inscriptions < 1) {
            throw new IllegalArgumentException("Une formation sans inscription se retire sans décision : " + formation);
        }
        this.inscriptions = inscriptions;
        this.decision = DecisionRetrait.EN_ATTENTE;
    }

    /**
     * The admin confirms the withdrawal: the formation leaves the catalogue (the caller marks its vœux and tells the
     * établissements).
     *
     * @throws InvalidValueException when already decided
     */
    public void confirmer(String par, Instant le) {
        decider(DecisionRetrait.RETIREE, par, le);
        formation.desactiver();
    }

    /**
     * The admin keeps the formation in the catalogue.
     *
     * @throws InvalidValueException when already decided
     */
    public void maintenir(String par, Instant le) {
        decider(DecisionRetrait.MAINTENUE, par, le);
    }

    /** A later import decided again (the formation is back in the file, or a new decision is awaited). */
    public void remplacer() {
        if (decision == DecisionRetrait.EN_ATTENTE) {
            decision = DecisionRetrait.REMPLACEE;
        }
    }

    /** A later import still finds the formation absent: the count of inscriptions is brought up to date. */
    public void actualiser(int inscriptionsMaintenant) {
        if (decision == DecisionRetrait.EN_ATTENTE && inscriptionsMaintenant >= 1) {
            this.inscriptions = inscriptionsMaintenant;
        }
    }

    private void decider(DecisionRetrait choix, String par, Instant le) {
        if (decision != DecisionRetrait.EN_ATTENTE) {
            throw new InvalidValueException("Le retrait de la formation « " + formation.getLibelle() + " » ("
                    + formation.getEtablissement().getNom() + ") a déjà été décidé : "
                    + decision.libelle().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (par == null || par.isBlank()) {
            throw new InvalidValueException("L'auteur de la décision est obligatoire.");
        }
        this.decision = choix;
        this.decidePar = par.length() > DECIDE_PAR_MAX ? par.substring(0, DECIDE_PAR_MAX) : par;
        this.decideLe = Objects.requireNonNull(le, "La date de la décision est obligatoire.");
    }

    public Long getId() {
        return id;
    }

    public CatalogueImport getCatalogueImport() {
        return catalogueImport;
    }

    public Formation getFormation() {
        return formation;
    }

    public int getInscriptions() {
        return inscriptions;
    }

    public DecisionRetrait getDecision() {
        return decision;
    }

    /** Null until decided. */
    public String getDecidePar() {
        return decidePar;
    }

    /** Null until decided. */
    public Instant getDecideLe() {
        return decideLe;
    }

    public int getVersion() {
        return version;
    }
}
