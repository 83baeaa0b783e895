package fr.passpro.domain.courrier;

import fr.passpro.domain.shared.InvalidValueException;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A mail of the outbox: recipients, subject, a plain text body, optionally an HTML body and attachments. It is sent
 * by a worker, retried with an exponential back-off ({@link #delaiAvantEssai(int)}) and given up after
 * {@link #TENTATIVES_MAX} attempts.
 */
@Entity
@Table(name = "courrier")
public class Courrier implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DESTINATAIRES_MAX = 2000;
    public static final int OBJET_MAX = 250;
    public static final int ERREUR_MAX = 1000;
    public static final int RESERVE_PAR_MAX = 100;
    /** After this many failed attempts (about 4 hours in all) the mail is in {@link StatutCourrier#ECHEC}. */
    public static final int TENTATIVES_MAX = 8;
    static final Duration PREMIER_DELAI = Duration.ofMinutes(1);
    static final Duration DELAI_MAX = Duration.ofHours(2);

    /** A plain address, without display name: what the outbox accepts as a recipient. */
    private static final Pattern ADRESSE = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    /** Comma-separated addresses. */
    @Column(name = "destinataires", length = DESTINATAIRES_MAX, nullable = false, updatable = false)
    private String destinataires;

    @Column(name = "objet", length = OBJET_MAX, nullable = false, updatable = false)
    private String objet;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "texte", nullable = false, updatable = false)
    private String texte;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "html", updatable = false)
    private String html;

    @OneToMany(mappedBy = "courrier", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("rang")
    private List<PieceJointe> piecesJointes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "statut", length = StatutCourrier.ENUM_MAX, nullable = false)
    private StatutCourrier statut;

    @Column(name = "tentatives", nullable = false)
    private int tentatives;

    @Column(name = "prochain_essai", nullable = false)
    private Instant prochainEssai;

    @Column(name = "derniere_erreur", length = ERREUR_MAX)
    private String derniereErreur;

    @Column(name = "reserve_par", length = RESERVE_PAR_MAX)
    private String reservePar;

    @Column(name = "reserve_jusqu_a")
    private Instant reserveJusquA;

    @Column(name = "cree_le", nullable = false, updatable = false)
    private Instant creeLe;

    @Column(name = "envoye_le")
    private Instant envoyeLe;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** The pupils this mail names: the purge of their campagne deletes it (ids only, no entity: see V16). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "courrier_eleve", joinColumns = @JoinColumn(name = "courrier_id"))
    @Column(name = "eleve_id", nullable = false, updatable = false)
    private Set<Long> eleves = new HashSet<>();

    /** The pre-registrations this mail is about: deleted with them by the purge. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "courrier_preinscription", joinColumns = @JoinColumn(name = "courrier_id"))
    @Column(name = "preinscription_id", nullable = false, updatable = false)
    private Set<Long> preinscriptions = new HashSet<>();

    /** For JPA only. */
    protected Courrier() {
    }

    /**
     * A mail to send from {@code pasAvant} on.
     *
     * @param destinataires one or more plain addresses
     * @param html          may be null: the mail is then plain text only
     * @throws InvalidValueException for no recipient, an address that is not one, a blank or too long subject,
     *                               a line break in the subject, or a blank text
     */
    public static Courrier nouveau(List<String> destinataires, String objet, String texte, String html, Instant pasAvant) {
        Objects.requireNonNull(pasAvant, "L'instant d'envoi est obligatoire.");
        Courrier courrier = new Courrier();
        courrier.destinataires = adresses(destinataires);
        if (objet == null || objet.isBlank() || objet.strip().length() > OBJET_MAX || objet.matches("(?s).*[\\r\\n].*")) {
            throw new InvalidValueException("L'objet du courriel est vide, trop long ou sur plusieurs lignes.");
        }
        if (texte == null || texte.isBlank()) {
            throw new InvalidValueException("Le texte du courriel est obligatoire.");
        }
        courrier.objet = objet.strip();
        courrier.texte = texte;
        courrier.html = html == null || html.isBlank() ? null : html;
        courrier.statut = StatutCourrier.EN_ATTENTE;
        courrier.prochainEssai = pasAvant;
        courrier.creeLe = pasAvant;
        return courrier;
    }

    private static String adresses(List<String> destinataires) {
        if (destinataires == null || destinataires.isEmpty()) {
            throw new InvalidValueException("Un courriel a au moins un destinataire.");
        }
        List<String> propres = new ArrayList<>();
        for (String adresse : destinataires) {
            String a = adresse == null ? "" : adresse.strip();
            if (!ADRESSE.matcher(a).matches()) {
                throw new InvalidValueException("« " + a + " » n'est pas une adresse électronique.");
            }
            if (!propres.contains(a)) {
                propres.add(a);
            }
        }
        String joined = String.join(",", propres);
        if (joined.length() > DESTINATAIRES_MAX) {
            throw new InvalidValueException("Trop de destinataires pour un seul courriel.");
        }
        return joined;
    }

    /**
     * Attaches a file that the outbox worker produces when it sends the mail, by {@code modele} from {@code donnees}
     * (a snapshot taken now): queuing stays cheap, and a retry produces the same file again.
     */
    public Courrier joindreAProduire(String nomFichier, String typeContenu, String modele, String donnees) {
        piecesJointes.add(new PieceJointe(this, piecesJointes.size() + 1, nomFichier, typeContenu, modele, donnees));
        return this;
    }

    /** Attaches a file, in order. */
    public Courrier joindre(String nomFichier, String typeContenu, byte[] contenu) {
        piecesJointes.add(new PieceJointe(this, piecesJointes.size() + 1, nomFichier, typeContenu, contenu));
        return this;
    }

    /**
     * Notes the pupils (by id) whose name or data this mail carries, so that the purge of their campagne deletes it.
     * Every mail about a pupil says so before it is queued.
     */
    public Courrier concerneEleves(Collection<Long> eleveIds) {
        eleveIds.stream().map(id -> Objects.requireNonNull(id, "L'élève du courriel n'est pas encore enregistré."))
                .forEach(eleves::add);
        return this;
    }

    /** Notes the pre-registration (by id) this mail is about, so that the purge deletes it with it. */
    public Courrier concernePreinscription(long preinscriptionId) {
        preinscriptions.add(preinscriptionId);
        return this;
    }

    /** The wait before attempt number {@code tentative} + 1, after {@code tentative} failures: 1, 2, 4… minutes, at most 2 hours. */
    public static Duration delaiAvantEssai(int tentative) {
        if (tentative < 1) {
            return Duration.ZERO;
        }
        Duration delai = PREMIER_DELAI.multipliedBy(1L << Math.min(tentative - 1, 20));
        return delai.compareTo(DELAI_MAX) > 0 ? DELAI_MAX : delai;
    }

    /** Whether the worker may take it now. */
    public boolean isAEnvoyer(Instant maintenant) {
        return statut == StatutCourrier.EN_ATTENTE && !prochainEssai.isAfter(maintenant);
    }

    /** The SMTP server accepted it. */
    public void envoye(Instant maintenant) {
        statut = StatutCourrier.ENVOYE;
        envoyeLe = maintenant;
        reservePar = null;
        reserveJusquA = null;
        derniereErreur = null;
        tentatives++;
    }

    /**
     * The attempt failed: wait longer before the next one, or give up after {@link #TENTATIVES_MAX}. The next attempt
     * is due at the start of the minute the wait ends in: the worker runs on each minute's tick, and staff are told
     * « nouvel essai à 10 h 05 »; a due instant a few milliseconds past the tick (the run's own duration) would
     * otherwise make every retry one tick late.
     */
    public void echec(String erreur, Instant maintenant) {
        tentatives++;
        String message = erreur == null || erreur.isBlank() ? "erreur inconnue" : erreur.strip();
        derniereErreur = message.length() > ERREUR_MAX ? message.substring(0, ERREUR_MAX) : message;
        reservePar = null;
        reserveJusquA = null;
        if (tentatives >= TENTATIVES_MAX) {
            statut = StatutCourrier.ECHEC;
        } else {
            statut = StatutCourrier.EN_ATTENTE;
            prochainEssai = maintenant.plus(delaiAvantEssai(tentatives)).truncatedTo(ChronoUnit.MINUTES);
        }
    }

    /**
     * Someone asks for the mail again while it still waits for its next attempt: it is tried at the next run, and no
     * second mail is queued beside it.
     */
    public void avancer(Instant maintenant) {
        if (statut != StatutCourrier.EN_ATTENTE) {
            throw new InvalidValueException("Seul un courriel en attente peut être avancé.");
        }
        if (prochainEssai.isAfter(maintenant)) {
            prochainEssai = maintenant;
        }
    }

    /** Whether the mail has not left yet and will still be tried: waiting, or being sent right now. */
    public boolean isEnAttenteDEnvoi() {
        return statut == StatutCourrier.EN_ATTENTE || statut == StatutCourrier.EN_COURS;
    }

    /** What went wrong with the last attempt, in words staff can act on; empty when nothing did. */
    public Optional<ProblemeEnvoi> getProbleme() {
        if (derniereErreur == null || statut == StatutCourrier.ENVOYE) {
            return Optional.empty();
        }
        return Optional.of(ProblemeEnvoi.de(derniereErreur));
    }

    /** An administrator queues a mail in {@link StatutCourrier#ECHEC} again, with fresh attempts. */
    public void relancer(Instant maintenant) {
        if (statut != StatutCourrier.ECHEC) {
            throw new InvalidValueException("Seul un courriel en échec peut être relancé.");
        }
        statut = StatutCourrier.EN_ATTENTE;
        tentatives = 0;
        prochainEssai = maintenant;
    }

    public Long getId() {
        return id;
    }

    public List<String> getDestinataires() {
        return Arrays.asList(destinataires.split(","));
    }

    public String getObjet() {
        return objet;
    }

    public String getTexte() {
        return texte;
    }

    /** May be null. */
    public String getHtml() {
        return html;
    }

    public List<PieceJointe> getPiecesJointes() {
        return Collections.unmodifiableList(piecesJointes);
    }

    public StatutCourrier getStatut() {
        return statut;
    }

    public int getTentatives() {
        return tentatives;
    }

    public Instant getProchainEssai() {
        return prochainEssai;
    }

    public String getDerniereErreur() {
        return derniereErreur;
    }

    public String getReservePar() {
        return reservePar;
    }

    public Instant getCreeLe() {
        return creeLe;
    }

    public Instant getEnvoyeLe() {
        return envoyeLe;
    }

    public Set<Long> getEleves() {
        return Collections.unmodifiableSet(eleves);
    }

    public Set<Long> getPreinscriptions() {
        return Collections.unmodifiableSet(preinscriptions);
    }

    @Override
    public String toString() {
        return "courrier n° " + id + " « " + objet + " » (" + statut + ")";
    }
}
