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

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "contenu", nullable = false, updatable = false)
    private byte[] contenu;

    /** For JPA only. */
    protected PieceJointe() {
    }

    PieceJointe(Courrier courrier, int rang, String nomFichier, String typeContenu, byte[] contenu) {
        this.courrier = Objects.requireNonNull(courrier);
        this.rang = rang;
        if (nomFichier == null || nomFichier.isBlank() || nomFichier.length() > NOM_FICHIER_MAX
                || nomFichier.matches(".*[\\\\/\\r\\n].*")) {
            throw new InvalidValueException("Le nom de la pièce jointe est vide, trop long ou contient / \\ ou un saut de ligne.");
        }
        if (typeContenu == null || !typeContenu.matches("[a-z]+/[a-z0-9.+-]+") || typeContenu.length() > TYPE_CONTENU_MAX) {
            throw new InvalidValueException("Le type de la pièce jointe « " + typeContenu + " » n'est pas un type MIME.");
        }
        if (contenu == null || contenu.length == 0 || contenu.length > TAILLE_MAX) {
            throw new InvalidValueException("La pièce jointe " + nomFichier + " est vide ou dépasse 10 Mo.");
        }
        this.nomFichier = nomFichier;
        this.typeContenu = typeContenu;
        this.contenu = contenu.clone();
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

    public byte[] getContenu() {
        return contenu.clone();
    }
}
