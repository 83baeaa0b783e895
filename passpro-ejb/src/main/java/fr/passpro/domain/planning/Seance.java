package fr.passpro.domain.planning;

import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.catalogue.TextNormalizer;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.etablissement.Etablissement;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A time slot of a lycée for the interviews of one domaine: individual (one seat) or collective (a group), in a room
 * or by video. Its start and end are Europe/Paris wall-clock times, stored without zone, so they never move with the
 * change to summer time. Seats are counted here ({@code placesPrises}); with optimistic locking and the CHECK of the
 * table, two staff taking the last seat at once cannot both succeed.
 */
@Entity
@Table(name = "seance")
public class Seance implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int SALLE_MAX = 100;
    public static final int LIEN_MAX = 500;
    public static final int INTERVENANTS_MAX = 300;
    /** A collective séance of more than this is refused: nobody interviews a whole lecture hall. */
    public static final int CAPACITE_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campagne_id", nullable = false, updatable = false)
    private Campagne campagne;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "lycee_id", nullable = false, updatable = false)
    private Etablissement lycee;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "domaine_id", nullable = false, updatable = false)
    private Domaine domaine;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "seance_formation",
            joinColumns = @JoinColumn(name = "seance_id"),
            inverseJoinColumns = @JoinColumn(name = "formation_id"))
    private Set<Formation> formations = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "modalite", length = 20, nullable = false, updatable = false)
    private ModaliteEntretien modalite;

    @Enumerated(EnumType.STRING)
    @Column(name = "deroulement", length = 20, nullable = false)
    private Deroulement deroulement;

    @Column(name = "debut", nullable = false)
    private LocalDateTime debut;

    @Column(name = "fin", nullable = false)
    private LocalDateTime fin;

    @Column(name = "salle", length = SALLE_MAX)
    private String salle;

    @Column(name = "lien_visio", length = LIEN_MAX)
    private String lienVisio;

    @Column(name = "capacite", nullable = false)
    private int capacite;

    @Column(name = "places_prises", nullable = false)
    private int placesPrises;

    @Column(name = "intervenants", length = INTERVENANTS_MAX)
    private String intervenants;

    @Column(name = "cree_le", nullable = false, updatable = false)
    private Instant creeLe;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cree_par_id", nullable = false, updatable = false)
    private Account creePar;

    @Column(name = "annulee_le")
    private Instant annuleeLe;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected Seance() {
    }

    /**
     * A new séance of a lycée.
     *
     * @param formations the formations it is for; empty for every formation of the domaine at this lycée
     * @param capacite   ignored for an individual séance (always 1)
     * @throws InvalidValueException with a French message saying what to fix: end not after start, another day,
     *                               outside the campagne's interview period, a room missing in person, a video link
     *                               that is not https when remote, a capacity under 2 or over {@value #CAPACITE_MAX}
     *                               for a collective séance, a formation of another domaine or lycée
     */
    public static Seance creer(Campagne campagne, Etablissement lycee, Domaine domaine, Collection<Formation> formations,
                               ModaliteEntretien modalite, Deroulement deroulement, LocalDateTime debut,
                               LocalDateTime fin, String salle, String lienVisio, int capacite, String intervenants,
                               Account par, Instant instant) {
        Seance seance = new Seance();
        seance.campagne = Objects.requireNonNull(campagne, "La campagne est obligatoire.");
        seance.lycee = Objects.requireNonNull(lycee, "Le lycée est obligatoire.");
        seance.domaine = Objects.requireNonNull(domaine, "Le domaine de la séance est obligatoire.");
        seance.creePar = Objects.requireNonNull(par, "L'auteur est obligatoire.");
        seance.creeLe = Objects.requireNonNull(instant, "L'instant est obligatoire.");
        if (!lycee.isAccueil()) {
            throw new InvalidValueException(lycee.getNom() + " ne fait pas passer d'entretiens Passpro.");
        }
        if (modalite == null) {
            throw new InvalidValueException("Choisissez si la séance est individuelle ou collective.");
        }
        seance.modalite = modalite;
        seance.capacite = modalite == ModaliteEntretien.INDIVIDUEL ? 1 : verifierCapacite(capacite);
        for (Formation formation : formations == null ? Set.<Formation>of() : formations) {
            seance.formations.add(seance.verifierFormation(formation));
        }
        seance.changerHoraires(debut, fin);
        seance.changerLieu(deroulement, salle, lienVisio);
        seance.intervenants = TextNormalizer.facultatif(intervenants, INTERVENANTS_MAX, "La liste des intervenants");
        return seance;
    }

    private static int verifierCapacite(int capacite) {
        if (capacite < 2 || capacite > CAPACITE_MAX) {
            throw new InvalidValueException("Une séance collective accueille de 2 à " + CAPACITE_MAX
                    + " élèves (saisi : " + capacite + ").");
        }
        return capacite;
    }

    private Formation verifierFormation(Formation formation) {
        Objects.requireNonNull(formation, "La formation est obligatoire.");
        if (!formation.getDomaine().equals(domaine)) {
            throw new InvalidValueException("La formation « " + formation.getLibelle() + " » relève du domaine « "
                    + formation.getDomaine().getLibelle() + " », pas du domaine « " + domaine.getLibelle()
                    + " » de la séance.");
        }
        if (!formation.getAccueilReferent().equals(lycee)) {
            throw new InvalidValueException("Les entretiens de la formation « " + formation.getLibelle()
                    + " » ont lieu à " + formation.getAccueilReferent().getNom() + ", pas à " + lycee.getNom() + ".");
        }
        return formation;
    }

    /**
     * Moves the séance (e.g. dragged on the calendar); its convocations are then sent again by the caller.
     *
     * @throws InvalidValueException if the end is not after the start, on another day, or outside the campagne's
     *                               interview period
     */
    public void changerHoraires(LocalDateTime nouveauDebut, LocalDateTime nouvelleFin) {
        verifierNonAnnulee();
        if (nouveauDebut == null || nouvelleFin == null) {
            throw new InvalidValueException("Le début et la fin de la séance sont obligatoires.");
        }
        LocalDateTime d = nouveauDebut.truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime f = nouvelleFin.truncatedTo(ChronoUnit.MINUTES);
        if (!f.isAfter(d)) {
            throw new InvalidValueException("La séance doit finir après son début (début " + Horaires.heure(d)
                    + ", fin " + Horaires.heure(f) + ").");
        }
        if (!f.toLocalDate().equals(d.toLocalDate())) {
            throw new InvalidValueException("Une séance commence et finit le même jour.");
        }
        if (d.toLocalDate().isBefore(campagne.getDateOuverture())
                || d.toLocalDate().isAfter(campagne.getDateLimiteEntretiens())) {
            throw new InvalidValueException("Les entretiens de la campagne " + campagne.getAnneeScolaire()
                    + " ont lieu du " + Horaires.jour(campagne.getDateOuverture().atStartOfDay()) + " au "
                    + Horaires.jour(campagne.getDateLimiteEntretiens().atStartOfDay()) + " : le "
                    + Horaires.jour(d) + " n'en fait pas partie.");
        }
        this.debut = d;
        this.fin = f;
    }

    /**
     * In a room, or by video.
     *
     * @throws InvalidValueException if the room is missing in person, or the link is not an https address when remote
     */
    public void changerLieu(Deroulement nouveau, String nouvelleSalle, String nouveauLien) {
        verifierNonAnnulee();
        if (nouveau == null) {
            throw new InvalidValueException("Choisissez si la séance a lieu en présentiel ou à distance.");
        }
        if (nouveau == Deroulement.PRESENTIEL) {
            this.salle = TextNormalizer.obligatoire(nouvelleSalle, SALLE_MAX, "La salle");
            this.lienVisio = null;
        } else {
            this.lienVisio = lienHttps(nouveauLien);
            this.salle = null;
        }
        this.deroulement = nouveau;
    }

    /** The link of a remote séance: an absolute https address with a host, nothing else. */
    static String lienHttps(String lien) {
        String texte = lien == null ? "" : lien.strip();
        if (texte.isEmpty()) {
            throw new InvalidValueException("Une séance à distance a besoin du lien de la visioconférence (https://…).");
        }
        if (texte.length() > LIEN_MAX) {
            throw new InvalidValueException("Le lien de la visioconférence dépasse " + LIEN_MAX + " caractères.");
        }
        try {
            URI uri = new URI(texte);
            if (!"https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new InvalidValueException("Le lien de la visioconférence doit être une adresse https:// (saisi : "
                        + TextNormalizer.clean(texte) + ").");
            }
        } catch (URISyntaxException e) {
            throw new InvalidValueException("Le lien de la visioconférence n'est pas une adresse valide : "
                    + TextNormalizer.clean(texte) + ".");
        }
        return texte;
    }

    /**
     * Takes a seat for a convocation.
     *
     * @throws SeanceCompleteException if every seat is taken
     */
    void reserverPlace() {
        verifierNonAnnulee();
        if (placesPrises >= capacite) {
            throw new SeanceCompleteException("La séance du " + Horaires.texte(debut, fin) + " est complète ("
                    + capacite + (capacite > 1 ? " places" : " place") + ") : choisissez-en une autre.");
        }
        placesPrises++;
    }

    /** Gives back the seat of a cancelled convocation. */
    void libererPlace() {
        if (placesPrises > 0) {
            placesPrises--;
        }
    }

    /** The séance will not take place; the caller cancels its convocations. */
    public void annuler(Instant instant) {
        verifierNonAnnulee();
        this.annuleeLe = Objects.requireNonNull(instant, "L'instant est obligatoire.");
    }

    private void verifierNonAnnulee() {
        if (annuleeLe != null) {
            throw new InvalidValueException("La séance du " + Horaires.texte(debut, fin) + " a été annulée.");
        }
    }

    /** Whether both séances use the same room at overlapping times (remote séances never collide). */
    public boolean occupeLaMemeSalle(Seance autre) {
        return autre != this && !autre.isAnnulee() && !isAnnulee()
                && deroulement == Deroulement.PRESENTIEL && autre.deroulement == Deroulement.PRESENTIEL
                && lycee.equals(autre.lycee)
                && TextNormalizer.matchKey(salle).equals(TextNormalizer.matchKey(autre.salle))
                && debut.isBefore(autre.fin) && autre.debut.isBefore(fin);
    }

    /** Whether the formations of a candidate fit: the séance is for every formation, or for one of them. */
    public boolean concerne(Collection<Formation> formationsDemandees) {
        if (formations.isEmpty()) {
            return true;
        }
        Set<Long> ids = formations.stream().map(Formation::getId).collect(Collectors.toSet());
        return formationsDemandees.stream().anyMatch(f -> formations.contains(f) || ids.contains(f.getId()));
    }

    /** « Salle B12 » or « À distance ». */
    public String getLieu() {
        return deroulement == Deroulement.PRESENTIEL ? salle : Deroulement.DISTANCIEL.libelle();
    }

    /** « mercredi 17 mars 2027 de 13 h 30 à 13 h 50 ». */
    public String getHoraires() {
        return Horaires.texte(debut, fin);
    }

    public int getPlacesLibres() {
        return capacite - placesPrises;
    }

    public boolean isComplete() {
        return placesPrises >= capacite;
    }

    public boolean isAnnulee() {
        return annuleeLe != null;
    }

    public boolean isIndividuelle() {
        return modalite == ModaliteEntretien.INDIVIDUEL;
    }

    public Long getId() {
        return id;
    }

    public Campagne getCampagne() {
        return campagne;
    }

    public Etablissement getLycee() {
        return lycee;
    }

    public Domaine getDomaine() {
        return domaine;
    }

    /** Read-only; empty for every formation of the domaine. */
    public Set<Formation> getFormations() {
        return Collections.unmodifiableSet(formations);
    }

    public ModaliteEntretien getModalite() {
        return modalite;
    }

    public Deroulement getDeroulement() {
        return deroulement;
    }

    public LocalDateTime getDebut() {
        return debut;
    }

    public LocalDateTime getFin() {
        return fin;
    }

    /** Null when remote. */
    public String getSalle() {
        return salle;
    }

    /** Null in person. */
    public String getLienVisio() {
        return lienVisio;
    }

    public int getCapacite() {
        return capacite;
    }

    public int getPlacesPrises() {
        return placesPrises;
    }

    /** May be null. */
    public String getIntervenants() {
        return intervenants;
    }

    public Instant getCreeLe() {
        return creeLe;
    }

    /** Null unless cancelled. */
    public Instant getAnnuleeLe() {
        return annuleeLe;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Seance[" + id + ", " + (lycee == null ? "?" : lycee.getUai()) + ", " + debut + "–" + fin + ", "
                + modalite + ", " + placesPrises + "/" + capacite + "]";
    }
}
