package fr.passpro.domain.entretien;

import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.inscription.DelaiDepasseException;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Voeu;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Horaires;
import fr.passpro.domain.planning.Seance;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What happened at the interview of one inscription: the pupil's presence and, for an individual interview, the
 * lycée's compte rendu for the whole domaine (its avis per formation are on the {@link Voeu}s). One per inscription,
 * made when the presence is first entered; the convocation stays what it is, the message that called the pupil.
 * <p>
 * Everything here may change from the start of the séance until the campagne's closure; each version goes to the
 * inscription's history with its author, its date and what it replaced.
 */
@Entity
@Table(name = "entretien")
public class Entretien implements Serializable {

    private static final long serialVersionUID = 1L;

    /** About two pages: enough for a domaine's interview, short enough for the fiche récapitulative. */
    public static final int COMPTE_RENDU_MAX = 4000;

    private static final Pattern INVISIBLES = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Pattern ESPACES = Pattern.compile("[\\t\\u00A0\\u2007\\u202F ]+");
    private static final Pattern LIGNES_VIDES = Pattern.compile("\\n{3,}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "inscription_id", nullable = false, updatable = false, unique = true)
    private Inscription inscription;

    /** The séance of the convocation when the presence was last entered. */
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "seance_id", nullable = false)
    private Seance seance;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "presence", length = Presence.ENUM_MAX, nullable = false)
    private Presence presence;

    @Column(name = "presence_le", nullable = false)
    private Instant presenceLe;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "presence_par_id", nullable = false)
    private Account presencePar;

    @Size(max = COMPTE_RENDU_MAX, message = "Le compte rendu ne peut dépasser {max} caractères.")
    @Column(name = "compte_rendu", length = COMPTE_RENDU_MAX)
    private String compteRendu;

    @Column(name = "compte_rendu_le")
    private Instant compteRenduLe;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "compte_rendu_par_id")
    private Account compteRenduPar;

    /** When the compte rendu and every avis were first all in (the collège was told then); null before. */
    @Column(name = "retour_complet_le")
    private Instant retourCompletLe;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected Entretien() {
    }

    /**
     * The first presence entered for the inscription of this convocation.
     *
     * @see #noterPresence
     */
    public static Entretien constater(Convocation convocation, Presence presence, Account par, Instant instant) {
        Objects.requireNonNull(convocation, "La convocation est obligatoire.");
        Entretien entretien = new Entretien();
        entretien.inscription = convocation.getInscription();
        entretien.noterPresence(convocation, presence, par, instant);
        return entretien;
    }

    /**
     * Records (or corrects) whether the pupil came to the séance of the convocation.
     *
     * @throws InvalidValueException if the pupil is convoked to no séance, the séance has not begun, or the pupil is
     *                               said not present while a compte rendu or an avis is saved
     * @throws DelaiDepasseException after the campagne's closure
     * @throws fr.passpro.domain.shared.AccessDeniedException for anybody but the lycée accueil-référent
     */
    public void noterPresence(Convocation convocation, Presence nouvelle, Account par, Instant instant) {
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        verifierOuvert(instant);
        if (convocation == null || !convocation.isActive() || !memeInscription(convocation.getInscription())) {
            throw new InvalidValueException(nomEleve() + " n'est convoqué(e) à aucune séance : il n'y a pas d'entretien"
                    + " dont saisir la présence.");
        }
        if (nouvelle == null) {
            throw new InvalidValueException("Indiquez si " + nomEleve() + " était présent(e), absent(e) ou excusé(e).");
        }
        Seance lieu = convocation.getSeance();
        if (LocalDateTime.ofInstant(instant, Campagne.ZONE).isBefore(lieu.getDebut())) {
            throw new InvalidValueException("L'entretien " + fr.passpro.domain.shared.Francais.de(nomEleve()) + " a lieu le " + lieu.getHoraires()
                    + " : la présence se saisit une fois la séance commencée.");
        }
        if (nouvelle != Presence.PRESENT && (compteRendu != null
                || inscription.getVoeux().stream().anyMatch(Voeu::hasAvisAccueil))) {
            throw new InvalidValueException("Le compte rendu ou des avis de l'entretien " + fr.passpro.domain.shared.Francais.de(nomEleve())
                    + " sont enregistrés : l'élève était donc présent(e). Corrigez le compte rendu plutôt que la présence.");
        }
        if (nouvelle == presence && lieu.equals(seance)) {
            return;
        }
        String avant = presence == null ? null : resumePresence();
        this.presence = nouvelle;
        this.seance = lieu;
        this.presenceLe = instant;
        this.presencePar = par;
        inscription.noterPresence(par, instant, avant, resumePresence(), nouvelle == Presence.PRESENT);
    }

    /**
     * Saves a new version of the compte rendu of an individual interview. The same text again changes nothing.
     *
     * @return whether the text changed
     * @throws InvalidValueException for a collective interview, a pupil not present, an empty text or one over
     *                               {@value #COMPTE_RENDU_MAX} characters
     * @throws DelaiDepasseException after the campagne's closure
     */
    public boolean rendreCompte(String texte, Account par, Instant instant) {
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        verifierOuvert(instant);
        verifierRetourAttendu();
        String propre = nettoyer(texte);
        if (propre.isEmpty()) {
            throw new InvalidValueException("Le compte rendu de l'entretien " + fr.passpro.domain.shared.Francais.de(nomEleve())
                    + " est obligatoire : résumez l'entretien pour le domaine « " + inscription.getDomaine().getLibelle()
                    + " ».");
        }
        if (propre.length() > COMPTE_RENDU_MAX) {
            throw new InvalidValueException("Le compte rendu ne peut dépasser " + COMPTE_RENDU_MAX
                    + " caractères (saisis : " + propre.length() + ") : raccourcissez-le.");
        }
        if (propre.equals(compteRendu)) {
            return false;
        }
        String avant = compteRendu;
        this.compteRendu = propre;
        this.compteRenduLe = instant;
        this.compteRenduPar = par;
        inscription.noterCompteRendu(par, instant, avant, propre);
        return true;
    }

    /**
     * The lycée's avis on a formation of the domaine: a vœu of the inscription, or else a formation the pupil
     * preferred at the interview, added as a vœu.
     *
     * @return whether something changed
     * @throws InvalidValueException for a collective interview, a pupil not present, no avis, or a formation that
     *                               does not fit the inscription (another domaine, another lycée…)
     * @throws DelaiDepasseException after the campagne's closure
     */
    public boolean donnerAvis(Formation formation, Avis avis, Account par, Instant instant) {
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        Objects.requireNonNull(formation, "La formation est obligatoire.");
        verifierOuvert(instant);
        verifierRetourAttendu();
        Optional<Voeu> voeu = inscription.voeuDe(formation);
        if (voeu.isEmpty()) {
            inscription.ajouterVoeuALEntretien(formation, avis, par, instant);
            return true;
        }
        boolean change = voeu.get().getAvisAccueil().orElse(null) != avis;
        inscription.donnerAvisAccueil(voeu.get(), avis, par, instant);
        return change;
    }

    /** Whether the compte rendu and an avis on every vœu are in. */
    public boolean isRetourComplet() {
        return compteRendu != null && inscription.isAvisAccueilComplet();
    }

    /**
     * After a save: once the compte rendu and every avis are in, the inscription becomes « avis reçus » and the
     * instant of the first complete return is kept.
     *
     * @return whether the return is complete
     */
    public boolean verifierRetourComplet(Instant instant) {
        if (!isRetourComplet()) {
            return false;
        }
        inscription.verifierRetourComplet(true);
        if (retourCompletLe == null) {
            this.retourCompletLe = Objects.requireNonNull(instant, "L'instant est obligatoire.");
        }
        return true;
    }

    private void verifierRetourAttendu() {
        if (!seance.isIndividuelle()) {
            throw new InvalidValueException("L'entretien " + fr.passpro.domain.shared.Francais.de(nomEleve()) + " était collectif : il n'y a ni compte"
                    + " rendu ni avis à saisir, seulement la présence.");
        }
        if (presence != Presence.PRESENT) {
            throw new InvalidValueException(nomEleve() + " est noté(e) " + presence.libelle().toLowerCase(Locale.ROOT)
                    + " à l'entretien : pas de compte rendu ni d'avis. Si l'élève est venu(e), corrigez d'abord la présence.");
        }
    }

    private void verifierOuvert(Instant instant) {
        Campagne campagne = inscription.getCampagne();
        if (campagne.isFermee(instant)) {
            throw new DelaiDepasseException("Passpro est fermé depuis la fin du "
                    + Horaires.jour(campagne.getDateFermeture().atStartOfDay()) + " (campagne "
                    + campagne.getAnneeScolaire() + ") : l'entretien " + fr.passpro.domain.shared.Francais.de(nomEleve()) + " ne peut plus être modifié."
                    + " Adressez-vous aux services de l'académie.");
        }
    }

    /**
     * The text as typed, with its paragraphs: Unicode composed, invisible characters removed, spaces within a line
     * and runs of blank lines collapsed, each line trimmed.
     */
    static String nettoyer(String texte) {
        if (texte == null) {
            return "";
        }
        String t = Normalizer.normalize(texte, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        t = INVISIBLES.matcher(t).replaceAll("");
        StringBuilder lignes = new StringBuilder();
        for (String ligne : t.split("\n", -1)) {
            lignes.append(ESPACES.matcher(ligne).replaceAll(" ").strip()).append('\n');
        }
        return LIGNES_VIDES.matcher(lignes.toString()).replaceAll("\n\n").strip();
    }

    private boolean memeInscription(Inscription autre) {
        return autre == inscription || autre.getId() != null && autre.getId().equals(inscription.getId());
    }

    private String resumePresence() {
        return presence.libelle() + " — " + seance.getHoraires();
    }

    private String nomEleve() {
        return inscription.getEleve().getNomComplet();
    }

    /** The day of the interview, in Paris. */
    public LocalDate getDate() {
        return seance.getDebut().toLocalDate();
    }

    /** The last day (inclusive) for the compte rendu and the avis of this interview. */
    public LocalDate getDateLimiteCompteRendu() {
        return inscription.getCampagne().dateLimiteCompteRendu(getDate());
    }

    public boolean isIndividuel() {
        return seance.isIndividuelle();
    }

    public Long getId() {
        return id;
    }

    public Inscription getInscription() {
        return inscription;
    }

    public Seance getSeance() {
        return seance;
    }

    public Presence getPresence() {
        return presence;
    }

    public Instant getPresenceLe() {
        return presenceLe;
    }

    public Account getPresencePar() {
        return presencePar;
    }

    /** Empty until the lycée saved one. */
    public Optional<String> getCompteRendu() {
        return Optional.ofNullable(compteRendu);
    }

    public Instant getCompteRenduLe() {
        return compteRenduLe;
    }

    public Account getCompteRenduPar() {
        return compteRenduPar;
    }

    /** Null until the compte rendu and every avis were in. */
    public Instant getRetourCompletLe() {
        return retourCompletLe;
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Entretien[" + inscription + ", " + presence + "]";
    }
}
