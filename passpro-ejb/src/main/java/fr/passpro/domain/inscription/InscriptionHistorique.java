package fr.passpro.domain.inscription;

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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the history of an inscription: who did what, when, and the value before and after. Lines are only ever
 * added, by {@link Inscription} itself on each change; no column is updatable.
 */
@Entity
@Table(name = "inscription_historique")
public class InscriptionHistorique implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int AUTEUR_MAX = 100;
    /** Room for a whole compte rendu (4,000 characters), so that every version of it is kept. */
    public static final int VALEUR_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "inscription_id", nullable = false, updatable = false)
    private Inscription inscription;

    @Column(name = "survenu_le", nullable = false, updatable = false)
    private Instant survenuLe;

    /** The login of the account, kept as text so that the line survives any change to the account. */
    @Column(name = "auteur", length = AUTEUR_MAX, nullable = false, updatable = false)
    private String auteur;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = ActionInscription.ENUM_MAX, nullable = false, updatable = false)
    private ActionInscription action;

    @Column(name = "avant", length = VALEUR_MAX, updatable = false)
    private String avant;

    @Column(name = "apres", length = VALEUR_MAX, updatable = false)
    private String apres;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected InscriptionHistorique() {
    }

    InscriptionHistorique(Inscription inscription, Instant survenuLe, String auteur, ActionInscription action,
                          String avant, String apres) {
        this.inscription = Objects.requireNonNull(inscription);
        this.survenuLe = Objects.requireNonNull(survenuLe, "L'instant est obligatoire.");
        this.auteur = Textes.tronque(Objects.requireNonNull(auteur, "L'auteur est obligatoire."), AUTEUR_MAX);
        this.action = Objects.requireNonNull(action);
        this.avant = Textes.tronque(avant, VALEUR_MAX);
        this.apres = Textes.tronque(apres, VALEUR_MAX);
    }

    public Long getId() {
        return id;
    }

    public Inscription getInscription() {
        return inscription;
    }

    public Instant getSurvenuLe() {
        return survenuLe;
    }

    public String getAuteur() {
        return auteur;
    }

    public ActionInscription getAction() {
        return action;
    }

    /** May be null (nothing before a creation). */
    public String getAvant() {
        return avant;
    }

    /** May be null. */
    public String getApres() {
        return apres;
    }

    @Override
    public String toString() {
        return survenuLe + " " + auteur + " " + action + " : " + avant + " → " + apres;
    }
}
