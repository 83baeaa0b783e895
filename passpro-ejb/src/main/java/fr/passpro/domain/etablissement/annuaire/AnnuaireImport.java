package fr.passpro.domain.etablissement.annuaire;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.catalogue.importation.StatutImport;
import fr.passpro.domain.shared.InvalidValueException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One directory file to import for an académie, and what the import job made of it. The file is kept here
 * (gzip-compressed) so that whichever server instance runs or restarts the job can read it.
 * The life cycle is EN_ATTENTE → EN_COURS → TERMINE, REFUSE (wrong header: nothing changed) or ECHEC (restartable).
 * The counts grow chunk by chunk, in the chunk's transaction: after a restart they still count each line once.
 */
@Entity
@Table(name = "annuaire_import")
public class AnnuaireImport implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NOM_FICHIER_MAX = 255;
    public static final int MESSAGE_MAX = 1000;
    public static final int DEMARRE_PAR_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @NotNull(message = "L'académie de l'import est obligatoire.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "academie_code", nullable = false, updatable = false)
    private Academie academie;

    @NotNull(message = "Le nom du fichier est obligatoire.")
    @Size(max = NOM_FICHIER_MAX, message = "Le nom du fichier ne peut dépasser {max} caractères.")
    @Column(name = "nom_fichier", length = NOM_FICHIER_MAX, nullable = false, updatable = false)
    private String nomFichier;

    /** The file, gzip-compressed; loaded only when read. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "contenu_gzip", nullable = false, updatable = false)
    private byte[] contenuGzip;

    /** The size of the file before compression. */
    @Column(name = "taille", nullable = false, updatable = false)
    private long taille;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "statut", length = StatutImport.LENGTH, nullable = false)
    private StatutImport statut;

    @Column(name = "lignes_total", nullable = false)
    private int lignesTotal;

    @Column(name = "lignes_acceptees", nullable = false)
    private int lignesAcceptees;

    @Column(name = "lignes_hors_academie", nullable = false)
    private int lignesHorsAcademie;

    @Column(name = "lignes_non_gerees", nullable = false)
    private int lignesNonGerees;

    @Column(name = "lignes_rejetees", nullable = false)
    private int lignesRejetees;

    @Column(name = "etablissements_crees", nullable = false)
    private int etablissementsCrees;

    @Column(name = "etablissements_modifies", nullable = false)
    private int etablissementsModifies;

    @Column(name = "etablissements_fermes", nullable = false)
    private int etablissementsFermes;

    @Size(max = MESSAGE_MAX)
    @Column(name = "message", length = MESSAGE_MAX)
    private String message;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @NotNull
    @Size(max = DEMARRE_PAR_MAX)
    @Column(name = "demarre_par", length = DEMARRE_PAR_MAX, nullable = false, updatable = false)
    private String demarrePar;

    @NotNull
    @Column(name = "demarre_le", nullable = false, updatable = false)
    private Instant demarreLe;

    @Column(name = "termine_le")
    private Instant termineLe;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected AnnuaireImport() {
    }

    /**
     * A file waiting for the import job.
     *
     * @param contenuGzip the file, gzip-compressed
     * @param taille      its size before compression
     * @throws InvalidValueException for an empty file or a blank name or author
     */
    public AnnuaireImport(Academie academie, String nomFichier, byte[] contenuGzip, long taille, String demarrePar,
                          Instant demarreLe) {
        this.academie = Objects.requireNonNull(academie, "L'académie de l'import est obligatoire.");
        if (nomFichier == null || nomFichier.isBlank()) {
            throw new InvalidValueException("Le nom du fichier est obligatoire.");
        }
        String nom = nomFichier.strip();
        this.nomFichier = truncate(nom.substring(Math.max(nom.lastIndexOf('/'), nom.lastIndexOf('\\')) + 1),
                NOM_FICHIER_MAX);
        if (contenuGzip == null || contenuGzip.length == 0 || taille <= 0) {
            throw new InvalidValueException("Le fichier « " + this.nomFichier + " » est vide.");
        }
        if (demarrePar == null || demarrePar.isBlank()) {
            throw new InvalidValueException("L'auteur de l'import est obligatoire.");
        }
        this.contenuGzip = contenuGzip.clone();
        this.taille = taille;
        this.demarrePar = truncate(demarrePar.strip(), DEMARRE_PAR_MAX);
        this.demarreLe = Objects.requireNonNull(demarreLe, "La date de l'import est obligatoire.");
        this.statut = StatutImport.EN_ATTENTE;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    /**
     * The job has started, or restarted (a new execution of the same job instance).
     *
     * @throws IllegalStateException if the import is over and not restartable
     */
    public void demarrer(long executionId) {
        if (statut != StatutImport.ECHEC && statut != StatutImport.EN_ATTENTE) {
            requireNotFinal("démarré");
        }
        this.jobExecutionId = executionId;
        this.statut = StatutImport.EN_COURS;
        this.termineLe = null;
        this.message = null;
    }

    /**
     * A restart of a failed import was asked for: it waits for its new execution.
     *
     * @throws IllegalStateException unless the import is ECHEC
     */
    public void reprendre() {
        requireStatut(StatutImport.ECHEC, "repris");
        this.statut = StatutImport.EN_ATTENTE;
        this.termineLe = null;
        this.message = "Reprise demandée : l'import repart du dernier paquet enregistré.";
    }

    /** How many non-blank lines follow the header, for the progress. */
    public void definirLignesTotal(int total) {
        requireStatut(StatutImport.EN_COURS, "compté");
        if (total < 0) {
            throw new IllegalArgumentException("Nombre de lignes négatif : " + total);
        }
        this.lignesTotal = total;
    }

    /**
     * Adds what one committed chunk did.
     *
     * @throws IllegalStateException unless the import is EN_COURS
     */
    public void compterPaquet(int acceptees, int horsAcademie, int nonGerees, int crees, int modifies, int fermes) {
        requireStatut(StatutImport.EN_COURS, "compté");
        if (acceptees < 0 || horsAcademie < 0 || nonGerees < 0 || crees < 0 || modifies < 0 || fermes < 0) {
            throw new IllegalArgumentException("Comptes négatifs.");
        }
        this.lignesAcceptees += acceptees;
        this.lignesHorsAcademie += horsAcademie;
        this.lignesNonGerees += nonGerees;
        this.etablissementsCrees += crees;
        this.etablissementsModifies += modifies;
        this.etablissementsFermes += fermes;
    }

    /** One more rejected line (its problems go to the report). */
    public void compterRejet() {
        requireStatut(StatutImport.EN_COURS, "compté");
        this.lignesRejetees++;
    }

    public int getLignesLues() {
        return lignesAcceptees + lignesHorsAcademie + lignesNonGerees + lignesRejetees;
    }

    /** The whole file was read and its accepted lines applied. */
    public void terminer(Instant quand) {
        requireStatut(StatutImport.EN_COURS, "terminé");
        this.message = truncate(getLignesLues() + " ligne(s) lue(s) : " + lignesAcceptees + " acceptée(s), "
                + lignesRejetees + " rejetée(s), " + lignesHorsAcademie + " d'une autre académie, " + lignesNonGerees
                + " d'établissements non gérés par Passpro ; " + etablissementsCrees + " établissement(s) créé(s), "
                + etablissementsModifies + " modifié(s), " + etablissementsFermes + " fermé(s).", MESSAGE_MAX);
        finish(StatutImport.TERMINE, quand);
    }

    /**
     * The file cannot be imported at all (its header is not the directory's); nothing was changed.
     *
     * @throws IllegalStateException if the import is already over
     */
    public void refuser(String motif, Instant quand) {
        requireNotFinal("refusé");
        this.message = truncate(Objects.requireNonNull(motif, "Le motif du refus est obligatoire."), MESSAGE_MAX);
        finish(StatutImport.REFUSE, quand);
    }

    /**
     * A technical failure or a stop interrupted the job; a restart goes on from the last chunk committed.
     *
     * @throws IllegalStateException if the import is already over
     */
    public void echouer(String cause, Instant quand) {
        requireNotFinal("mis en échec");
        this.message = truncate(cause == null || cause.isBlank()
                ? "L'import de l'annuaire a échoué sur une erreur technique : relancez-le." : cause, MESSAGE_MAX);
        finish(StatutImport.ECHEC, quand);
    }

    private void finish(StatutImport end, Instant quand) {
        this.statut = end;
        this.termineLe = Objects.requireNonNull(quand, "La date de fin est obligatoire.");
    }

    private void requireStatut(StatutImport expected, String what) {
        if (statut != expected) {
            throw new IllegalStateException("L'import de l'annuaire " + id + " ne peut pas être " + what + " : il est "
                    + statut.libelle().toLowerCase(Locale.ROOT) + ".");
        }
    }

    private void requireNotFinal(String what) {
        if (statut.isFinal()) {
            throw new IllegalStateException("L'import de l'annuaire " + id + " ne peut pas être " + what
                    + " : il est déjà " + statut.libelle().toLowerCase(Locale.ROOT) + ".");
        }
    }

    public Long getId() {
        return id;
    }

    public Academie getAcademie() {
        return academie;
    }

    public String getNomFichier() {
        return nomFichier;
    }

    /** A copy of the gzip-compressed file. */
    public byte[] getContenuGzip() {
        return contenuGzip == null ? null : contenuGzip.clone();
    }

    public long getTaille() {
        return taille;
    }

    public StatutImport getStatut() {
        return statut;
    }

    public int getLignesTotal() {
        return lignesTotal;
    }

    public int getLignesAcceptees() {
        return lignesAcceptees;
    }

    public int getLignesHorsAcademie() {
        return lignesHorsAcademie;
    }

    public int getLignesNonGerees() {
        return lignesNonGerees;
    }

    public int getLignesRejetees() {
        return lignesRejetees;
    }

    public int getEtablissementsCrees() {
        return etablissementsCrees;
    }

    public int getEtablissementsModifies() {
        return etablissementsModifies;
    }

    public int getEtablissementsFermes() {
        return etablissementsFermes;
    }

    /** May be null until the import is over. */
    public String getMessage() {
        return message;
    }

    /** Null until the job has started. */
    public Long getJobExecutionId() {
        return jobExecutionId;
    }

    public String getDemarrePar() {
        return demarrePar;
    }

    public Instant getDemarreLe() {
        return demarreLe;
    }

    /** Null until the import is over. */
    public Instant getTermineLe() {
        return termineLe;
    }

    @Override
    public String toString() {
        return "Import de l'annuaire " + id + " (" + nomFichier + ", " + statut + ")";
    }
}
