package fr.passpro.domain.courrier;

import fr.passpro.domain.shared.InvalidValueException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A file attached to a mail of the outbox, e.g. the PDF of a convocation. */
@Entity
@Table(name = "courrier_piece_jointe")
public class PieceJointe implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NOM_FICHIER_MAX = 200;
    public static final int TYPE_CONTENU_MAX = 100;
    /** 10 MB: most mail servers refuse more. */
    public static final int TAILLE_MAX = 10 * 1024 * 1024;
    public static final int MODELE_MAX = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "courrier_id", nullable = false, updatable = false)
    private Courrier courrier;

    @Column(name = "rang", nullable = false, updatable = false)
    private int rang;

    @Column(name = "nom_fichier", length = NOM_FICHIER_MAX, nullable = false, updatable = false)
    private String nomFichier;

    @Column(name = "type_contenu", length = TYPE_CONTENU_MAX, nullable = false, updatable = false)
    private String typeContenu;

    /** The bytes, or null when the worker produces them from {@link #modele} and {@link #donnees} at send time. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "contenu", updatable = false)
    private byte[] contenu;

    /** What produces the bytes when the mail is sent (e.g. a convocation's PDF), or null. */
    @Column(name = "modele", length = MODELE_MAX, updatable = false)
    private String modele;

    /** The snapshot the {@link #modele} reads, taken when the mail was queued. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "donnees", updatable = false)
    private String donnees;

    /** For JPA only. */
    protected PieceJointe() {
    }

    PieceJointe(Courrier courrier, int rang, String nomFichier, String typeContenu, byte[] contenu) {
        this(courrier, rang, nomFichier, typeContenu);
        if (contenu == null || contenu.length == 0 || contenu.length > TAILLE_MAX) {
            throw new InvalidValueException("La pièce jointe " + nomFichier + " est vide ou dépasse 10 Mo.");
        }
        this.contenu = contenu.clone();
    }

    /** An attachment produced at send time by {@code modele} from {@code donnees}. */
    PieceJointe(Courrier courrier, int rang, String nomFichier, String typeContenu, String modele, String donnees) {
        this(courrier, rang, nomFichier, typeContenu);
        if (modele == null || !modele.matches("[a-z][a-z0-9-]{0," + (MODELE_MAX - 1) + "}")) {
            throw new InvalidValueException("Le modèle de la pièce jointe « " + modele + " » n'est pas valide.");
        }
        if (donnees == null || donnees.isBlank()) {
            throw new InvalidValueException("La pièce jointe " + nomFichier + " n'a pas de données.");
        }
        this.modele = modele;
        this.donnees = donnees;
    }

    private PieceJointe(Courrier courrier, int rang, String nomFichier, String typeContenu) {
        this.courrier = Objects.requireNonNull(courrier);
        this.rang = rang;
        if (nomFichier == null || nomFichier.isBlank() || nomFichier.length() > NOM_FICHIER_MAX
                || nomFichier.matches(".*[\\\\/\\r\\n].*")) {
            throw new InvalidValueException("Le nom de la pièce jointe est vide, trop long ou contient / \\ ou un saut de ligne.");
        }
        if (typeContenu == null || !typeContenu.matches("[a-z]+/[a-z0-9.+-]+") || typeContenu.length() > TYPE_CONTENU_MAX) {
            throw new InvalidValueException("Le type de la pièce jointe « " + typeContenu + " » n'est pas un type MIME.");
        }
        this.nomFichier = nomFichier;
        this.typeContenu = typeContenu;
    }

    public int getRang() {
        return rang;
    }

    public String getNomFichier() {
        return nomFichier;
    }

    public String getTypeContenu() {
        return typeContenu;
    }

    /** The bytes; null for an attachment produced at send time ({@link #isAProduire()}). */
    public byte[] getContenu() {
        return contenu == null ? null : contenu.clone();
    }

    /** Whether the worker produces the bytes at send time, from {@link #getModele()} and {@link #getDonnees()}. */
    public boolean isAProduire() {
        return modele != null;
    }

    public String getModele() {
        return modele;
    }

    public String getDonnees() {
        return donnees;
    }
}
