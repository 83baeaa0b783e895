package fr.passpro.domain.preinscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How many submissions one client address made to a public form in the current window (fixed window: the first
 * submission opens it, it lasts {@link #FENETRE}). Stored in the database so that every Payara instance counts
 * together; the row is read with a write lock.
 */
@Entity
@Table(name = "limite_debit")
public class LimiteDebit implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int CLE_MAX = 120;
    /** Submissions accepted per address and window. */
    public static final int MAX_PAR_FENETRE = 5;
    public static final Duration FENETRE = Duration.ofHours(1);

    @Id
    @Column(name = "cle", length = CLE_MAX, nullable = false, updatable = false)
    private String cle;

    @Column(name = "debut_fenetre", nullable = false)
    private Instant debutFenetre;

    @Column(name = "nombre", nullable = false)
    private int nombre;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected LimiteDebit() {
    }

    /** No submission yet for this key. */
    public LimiteDebit(String cle, Instant maintenant) {
        this.cle = cle(cle);
        this.debutFenetre = Objects.requireNonNull(maintenant);
        this.nombre = 0;
    }

    /** The key of a form and a client address, e.g. « preinscription|203.0.113.7 ». */
    public static String cle(String formulaire, String adresse) {
        return cle(formulaire + "|" + (adresse == null || adresse.isBlank() ? "inconnue" : adresse.strip()));
    }

    private static String cle(String cle) {
        Objects.requireNonNull(cle, "La clé est obligatoire.");
        return cle.length() > CLE_MAX ? cle.substring(0, CLE_MAX) : cle;
    }

    /**
     * Counts one submission at this instant.
     *
     * @return true if it is accepted, false if the address already made {@link #MAX_PAR_FENETRE} in the window
     */
    public boolean compter(Instant maintenant) {
        if (!maintenant.isBefore(debutFenetre.plus(FENETRE))) {
            debutFenetre = maintenant;
            nombre = 0;
        }
        if (nombre >= MAX_PAR_FENETRE) {
            return false;
        }
        nombre++;
        return true;
    }

    /** When the address may submit again: the end of the current window. */
    public Instant reessayerApres() {
        return debutFenetre.plus(FENETRE);
    }

    public String getCle() {
        return cle;
    }

    public int getNombre() {
        return nombre;
    }

    public Instant getDebutFenetre() {
        return debutFenetre;
    }
}
