package fr.passpro.domain.planning;

import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.shared.AccessDeniedException;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The convocation of one inscription to one séance. There is one per inscription for its whole life: moved to
 * another séance, cancelled, given again, it keeps its calendar UID and raises its sequence, so the invitation in
 * the collège's calendar is updated instead of duplicated (RFC 5545). Its seat is taken and given back here, on the
 * {@link Seance}, in the same transaction.
 */
@Entity
@Table(name = "convocation")
public class Convocation implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int UID_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "inscription_id", nullable = false, updatable = false, unique = true)
    private Inscription inscription;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "seance_id", nullable = false)
    private Seance seance;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut", length = 20, nullable = false)
    private StatutConvocation statut;

    @Column(name = "uid", length = UID_MAX, nullable = false, updatable = false, unique = true)
    private String uid;

    @Column(name = "sequence", nullable = false)
    private int sequence;

    @Column(name = "convoquee_le", nullable = false)
    private Instant convoqueeLe;

    @Column(name = "modifiee_le", nullable = false)
    private Instant modifieeLe;

    @Column(name = "annulee_le")
    private Instant annuleeLe;

    /** The last mail sent for it (convocation, update or cancellation): its status is the convocation's. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "courrier_id")
    private Courrier dernierCourrier;

    @Enumerated(EnumType.STRING)
    @Column(name = "accuse", length = 30)
    private AccuseReception accuse;

    @Column(name = "accuse_le")
    private Instant accuseLe;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accuse_par_id")
    private Account accusePar;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected Convocation() {
    }

    /**
     * Convokes the candidate to a séance of its lycée and takes a seat; the inscription becomes « convoquée ».
     *
     * @param domaineUid e.g. « passpro.ac-creteil.fr », the right-hand side of the calendar UID
     * @throws SeanceCompleteException if the séance is full
     * @throws InvalidValueException   if the séance does not fit the inscription (see {@link #verifierSeance})
     */
    public static Convocation convoquer(Inscription inscription, Seance seance, String domaineUid, Account par,
                                        Instant instant) {
        Objects.requireNonNull(inscription, "L'inscription est obligatoire.");
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        verifierSeance(inscription, seance);
        seance.reserverPlace();
        Convocation convocation = new Convocation();
        convocation.inscription = inscription;
        convocation.seance = seance;
        convocation.statut = StatutConvocation.ACTIVE;
        convocation.uid = "convocation-" + inscription.getId() + "@" + domaineUid;
        convocation.sequence = 0;
        convocation.convoqueeLe = instant;
        convocation.modifieeLe = instant;
        inscription.convoquer(par, instant, seance.getHoraires() + ", " + seance.getLieu());
        return convocation;
    }

    /**
     * The séance must be of the inscription's lycée and domaine, for one of its formations, and of the modalité its
     * formations call for.
     */
    public static void verifierSeance(Inscription inscription, Seance seance) {
        Objects.requireNonNull(seance, "La séance est obligatoire.");
        if (inscription.isRetiree()) {
            throw new InvalidValueException(inscription.getEleve().getNomComplet()
                    + " a renoncé (inscription retirée) : il n'y a plus d'entretien à prévoir.");
        }
        if (!seance.getLycee().equals(inscription.getLycee())) {
            throw new AccessDeniedException("la séance et le candidat doivent relever du même lycée.");
        }
        if (!seance.getDomaine().getId().equals(inscription.getDomaine().getId())) {
            throw new InvalidValueException("La séance du " + seance.getHoraires() + " est pour le domaine « "
                    + seance.getDomaine().getLibelle() + " » ; " + inscription.getEleve().getNomComplet()
                    + " est inscrit(e) dans le domaine « " + inscription.getDomaine().getLibelle() + " ».");
        }
        var formations = inscription.getVoeux().stream().map(v -> v.getFormation()).toList();
        if (!seance.concerne(formations)) {
            throw new InvalidValueException("La séance du " + seance.getHoraires()
                    + " est réservée à d'autres formations que celles demandées par "
                    + inscription.getEleve().getNomComplet() + ".");
        }
        if (seance.getModalite() != modaliteDe(inscription)) {
            throw new InvalidValueException("Les formations demandées par " + inscription.getEleve().getNomComplet()
                    + " prévoient un entretien " + modaliteDe(inscription).libelle().toLowerCase(Locale.ROOT)
                    + " : choisissez une séance " + (modaliteDe(inscription) == ModaliteEntretien.INDIVIDUEL
                    ? "individuelle." : "collective."));
        }
    }

    /**
     * The interview an inscription calls for: individual as soon as one of its formations has individual interviews
     * (they alone give a compte rendu), collective otherwise.
     */
    public static ModaliteEntretien modaliteDe(Inscription inscription) {
        return inscription.getVoeux().stream()
                .anyMatch(v -> v.getFormation().getModalite()
                        == ModaliteEntretien.INDIVIDUEL)
                ? ModaliteEntretien.INDIVIDUEL
                : ModaliteEntretien.COLLECTIF;
    }

    /**
     * Moves the candidate to another séance (or, after a cancellation, convokes again): the seat changes, the
     * sequence rises.
     */
    public void changerSeance(Seance nouvelle, Account par, Instant instant) {
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        verifierSeance(inscription, nouvelle);
        if (statut == StatutConvocation.ACTIVE && nouvelle.equals(seance)) {
            return;
        }
        nouvelle.reserverPlace();
        if (statut == StatutConvocation.ACTIVE) {
            seance.libererPlace();
        }
        this.seance = nouvelle;
        this.statut = StatutConvocation.ACTIVE;
        this.annuleeLe = null;
        this.accuse = null;
        this.accuseLe = null;
        this.accusePar = null;
        this.sequence++;
        this.modifieeLe = instant;
        inscription.convoquer(par, instant, nouvelle.getHoraires() + ", " + nouvelle.getLieu());
    }

    /** The séance moved or changed place: the convocation is sent again with a higher sequence. */
    public void seanceModifiee(Instant instant) {
        if (statut != StatutConvocation.ACTIVE) {
            return;
        }
        this.sequence++;
        this.modifieeLe = Objects.requireNonNull(instant, "L'instant est obligatoire.");
        this.accuse = null;
        this.accuseLe = null;
        this.accusePar = null;
    }

    /**
     * Gives the seat back: the séance was cancelled, the lycée took the candidate out of it, or the pupil renounced.
     * The inscription goes back to « inscrite » unless it was withdrawn.
     */
    public void annuler(Account par, Instant instant) {
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        if (statut == StatutConvocation.ANNULEE) {
            return;
        }
        seance.libererPlace();
        this.statut = StatutConvocation.ANNULEE;
        this.annuleeLe = instant;
        this.modifieeLe = instant;
        this.sequence++;
        if (!inscription.isRetiree()) {
            inscription.annulerConvocation(par, instant, seance.getHoraires());
        }
    }

    /** The collège says whether the pupil will come. */
    public void accuserReception(AccuseReception reponse, Account par, Instant instant) {
        Objects.requireNonNull(reponse, "Choisissez « présence confirmée » ou « absence prévue ».");
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        if (par == null || par.getRole() != Role.ORIGINE
                || !inscription.getEleve().getCollege().equals(par.getEtablissement())) {
            throw new AccessDeniedException("seul le collège de l'élève répond à sa convocation.");
        }
        if (statut != StatutConvocation.ACTIVE) {
            throw new InvalidValueException("Cette convocation a été annulée le " + Horaires.jour(Campagne.dateA(annuleeLe).atStartOfDay())
                    + " : il n'y a pas de réponse à donner.");
        }
        this.accuse = reponse;
        this.accuseLe = instant;
        this.accusePar = par;
    }

    /** Records the mail that carries the latest version. */
    public void envoyeePar(Courrier courrier) {
        this.dernierCourrier = Objects.requireNonNull(courrier);
    }

    public boolean isActive() {
        return statut == StatutConvocation.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public Inscription getInscription() {
        return inscription;
    }

    /** While active, the séance where it holds a seat; once cancelled, the séance it was for. */
    public Seance getSeance() {
        return seance;
    }

    public StatutConvocation getStatut() {
        return statut;
    }

    public String getUid() {
        return uid;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getConvoqueeLe() {
        return convoqueeLe;
    }

    public Instant getModifieeLe() {
        return modifieeLe;
    }

    public Instant getAnnuleeLe() {
        return annuleeLe;
    }

    /** Empty before the first mail was queued. */
    public Optional<Courrier> getDernierCourrier() {
        return Optional.ofNullable(dernierCourrier);
    }

    public Optional<AccuseReception> getAccuse() {
        return Optional.ofNullable(accuse);
    }

    public Instant getAccuseLe() {
        return accuseLe;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Convocation[" + uid + ", " + statut + ", seq " + sequence + "]";
    }
}
