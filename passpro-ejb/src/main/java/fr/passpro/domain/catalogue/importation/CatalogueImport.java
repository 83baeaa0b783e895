package fr.passpro.domain.catalogue.importation;

import fr.passpro.domain.campagne.Campagne;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One upload of the catalogue file by an admin, and what the import job made of it.
 * The file itself is kept here (not on a disk) so that whichever server instance runs the job can read it.
 * The life cycle is EN_ATTENTE → EN_COURS → TERMINE, REFUSE or ECHEC; each step is one intention method.
 */
@Entity
@Table(name = "catalogue_import")
@NamedQuery(name = CatalogueImport.FIND_BY_CAMPAGNE,
        query = "SELECT i FROM CatalogueImport i WHERE i.campagne.id = :campagneId ORDER BY i.demarreLe DESC, i.id DESC")
@NamedQuery(name = CatalogueImport.FIND_UNFINISHED_BY_CAMPAGNE,
        query = "SELECT i FROM CatalogueImport i WHERE i.campagne.id = :campagneId"
                + " AND i.statut IN (fr.passpro.domain.catalogue.importation.StatutImport.EN_ATTENTE,"
                + " fr.passpro.domain.catalogue.importation.StatutImport.EN_COURS)")
public class CatalogueImport implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code campagneId}: the imports of a campagne, latest first. */
    public static final String FIND_BY_CAMPAGNE = "CatalogueImport.findByCampagne";
    /** Parameter {@code campagneId}: the imports waiting or running (at most one should be). */
    public static final String FIND_UNFINISHED_BY_CAMPAGNE = "CatalogueImport.findUnfinishedByCampagne";

    public static final int NOM_FICHIER_MAX = 255;
    public static final int MESSAGE_MAX = 1000;
    public static final int DEMARRE_PAR_MAX = 100;
    /** Above this share of rejected lines (in %), the file is refused and the catalogue left as it was. */
    public static final int SEUIL_REJET_STANDARD = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @NotNull(message = "La campagne de l'import est obligatoire.")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campagne_id", nullable = false, updatable = false)
    private Campagne campagne;

    @NotNull(message = "Le nom du fichier est obligatoire.")
    @Size(max = NOM_FICHIER_MAX, message = "Le nom du fichier ne peut dépasser {max} caractères.")
    @Column(name = "nom_fichier", length = NOM_FICHIER_MAX, nullable = false, updatable = false)
    private String nomFichier;

    /** Loaded only when read: the list of imports never carries the files. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "contenu", nullable = false, updatable = false)
    private byte[] contenu;

    @Column(name = "taille", nullable = false, updatable = false)
    private long taille;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "statut", length = StatutImport.LENGTH, nullable = false)
    private StatutImport statut;

    /** The non-blank lines of the file after the header, known once the reading step has opened it. */
    @Column(name = "lignes_total", nullable = false)
    private int lignesTotal;

    @Column(name = "lignes_lues", nullable = false)
    private int lignesLues;

    @Column(name = "lignes_valides", nullable = false)
    private int lignesValides;

    @Column(name = "lignes_rejetees", nullable = false)
    private int lignesRejetees;

    /** Lines imported with at least one warning (e.g. a restored leading zero, an unusual code prefix). */
    @Column(name = "lignes_alertes", nullable = false)
    private int lignesAlertes;

    @Column(name = "formations_creees", nullable = false)
    private int formationsCreees;

    @Column(name = "formations_modifiees", nullable = false)
    private int formationsModifiees;

    /** Formations back in the catalogue after they had been withdrawn (not counted as modified). */
    @Column(name = "formations_reactivees", nullable = false)
    private int formationsReactivees;

    /** Formations absent from the file and withdrawn from the catalogue (never deleted). */
    @Column(name = "formations_desactivees", nullable = false)
    private int formationsRetirees;

    /** Formations absent from the staged lines but named by a rejected line: kept as they were. */
    @Column(name = "formations_gardees_rejet", nullable = false)
    private int formationsGardeesRejet;

    /** Formations absent from the file that hold vœux: kept until the admin decides (see RetraitFormation). */
    @Column(name = "formations_avec_voeux", nullable = false)
    private int formationsAvecVoeux;

    @Min(value = 0, message = "Le seuil de rejet est un pourcentage entre {value} et 100.")
    @Max(value = 100, message = "Le seuil de rejet est un pourcentage entre 0 et {value}.")
    @Column(name = "seuil_rejet_pourcent", nullable = false, updatable = false)
    private int seuilRejetPourcent;

    @Size(max = MESSAGE_MAX)
    @Column(name = "message", length = MESSAGE_MAX)
    private String message;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @NotNull(message = "L'auteur de l'import est obligatoire.")
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
    protected CatalogueImport() {
    }

    /**
     * A file waiting for the import job.
     *
     * @param seuilRejetPourcent the share of rejected lines (0 to 100) above which the file is refused
     * @param demarrePar         the login of the admin who uploaded it
     * @throws InvalidValueException for an empty file, a blank name or a threshold outside 0..100
     */
    public CatalogueImport(Campagne campagne, String nomFichier, byte[] contenu, int seuilRejetPourcent,
                           String demarrePar, Instant demarreLe) {
        this.campagne = Objects.requireNonNull(campagne, "La campagne de l'import est obligatoire.");
        this.nomFichier = checkNomFichier(nomFichier);
        if (contenu == null || contenu.length == 0) {
            throw new InvalidValueException("Le fichier « " + this.nomFichier + " » est vide.");
        }
        if (seuilRejetPourcent < 0 || seuilRejetPourcent > 100) {
            throw new InvalidValueException("Le seuil de rejet est un pourcentage entre 0 et 100 (saisi : "
                    + seuilRejetPourcent + ").");
        }
        if (demarrePar == null || demarrePar.isBlank()) {
            throw new InvalidValueException("L'auteur de l'import est obligatoire.");
        }
        this.contenu = contenu.clone();
        this.taille = contenu.length;
        this.seuilRejetPourcent = seuilRejetPourcent;
        this.demarrePar = truncate(demarrePar.strip(), DEMARRE_PAR_MAX);
        this.demarreLe = Objects.requireNonNull(demarreLe, "La date de l'import est obligatoire.");
        this.statut = StatutImport.EN_ATTENTE;
    }

    /** Keeps only the name of an uploaded file (browsers may send a whole path), shortened to the column. */
    private static String checkNomFichier(String nomFichier) {
        if (nomFichier == null || nomFichier.isBlank()) {
            throw new InvalidValueException("Le nom du fichier est obligatoire.");
        }
        String name = nomFichier.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isBlank()) {
            throw new InvalidValueException("Le nom du fichier est obligatoire.");
        }
        return truncate(name, NOM_FICHIER_MAX);
    }

    private static String truncate(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }

    /**
     * The job has started, or restarted after a stop (a new execution of the same job instance).
     *
     * @throws IllegalStateException if the import is already over
     */
    public void demarrer(long executionId) {
        if (statut != StatutImport.ECHEC && statut != StatutImport.EN_ATTENTE) {
            requireNotFinal("démarré");
        }
        this.jobExecutionId = executionId;
        this.statut = StatutImport.EN_COURS;
        if (termineLe != null) {
            // A restart after a technical failure: the failure is no longer the news.
            this.termineLe = null;
            this.message = null;
        }
    }

    /**
     * A restart of a failed import was asked for: it waits for its new execution, so that whoever follows the import
     * no longer reads the failure as its outcome.
     *
     * @throws IllegalStateException unless the import is ECHEC
     */
    public void reprendre() {
        requireStatut(StatutImport.ECHEC, "repris");
        this.statut = StatutImport.EN_ATTENTE;
        this.termineLe = null;
        this.message = "Reprise demandée : l'import repart du dernier paquet enregistré.";
    }

    /**
     * How many non-blank lines the file holds, for the progress bar.
     *
     * @throws IllegalStateException unless the import is EN_COURS
     */
    public void definirLignesTotal(int total) {
        requireStatut(StatutImport.EN_COURS, "compté");
        if (total < 0) {
            throw new IllegalArgumentException("Nombre de lignes négatif : " + total);
        }
        this.lignesTotal = total;
    }

    /**
     * Adds what one committed chunk of the applying step did to the catalogue, so that a restart goes on counting.
     *
     * @throws IllegalStateException unless the import is EN_COURS
     */
    public void compterApplication(int creees, int modifiees, int reactivees) {
        requireStatut(StatutImport.EN_COURS, "compté");
        if (creees < 0 || modifiees < 0 || reactivees < 0) {
            throw new IllegalArgumentException("Comptes négatifs : " + creees + " créées, " + modifiees
                    + " modifiées, " + reactivees + " réactivées.");
        }
        this.formationsCreees += creees;
        this.formationsModifiees += modifiees;
        this.formationsReactivees += reactivees;
    }

    /**
     * Records what the reading step found: lines read (blank ones excluded), valid and rejected, and the valid lines
     * that carry a warning.
     *
     * @throws IllegalStateException unless the import is EN_COURS
     */
    public void enregistrerLecture(int lues, int valides, int rejetees, int alertes) {
        requireStatut(StatutImport.EN_COURS, "compté");
        if (lues < 0 || valides < 0 || rejetees < 0 || valides + rejetees != lues || alertes < 0 || alertes > valides) {
            throw new IllegalArgumentException("Comptes de lignes incohérents : " + lues + " lues, " + valides
                    + " valides, " + rejetees + " rejetées, " + alertes + " avec alerte.");
        }
        this.lignesLues = lues;
        this.lignesValides = valides;
        this.lignesRejetees = rejetees;
        this.lignesAlertes = alertes;
    }

    /** Whether the share of rejected lines is above the threshold, or no line is valid (the catalogue would be emptied). */
    public boolean depasseSeuilDeRejet() {
        if (lignesValides == 0) {
            return true;
        }
        return lignesRejetees * 100L > (long) seuilRejetPourcent * lignesLues;
    }

    /**
     * The catalogue was updated: the counts of the applying step stay, those of the withdrawal step are recorded and
     * the summary is written with one vocabulary (« retirée(s) » for a formation taken out of the catalogue).
     *
     * @param retirees     absent formations withdrawn
     * @param gardeesRejet absent formations kept because a rejected line names them
     * @param avecVoeux    absent formations kept because they hold vœux, awaiting the admin's decision
     * @throws IllegalStateException unless the import is EN_COURS
     */
    public void terminer(int retirees, int gardeesRejet, int avecVoeux, Instant quand) {
        requireStatut(StatutImport.EN_COURS, "terminé");
        this.formationsRetirees = retirees;
        this.formationsGardeesRejet = gardeesRejet;
        this.formationsAvecVoeux = avecVoeux;
        StringBuilder bilan = new StringBuilder()
                .append(lignesValides).append(" ligne(s) importée(s)");
        if (lignesAlertes > 0) {
            bilan.append(" (dont ").append(lignesAlertes).append(" avec alerte)");
        }
        bilan.append(", ").append(lignesRejetees).append(" rejetée(s) ; ")
                .append(formationsCreees).append(" formation(s) créée(s), ")
                .append(formationsModifiees).append(" modifiée(s), ")
                .append(formationsReactivees).append(" réactivée(s), ")
                .append(retirees).append(" retirée(s) du catalogue.");
        if (gardeesRejet > 0) {
            bilan.append(" ").append(gardeesRejet).append(" formation(s) absente(s) des lignes importées mais nommée(s) "
                    + "par une ligne rejetée : non retirée(s), inchangée(s).");
        }
        if (avecVoeux > 0) {
            bilan.append(" ").append(avecVoeux).append(" formation(s) absente(s) du fichier mais demandée(s) par des "
                    + "élèves : gardée(s) au catalogue jusqu'à votre décision.");
        }
        this.message = truncate(bilan.toString(), MESSAGE_MAX);
        finish(StatutImport.TERMINE, quand);
    }


    /**
     * The file was not applied (unreadable, missing column, too many rejected lines); the catalogue is unchanged.
     *
     * @param motif the French reason shown to the admin
     * @throws IllegalStateException if the import is already over
     */
    public void refuser(String motif, Instant quand) {
        requireNotFinal("refusé");
        this.message = truncate(Objects.requireNonNull(motif, "Le motif du refus est obligatoire."), MESSAGE_MAX);
        finish(StatutImport.REFUSE, quand);
    }

    /**
     * A technical failure stopped the job; the catalogue is unchanged.
     *
     * @param cause what to tell the admin (in French), without a stack trace
     * @throws IllegalStateException if the import is already over
     */
    public void echouer(String cause, Instant quand) {
        requireNotFinal("mis en échec");
        this.message = truncate(cause == null || cause.isBlank()
                ? "L'import a échoué sur une erreur technique ; le catalogue n'a pas été modifié." : cause, MESSAGE_MAX);
        finish(StatutImport.ECHEC, quand);
    }

    private void finish(StatutImport end, Instant quand) {
        this.statut = end;
        this.termineLe = Objects.requireNonNull(quand, "La date de fin est obligatoire.");
    }

    private void requireStatut(StatutImport expected, String what) {
        if (statut != expected) {
            throw new IllegalStateException("L'import " + id + " ne peut pas être " + what + " : il est "
                    + statut.libelle().toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    private void requireNotFinal(String what) {
        if (statut.isFinal()) {
            throw new IllegalStateException("L'import " + id + " ne peut pas être " + what + " : il est déjà "
                    + statut.libelle().toLowerCase(java.util.Locale.ROOT) + ".");
        }
    }

    public Long getId() {
        return id;
    }

    public Campagne getCampagne() {
        return campagne;
    }

    public String getNomFichier() {
        return nomFichier;
    }

    /** A copy of the uploaded file. */
    public byte[] getContenu() {
        return contenu == null ? null : contenu.clone();
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

    public int getLignesLues() {
        return lignesLues;
    }

    public int getLignesValides() {
        return lignesValides;
    }

    public int getLignesRejetees() {
        return lignesRejetees;
    }

    public int getFormationsCreees() {
        return formationsCreees;
    }

    public int getFormationsModifiees() {
        return formationsModifiees;
    }

    public int getLignesAlertes() {
        return lignesAlertes;
    }

    public int getFormationsReactivees() {
        return formationsReactivees;
    }

    public int getFormationsRetirees() {
        return formationsRetirees;
    }

    public int getFormationsGardeesRejet() {
        return formationsGardeesRejet;
    }

    public int getFormationsAvecVoeux() {
        return formationsAvecVoeux;
    }

    public int getSeuilRejetPourcent() {
        return seuilRejetPourcent;
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

    public int getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Import du catalogue " + nomFichier + " (" + statut.libelle() + ")";
    }
}
