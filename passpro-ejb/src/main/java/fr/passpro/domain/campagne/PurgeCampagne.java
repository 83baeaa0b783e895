package fr.passpro.domain.campagne;

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
 * One run of the purge of a campagne's pupil data: who started it, where it stands and what it deleted, in counts
 * only (never a name). The database lets one run at a time be {@link StatutPurge#EN_COURS} for a campagne.
 */
@Entity
@Table(name = "purge_campagne")
@NamedQuery(name = PurgeCampagne.FIND_BY_CAMPAGNE,
        query = "SELECT p FROM PurgeCampagne p WHERE p.campagne.id = :campagneId ORDER BY p.id DESC")
public class PurgeCampagne implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code campagneId}; latest first. */
    public static final String FIND_BY_CAMPAGNE = "PurgeCampagne.findByCampagne";

    public static final int DEMARREE_PAR_MAX = 100;
    public static final int MESSAGE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campagne_id", nullable = false, updatable = false)
    private Campagne campagne;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut", length = StatutPurge.LENGTH, nullable = false)
    private StatutPurge statut;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "demarree_par", length = DEMARREE_PAR_MAX, nullable = false, updatable = false)
    private String demarreePar;

    @Column(name = "demarree_le", nullable = false, updatable = false)
    private Instant demarreeLe;

    @Column(name = "terminee_le")
    private Instant termineeLe;

    @Column(name = "eleves", nullable = false)
    private int eleves;

    @Column(name = "inscriptions", nullable = false)
    private int inscriptions;

    @Column(name = "preinscriptions", nullable = false)
    private int preinscriptions;

    @Column(name = "courriers", nullable = false)
    private int courriers;

    @Column(name = "referents", nullable = false)
    private int referents;

    @Column(name = "message", length = MESSAGE_MAX)
    private String message;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected PurgeCampagne() {
    }

    /** A run about to start: EN_COURS at once, so that the database refuses a second one. */
    public PurgeCampagne(Campagne campagne, String demarreePar, Instant demarreeLe) {
        this.campagne = Objects.requireNonNull(campagne, "La campagne est obligatoire.");
        this.demarreePar = couper(Objects.requireNonNull(demarreePar, "L'auteur est obligatoire."), DEMARREE_PAR_MAX);
        this.demarreeLe = Objects.requireNonNull(demarreeLe, "L'instant est obligatoire.");
        this.statut = StatutPurge.EN_COURS;
    }

    /** The job of this run started (or restarted) under this execution. */
    public void demarrer(long executionId) {
        this.jobExecutionId = executionId;
    }

    /** A failed run is restarted: EN_COURS again (the database refuses it if another run of the campagne is). */
    public void reprendre() {
        if (statut != StatutPurge.ECHEC || jobExecutionId == null) {
            throw new InvalidValueException("Seule une purge en échec peut être relancée (celle-ci est "
                    + statut.libelle().toLowerCase(java.util.Locale.ROOT) + ").");
        }
        statut = StatutPurge.EN_COURS;
        message = null;
        termineeLe = null;
    }

    /** What one committed chunk deleted. */
    public void compter(int elevesPurges, int inscriptionsPurgees, int preinscriptionsPurgees, int courriersSupprimes) {
        eleves += elevesPurges;
        inscriptions += inscriptionsPurgees;
        preinscriptions += preinscriptionsPurgees;
        courriers += courriersSupprimes;
    }

    public void terminer(int referentsSupprimes, Instant instant) {
        referents += referentsSupprimes;
        finir(StatutPurge.TERMINEE, resume(), instant);
    }

    public void dejaPurgee(String texte, Instant instant) {
        finir(StatutPurge.DEJA_PURGEE, texte, instant);
    }

    public void refuser(String motif, Instant instant) {
        finir(StatutPurge.REFUSEE, motif, instant);
    }

    public void echouer(String motif, Instant instant) {
        finir(StatutPurge.ECHEC, motif, instant);
    }

    private void finir(StatutPurge fin, String texte, Instant instant) {
        statut = fin;
        message = couper(texte, MESSAGE_MAX);
        termineeLe = instant;
    }

    /** The summary in counts, for the admin, the server log and the audit trail. */
    public String resume() {
        return eleves + " élève(s), " + inscriptions + " inscription(s), " + preinscriptions + " pré-inscription(s), "
                + courriers + " courriel(s) et " + referents + " personne(s) référente(s) sans inscription supprimés.";
    }

    private static String couper(String texte, int max) {
        return texte == null || texte.length() <= max ? texte : texte.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Campagne getCampagne() {
        return campagne;
    }

    public StatutPurge getStatut() {
        return statut;
    }

    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public String getDemarreePar() {
        return demarreePar;
    }

    public Instant getDemarreeLe() {
        return demarreeLe;
    }

    public Instant getTermineeLe() {
        return termineeLe;
    }

    public int getEleves() {
        return eleves;
    }

    public int getInscriptions() {
        return inscriptions;
    }

    public int getPreinscriptions() {
        return preinscriptions;
    }

    public int getCourriers() {
        return courriers;
    }

    public int getReferents() {
        return referents;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return "purge n° " + id + " (" + statut + ")";
    }
}
