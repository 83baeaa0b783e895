package fr.passpro.domain.compte;

import fr.passpro.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A single-use link, mailed to the owner of an account, to choose a password. The token is random (256 bits) and
 * only its SHA-256 is kept: {@link #jetonHash}. A link expires, serves once, and is revoked by a newer link.
 */
@Entity
@Table(name = "lien_mot_de_passe")
@NamedQuery(name = LienMotDePasse.FIND_BY_HASH,
        query = "SELECT l FROM LienMotDePasse l WHERE l.jetonHash = :hash")
@NamedQuery(name = LienMotDePasse.FIND_OUVERTS,
        query = "SELECT l FROM LienMotDePasse l WHERE l.account.id = :accountId AND l.utiliseLe IS NULL AND l.revoqueLe IS NULL")
public class LienMotDePasse implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code hash}. */
    public static final String FIND_BY_HASH = "LienMotDePasse.findByHash";
    /** Parameter {@code accountId}: the links of the account neither used nor revoked. */
    public static final String FIND_OUVERTS = "LienMotDePasse.findOuverts";

    public static final Duration VALIDITE_PAR_DEFAUT = Duration.ofHours(72);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm")
            .withZone(ZoneId.of("Europe/Paris"));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "jeton_hash", length = 64, nullable = false, updatable = false)
    private String jetonHash;

    @Column(name = "cree_le", nullable = false, updatable = false)
    private Instant creeLe;

    @Column(name = "cree_par", length = Account.LOGIN_MAX, nullable = false, updatable = false)
    private String creePar;

    @Column(name = "expire_le", nullable = false, updatable = false)
    private Instant expireLe;

    @Column(name = "utilise_le")
    private Instant utiliseLe;

    @Column(name = "revoque_le")
    private Instant revoqueLe;

    /** For JPA only. */
    protected LienMotDePasse() {
    }

    private LienMotDePasse(Account account, String jetonHash, Instant creeLe, String creePar, Duration validite) {
        this.account = Objects.requireNonNull(account, "Le compte est obligatoire.");
        this.jetonHash = Objects.requireNonNull(jetonHash, "Le jeton est obligatoire.");
        this.creeLe = Objects.requireNonNull(creeLe, "L'instant est obligatoire.");
        this.creePar = Objects.requireNonNull(creePar, "L'auteur du lien est obligatoire.");
        if (validite == null || validite.isNegative() || validite.isZero()) {
            throw new IllegalArgumentException("La validité d'un lien doit être positive : " + validite);
        }
        this.expireLe = creeLe.plus(validite);
    }

    /**
     * A new link for the account; the token to mail is {@code jeton}, the link keeps only its hash.
     *
     * @param jeton a token made by {@link #nouveauJeton()}
     */
    public static LienMotDePasse emettre(Account account, String jeton, Instant maintenant, String creePar, Duration validite) {
        return new LienMotDePasse(account, hacher(jeton), maintenant, creePar, validite);
    }

    /** 32 random bytes in URL-safe Base64 without padding (43 characters). */
    public static String nouveauJeton() {
        byte[] octets = new byte[32];
        RANDOM.nextBytes(octets);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }

    /** The SHA-256 of the token, in lower-case hexadecimal (64 characters). */
    public static String hacher(String jeton) {
        Objects.requireNonNull(jeton, "Le jeton est obligatoire.");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jeton.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est toujours présent dans Java", e);
        }
    }

    /**
     * Refuses a link that can no longer serve, with the reason a person can act on.
     *
     * @throws InvalidValueException if the link was used, revoked by a newer one, or has expired
     */
    public void verifierUtilisable(Instant maintenant) {
        if (utiliseLe != null) {
            throw new InvalidValueException("Ce lien a déjà servi le " + DATE_HEURE.format(utiliseLe)
                    + " : un lien ne sert qu'une fois. Connectez-vous avec le mot de passe choisi, ou demandez un nouveau lien.");
        }
        if (revoqueLe != null) {
            throw new InvalidValueException("Ce lien a été remplacé par un lien plus récent : utilisez le dernier courriel reçu.");
        }
        if (!maintenant.isBefore(expireLe)) {
            throw new InvalidValueException("Ce lien a expiré le " + DATE_HEURE.format(expireLe)
                    + " : demandez un nouveau lien à votre chef d'établissement ou à l'académie.");
        }
    }

    /** Marks the link used; it can serve no more. */
    public void utiliser(Instant maintenant) {
        verifierUtilisable(maintenant);
        this.utiliseLe = maintenant;
    }

    /** A newer link replaces this one. */
    public void revoquer(Instant maintenant) {
        if (utiliseLe == null && revoqueLe == null) {
            this.revoqueLe = Objects.requireNonNull(maintenant);
        }
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getJetonHash() {
        return jetonHash;
    }

    public Instant getCreeLe() {
        return creeLe;
    }

    public String getCreePar() {
        return creePar;
    }

    public Instant getExpireLe() {
        return expireLe;
    }

    public Instant getUtiliseLe() {
        return utiliseLe;
    }

    public Instant getRevoqueLe() {
        return revoqueLe;
    }
}
