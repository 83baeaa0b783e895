package fr.passpro.domain.campagne;

import fr.passpro.domain.academie.Academie;
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
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One school year's procedure in one académie, with its calendar.
 * The dates are Paris calendar dates; every question asked at an {@link Instant} is answered in {@link #ZONE},
 * so a server running in UTC and the change to summer time give the same answers.
 */
@Entity
// Read on nearly every request: the current campagne of the caller's académie.
@NamedQuery(name = Campagne.PAR_ACADEMIE,
        query = "SELECT c FROM Campagne c WHERE c.academie.code = :academie ORDER BY c.anneeScolaire")
@Table(name = "campagne",
        uniqueConstraints = @UniqueConstraint(name = "uk_campagne_academie_annee",
                columnNames = {"academie_code", "annee_scolaire"}))
public class Campagne implements Serializable {

    /** The campagnes of an académie (parameter {@code academie}), oldest school year first. */
    public static final String PAR_ACADEMIE = "Campagne.parAcademie";

    private static final long serialVersionUID = 1L;

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    public static final int ANNEE_SCOLAIRE_LENGTH = 9;

    /** Days after an individual interview for the compte rendu, unless the académie decides otherwise. */
    public static final int DELAI_COMPTE_RENDU_STANDARD = 3;

    /** Months the pupils' data is kept after the closure day, unless the académie decides otherwise (1 to 60). */
    public static final int DUREE_CONSERVATION_STANDARD = 12;
    public static final int DUREE_CONSERVATION_MIN = 1;
    public static final int DUREE_CONSERVATION_MAX = 60;

    private static final Pattern ANNEE_SCOLAIRE = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @NotNull(message = "L'académie de la campagne est obligatoire.")
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "academie_code", nullable = false, updatable = false)
    private Academie academie;

    @NotNull(message = "L'année scolaire de la campagne est obligatoire.")
    @Column(name = "annee_scolaire", length = ANNEE_SCOLAIRE_LENGTH, nullable = false, updatable = false)
    private String anneeScolaire;

    @NotNull(message = "La date d'ouverture est obligatoire.")
    @Column(name = "date_ouverture", nullable = false)
    private LocalDate dateOuverture;

    @NotNull(message = "La date de clôture des inscriptions est obligatoire.")
    @Column(name = "date_cloture_inscriptions", nullable = false)
    private LocalDate dateClotureInscriptions;

    @NotNull(message = "La date limite des convocations est obligatoire.")
    @Column(name = "date_limite_convocations", nullable = false)
    private LocalDate dateLimiteConvocations;

    @NotNull(message = "La date limite des entretiens est obligatoire.")
    @Column(name = "date_limite_entretiens", nullable = false)
    private LocalDate dateLimiteEntretiens;

    @Min(value = 1, message = "Le délai de compte rendu est d'au moins {value} jour.")
    @Column(name = "delai_compte_rendu_jours", nullable = false)
    private int delaiCompteRenduJours;

    @NotNull(message = "La date de fermeture est obligatoire.")
    @Column(name = "date_fermeture", nullable = false)
    private LocalDate dateFermeture;

    /** When the cut-off job locked the inscriptions; null before. */
    @Column(name = "inscriptions_closes_le")
    private Instant inscriptionsClosesLe;

    /** When the closure job made the campagne read-only; null before. */
    @Column(name = "fermee_le")
    private Instant fermeeLe;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    // Retention and purge of the pupils' data (issue 7).

    @Min(value = DUREE_CONSERVATION_MIN, message = "Les données sont conservées au moins {value} mois après la fermeture.")
    @Max(value = DUREE_CONSERVATION_MAX, message = "Les données sont conservées au plus {value} mois après la fermeture.")
    @Column(name = "duree_conservation_mois", nullable = false)
    private int dureeConservationMois = DUREE_CONSERVATION_STANDARD;

    /** When the pupils' data was purged; null until then. */
    @Column(name = "purgee_le")
    private Instant purgeeLe;

    /** For JPA only. */
    protected Campagne() {
    }

    /**
     * @param anneeScolaire e.g. "2026-2027"
     * @throws InvalidValueException if the school year is malformed or the dates are out of order
     */
    public Campagne(Academie academie, String anneeScolaire, LocalDate dateOuverture, LocalDate dateClotureInscriptions,
                    LocalDate dateLimiteConvocations, LocalDate dateLimiteEntretiens, int delaiCompteRenduJours,
                    LocalDate dateFermeture) {
        this.academie = Objects.requireNonNull(academie, "L'académie de la campagne est obligatoire.");
        this.anneeScolaire = checkAnneeScolaire(anneeScolaire);
        changerCalendrier(dateOuverture, dateClotureInscriptions, dateLimiteConvocations, dateLimiteEntretiens,
                delaiCompteRenduJours, dateFermeture);
    }

    /**
     * The calendar of the procedure for school year firstYear-(firstYear+1): opening 1 February, end of registration
     * 30 April, convocations until 17 May, interviews until 21 May, compte rendu within 3 days, closure 28 May.
     */
    public static Campagne standard(Academie academie, int firstYear) {
        int year = firstYear + 1;
        return new Campagne(academie, firstYear + "-" + year,
                LocalDate.of(year, Month.FEBRUARY, 1),
                LocalDate.of(year, Month.APRIL, 30),
                LocalDate.of(year, Month.MAY, 17),
                LocalDate.of(year, Month.MAY, 21),
                DELAI_COMPTE_RENDU_STANDARD,
                LocalDate.of(year, Month.MAY, 28));
    }

    /** The school year (September to August) a date belongs to, e.g. 2027-03-28 → "2026-2027". */
    public static String anneeScolaireDe(LocalDate date) {
        Objects.requireNonNull(date, "La date est obligatoire.");
        int first = date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
        return first + "-" + (first + 1);
    }

    /** The Paris calendar date of an instant. */
    public static LocalDate dateA(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    private static String checkAnneeScolaire(String value) {
        var matcher = value == null ? null : ANNEE_SCOLAIRE.matcher(value.strip());
        if (matcher == null || !matcher.matches()
                || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            throw new InvalidValueException("L'année scolaire doit s'écrire sous la forme 2026-2027 : « " + value
                    + " » ne convient pas.");
        }
        return value.strip();
    }

    /**
     * Replaces the whole calendar.
     *
     * @throws InvalidValueException naming the two dates in conflict when they are out of order, or when the
     *                               compte rendu delay is under one day
     */
    public void changerCalendrier(LocalDate ouverture, LocalDate clotureInscriptions, LocalDate limiteConvocations,
                                  LocalDate limiteEntretiens, int delaiCompteRenduJours, LocalDate fermeture) {
        requireDate(ouverture, "La date d'ouverture");
        requireDate(clotureInscriptions, "La date de clôture des inscriptions");
        requireDate(limiteConvocations, "La date limite des convocations");
        requireDate(limiteEntretiens, "La date limite des entretiens");
        requireDate(fermeture, "La date de fermeture");
        requireOrder(ouverture, "d'ouverture", clotureInscriptions, "La date de clôture des inscriptions");
        requireOrder(clotureInscriptions, "de clôture des inscriptions", limiteConvocations, "La date limite des convocations");
        requireOrder(limiteConvocations, "limite des convocations", limiteEntretiens, "La date limite des entretiens");
        requireOrder(limiteEntretiens, "limite des entretiens", fermeture, "La date de fermeture");
        if (delaiCompteRenduJours < 1) {
            throw new InvalidValueException("Le délai de saisie du compte rendu doit être d'au moins 1 jour (saisi : "
                    + delaiCompteRenduJours + ").");
        }
        this.dateOuverture = ouverture;
        this.dateClotureInscriptions = clotureInscriptions;
        this.dateLimiteConvocations = limiteConvocations;
        this.dateLimiteEntretiens = limiteEntretiens;
        this.delaiCompteRenduJours = delaiCompteRenduJours;
        this.dateFermeture = fermeture;
    }

    private static void requireDate(LocalDate date, String what) {
        if (date == null) {
            throw new InvalidValueException(what + " est obligatoire.");
        }
    }

    private static void requireOrder(LocalDate before, String beforeName, LocalDate after, String afterName) {
        if (after.isBefore(before)) {
            throw new InvalidValueException(afterName + " (" + FRENCH_DATE.format(after)
                    + ") ne peut pas précéder la date " + beforeName + " (" + FRENCH_DATE.format(before) + ").");
        }
    }

    /** The first instant of registration: the opening day at 00:00, Paris time. */
    public Instant debutInscriptions() {
        return dateOuverture.atStartOfDay(ZONE).toInstant();
    }

    /**
     * The first instant when registration is over (exclusive end): the day after the cut-off date at 00:00, Paris time,
     * so that the whole cut-off day is included.
     */
    public Instant finInscriptions() {
        return dateClotureInscriptions.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /**
     * Whether pupils may be registered and avis d'origine given at this instant: within the registration period and
     * until the cut-off job has locked them (it may run on demand before the end of the cut-off day).
     */
    public boolean isInscriptionOuverte(Instant instant) {
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        return !instant.isBefore(debutInscriptions()) && instant.isBefore(finInscriptions())
                && (inscriptionsClosesLe == null || instant.isBefore(inscriptionsClosesLe));
    }

    /**
     * The first instant when convocations may no longer be sent (exclusive end): the day after the convocation
     * deadline at 00:00, Paris time.
     */
    public Instant finConvocations() {
        return dateLimiteConvocations.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Whether a lycée may convoke (or re-convoke) a candidate at this instant: from the opening to 17 May inclusive. */
    public boolean isConvocationOuverte(Instant instant) {
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        return !instant.isBefore(debutInscriptions()) && instant.isBefore(finConvocations());
    }

    /** The first instant when Passpro is closed for this campagne: the day after the closure date at 00:00, Paris time. */
    public Instant fermeture() {
        return dateFermeture.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /**
     * Whether the campagne is closed at this instant: after the closure day (which is still open), or once the
     * closure job has run.
     */
    public boolean isFermee(Instant instant) {
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        return !instant.isBefore(fermeture()) || fermeeLe != null && !instant.isBefore(fermeeLe);
    }

    /**
     * The state at this instant.
     *
     * @param archivee whether the closure job has kept the campagne's archive
     */
    public EtatCampagne etat(Instant instant, boolean archivee) {
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        if (isPurgee()) {
            return EtatCampagne.PURGEE;
        }
        if (fermeeLe != null && archivee) {
            return EtatCampagne.ARCHIVEE;
        }
        if (isFermee(instant)) {
            return EtatCampagne.CLOTUREE;
        }
        if (!instant.isBefore(finInscriptions()) || inscriptionsClosesLe != null && !instant.isBefore(inscriptionsClosesLe)) {
            return EtatCampagne.INSCRIPTIONS_CLOSES;
        }
        return instant.isBefore(debutInscriptions()) ? EtatCampagne.EN_PREPARATION : EtatCampagne.OUVERTE;
    }

    /**
     * The cut-off job locks the inscriptions and avis d'origine (once: a second run keeps the first instant).
     *
     * @return whether this call locked them
     */
    public boolean cloreInscriptions(Instant instant) {
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        if (inscriptionsClosesLe != null) {
            return false;
        }
        if (instant.isBefore(debutInscriptions())) {
            throw new InvalidValueException("La campagne " + anneeScolaire + " n'est pas encore ouverte (ouverture le "
                    + FRENCH_DATE.format(dateOuverture) + ") : il n'y a pas d'inscriptions à clore.");
        }
        this.inscriptionsClosesLe = instant;
        return true;
    }

    /**
     * The closure job makes the campagne read-only for the établissements (once: a second run keeps the first instant).
     * The inscriptions are closed with it.
     *
     * @return whether this call closed it
     */
    public boolean fermer(Instant instant) {
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        if (fermeeLe != null) {
            return false;
        }
        cloreInscriptions(instant);
        this.fermeeLe = instant;
        return true;
    }

    /**
     * Next school year's campagne with the same calendar moved by one year (and the same compte rendu delay); the
     * académie then checks the dates the page flags (see {@link #alertesCalendrier()}).
     */
    public Campagne suivante() {
        int premiere = Integer.parseInt(anneeScolaire.substring(0, 4)) + 1;
        return new Campagne(academie, premiere + "-" + (premiere + 1), dateOuverture.plusYears(1),
                dateClotureInscriptions.plusYears(1), dateLimiteConvocations.plusYears(1),
                dateLimiteEntretiens.plusYears(1), delaiCompteRenduJours, dateFermeture.plusYears(1));
    }

    /**
     * The dates of the calendar that fall on a Sunday or a bank holiday (metropolitan France), each as a French
     * sentence: a deadline on such a day is likely a mistake when moving the calendar to a new year.
     */
    public List<String> alertesCalendrier() {
        List<String> alertes = new ArrayList<>();
        alerte(alertes, "La date d'ouverture", dateOuverture);
        alerte(alertes, "La clôture des inscriptions", dateClotureInscriptions);
        alerte(alertes, "La date limite des convocations", dateLimiteConvocations);
        alerte(alertes, "La date limite des entretiens", dateLimiteEntretiens);
        alerte(alertes, "La fermeture", dateFermeture);
        return alertes;
    }

    private static void alerte(List<String> alertes, String quoi, LocalDate date) {
        String jour = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH).format(date);
        if (JoursFeries.estFerie(date)) {
            alertes.add(quoi + " tombe un jour férié (" + jour + ") : vérifiez-la.");
        } else if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            alertes.add(quoi + " tombe un dimanche (" + jour + ") : vérifiez-la.");
        }
    }

    /** The last day (inclusive) to enter the compte rendu of an individual interview held on this date. */
    public LocalDate dateLimiteCompteRendu(LocalDate dateEntretien) {
        Objects.requireNonNull(dateEntretien, "La date de l'entretien est obligatoire.");
        return dateEntretien.plusDays(delaiCompteRenduJours);
    }

    public Long getId() {
        return id;
    }

    public Academie getAcademie() {
        return academie;
    }

    public String getAnneeScolaire() {
        return anneeScolaire;
    }

    public LocalDate getDateOuverture() {
        return dateOuverture;
    }

    public LocalDate getDateClotureInscriptions() {
        return dateClotureInscriptions;
    }

    public LocalDate getDateLimiteConvocations() {
        return dateLimiteConvocations;
    }

    public LocalDate getDateLimiteEntretiens() {
        return dateLimiteEntretiens;
    }

    public int getDelaiCompteRenduJours() {
        return delaiCompteRenduJours;
    }

    public LocalDate getDateFermeture() {
        return dateFermeture;
    }

    public Instant getInscriptionsClosesLe() {
        return inscriptionsClosesLe;
    }

    public Instant getFermeeLe() {
        return fermeeLe;
    }

    public int getVersion() {
        return version;
    }

    // Retention and purge of the pupils' data (issue 7).

    /**
     * The first instant when the pupils' data may be purged: the end of the closure day (Paris) plus the retention,
     * i.e. 00:00 Paris on the day after the closure date moved by {@link #getDureeConservationMois()} months
     * (28 May 2027 and 12 months: 29 May 2028 at 00:00, Paris time).
     */
    public Instant purgeableApres() {
        return dateFermeture.plusMonths(dureeConservationMois).plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Whether the purge may run at this instant: the retention is over and the campagne is not purged yet. */
    public boolean isPurgeable(Instant instant) {
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        return purgeeLe == null && !instant.isBefore(purgeableApres());
    }

    public boolean isPurgee() {
        return purgeeLe != null;
    }

    /**
     * Records that the pupils' data is gone.
     *
     * @throws InvalidValueException before the end of the retention, or when already purged
     */
    public void marquerPurgee(Instant instant) {
        if (!isPurgeable(instant)) {
            throw new InvalidValueException(isPurgee()
                    ? "La campagne " + anneeScolaire + " est déjà purgée."
                    : "La campagne " + anneeScolaire + " ne peut pas être purgée avant le "
                    + FRENCH_DATE.format(LocalDate.ofInstant(purgeableApres(), ZONE)) + " : ses données sont conservées "
                    + dureeConservationMois + " mois après la fermeture du " + FRENCH_DATE.format(dateFermeture) + ".");
        }
        this.purgeeLe = instant;
    }

    /**
     * @throws InvalidValueException outside {@value #DUREE_CONSERVATION_MIN}..{@value #DUREE_CONSERVATION_MAX} months,
     *                               or once purged
     */
    public void changerDureeConservation(int mois) {
        if (mois < DUREE_CONSERVATION_MIN || mois > DUREE_CONSERVATION_MAX) {
            throw new InvalidValueException("La durée de conservation des données après la fermeture est de "
                    + DUREE_CONSERVATION_MIN + " à " + DUREE_CONSERVATION_MAX + " mois (saisie : " + mois + ").");
        }
        if (isPurgee()) {
            throw new InvalidValueException("La campagne " + anneeScolaire + " est déjà purgée : sa durée de conservation"
                    + " ne change plus.");
        }
        this.dureeConservationMois = mois;
    }

    public int getDureeConservationMois() {
        return dureeConservationMois;
    }

    /** Empty until the purge. */
    public java.util.Optional<Instant> getPurgeeLe() {
        return java.util.Optional.ofNullable(purgeeLe);
    }

    @Override
    public String toString() {
        return "Campagne " + anneeScolaire + " (" + (academie == null ? "?" : academie.getCode()) + ")";
    }
}
