package fr.passpro.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit journal: when, who (login, address), what action on which object. Lines are only ever
 * inserted: every column is {@code updatable = false}, there is no setter, and the database refuses UPDATE and
 * DELETE on the table.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.FIND_BY_OBJET,
        query = "SELECT a FROM AuditEvent a WHERE a.objetType = :type AND a.objetId = :id ORDER BY a.id")
public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameters {@code type}, {@code id} (text); oldest first. */
    public static final String FIND_BY_OBJET = "AuditEvent.findByObjet";

    public static final int LOGIN_MAX = 100;
    public static final int ADRESSE_MAX = 45;
    public static final int ACTION_MAX = 40;
    public static final int OBJET_TYPE_MAX = 40;
    public static final int OBJET_ID_MAX = 40;
    public static final int DETAIL_MAX = 1000;

    /** The action of a refused access to data outside the caller's scope. */
    public static final String ACCES_REFUSE = "ACCES_REFUSE";
    /** An account created by an admin or a chef d'établissement. */
    public static final String COMPTE_CREE = "COMPTE_CREE";
    public static final String COMPTE_DESACTIVE = "COMPTE_DESACTIVE";
    public static final String COMPTE_REACTIVE = "COMPTE_REACTIVE";
    /** A password-setting link mailed (the line never holds the token). */
    public static final String LIEN_MOT_DE_PASSE_ENVOYE = "LIEN_MOT_DE_PASSE_ENVOYE";
    /** A password chosen through a link (the line never holds the password nor its hash). */
    public static final String MOT_DE_PASSE_DEFINI = "MOT_DE_PASSE_DEFINI";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", updatable = false)
    private Long id;

    @Column(name = "survenu_le", nullable = false, updatable = false)
    private Instant survenuLe;

    @Column(name = "login", length = LOGIN_MAX, updatable = false)
    private String login;

    @Column(name = "adresse", length = ADRESSE_MAX, updatable = false)
    private String adresse;

    @Column(name = "action", length = ACTION_MAX, nullable = false, updatable = false)
    private String action;

    @Column(name = "objet_type", length = OBJET_TYPE_MAX, updatable = false)
    private String objetType;

    @Column(name = "objet_id", length = OBJET_ID_MAX, updatable = false)
    private String objetId;

    @Column(name = "detail", length = DETAIL_MAX, updatable = false)
    private String detail;

    /** The académie, établissement and pupil the line concerns, when known (written with the changes). */
    @Column(name = "academie_code", length = 2, updatable = false)
    private String academieCode;

    @Column(name = "etablissement_id", updatable = false)
    private Long etablissementId;

    @Column(name = "eleve_id", updatable = false)
    private Long eleveId;

    /** For JPA only. */
    protected AuditEvent() {
    }

    /**
     * @param login     may be null (anonymous)
     * @param adresse   the client's address, may be null when unknown (e.g. a batch job)
     * @param objetType e.g. « eleve », may be null
     * @param objetId   may be null
     * @param detail    free text, cut at {@link #DETAIL_MAX}
     */
    public AuditEvent(Instant survenuLe, String login, String adresse, String action, String objetType, String objetId,
                      String detail) {
        this.survenuLe = Objects.requireNonNull(survenuLe, "L'instant est obligatoire.");
        this.action = couper(Objects.requireNonNull(action, "L'action est obligatoire."), ACTION_MAX);
        this.login = couper(login, LOGIN_MAX);
        this.adresse = couper(adresse, ADRESSE_MAX);
        this.objetType = couper(objetType, OBJET_TYPE_MAX);
        this.objetId = couper(objetId, OBJET_ID_MAX);
        this.detail = couper(detail, DETAIL_MAX);
    }

    private static String couper(String texte, int max) {
        return texte == null || texte.length() <= max ? texte : texte.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getSurvenuLe() {
        return survenuLe;
    }

    public String getLogin() {
        return login;
    }

    public String getAdresse() {
        return adresse;
    }

    public String getAction() {
        return action;
    }

    public String getObjetType() {
        return objetType;
    }

    public String getObjetId() {
        return objetId;
    }

    public String getDetail() {
        return detail;
    }

    public String getAcademieCode() {
        return academieCode;
    }

    public Long getEtablissementId() {
        return etablissementId;
    }

    public Long getEleveId() {
        return eleveId;
    }
}
