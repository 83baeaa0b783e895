package fr.passpro.domain.inscription;

import fr.passpro.domain.catalogue.TextNormalizer;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One pupil, one domaine, one lycée accueil-référent: the unit that gets one interview. The collège chooses the
 * formations (vœux), its head gives an avis d'origine on each, and the collège may withdraw it; a withdrawn
 * inscription is kept with its history and can no longer change. Every change adds a line to the history.
 * <p>
 * Since a pupil belongs to one campagne, the unique key on (élève, domaine) means one inscription per domaine per
 * campagne, withdrawn ones included.
 */
@Entity
@Table(name = "inscription",
        uniqueConstraints = @UniqueConstraint(name = Inscription.UK_ELEVE_DOMAINE, columnNames = {"eleve_id", "domaine_id"}))
@NamedQuery(name = Inscription.FIND_BY_ID_AND_COLLEGE,
        query = "SELECT i FROM Inscription i WHERE i.id = :id AND i.eleve.college.id = :collegeId")
@NamedQuery(name = Inscription.FIND_BY_ID_AND_ACADEMIE,
        query = "SELECT i FROM Inscription i WHERE i.id = :id AND i.eleve.college.departement.academie.code = :academie")
@NamedQuery(name = Inscription.FIND_BY_ELEVE_AND_DOMAINE,
        query = "SELECT i FROM Inscription i WHERE i.eleve.id = :eleveId AND i.domaine.id = :domaineId")
@NamedQuery(name = Inscription.FIND_BY_COLLEGE,
        query = "SELECT i FROM Inscription i JOIN i.eleve e WHERE e.college.id = :collegeId"
                + " AND i.campagne.id = :campagneId ORDER BY e.nom, e.prenom, i.domaine.libelle, i.id")
@NamedQuery(name = Inscription.FIND_BY_ACADEMIE,
        query = "SELECT i FROM Inscription i JOIN i.eleve e WHERE e.college.departement.academie.code = :academie"
                + " AND i.campagne.id = :campagneId ORDER BY e.nom, e.prenom, i.domaine.libelle, i.id")
@NamedQuery(name = Inscription.COUNT_BY_STATUT_AND_COLLEGE,
        query = "SELECT i.statut, COUNT(i) FROM Inscription i WHERE i.eleve.college.id = :collegeId"
                + " AND i.campagne.id = :campagneId GROUP BY i.statut")
@NamedQuery(name = Inscription.COUNT_BY_STATUT_AND_ACADEMIE,
        query = "SELECT i.statut, COUNT(i) FROM Inscription i WHERE i.eleve.college.departement.academie.code = :academie"
                + " AND i.campagne.id = :campagneId GROUP BY i.statut")
@NamedQuery(name = Inscription.COUNT_BY_ID, query = "SELECT COUNT(i) FROM Inscription i WHERE i.id = :id")
public class Inscription implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The unique key (eleve_id, domaine_id): one inscription per pupil and domaine. */
    public static final String UK_ELEVE_DOMAINE = "uk_inscription_eleve_domaine";

    /** Parameters {@code id}, {@code collegeId}. */
    public static final String FIND_BY_ID_AND_COLLEGE = "Inscription.findByIdAndCollege";
    /** Parameters {@code id}, {@code academie}. */
    public static final String FIND_BY_ID_AND_ACADEMIE = "Inscription.findByIdAndAcademie";
    /** Parameters {@code eleveId}, {@code domaineId}: not scoped, the élève having been checked first. */
    public static final String FIND_BY_ELEVE_AND_DOMAINE = "Inscription.findByEleveAndDomaine";
    /** Parameters {@code collegeId}, {@code campagneId}; ordered by pupil then domaine. */
    public static final String FIND_BY_COLLEGE = "Inscription.findByCollege";
    /** Parameters {@code academie}, {@code campagneId}; ordered by pupil then domaine. */
    public static final String FIND_BY_ACADEMIE = "Inscription.findByAcademie";
    /** Parameters {@code collegeId}, {@code campagneId}: rows of (StatutInscription, Long). */
    public static final String COUNT_BY_STATUT_AND_COLLEGE = "Inscription.countByStatutAndCollege";
    /** Parameters {@code academie}, {@code campagneId}: rows of (StatutInscription, Long). */
    public static final String COUNT_BY_STATUT_AND_ACADEMIE = "Inscription.countByStatutAndAcademie";
    /** Parameter {@code id}. */
    public static final String COUNT_BY_ID = "Inscription.countById";

    /** Length of the column holding the statut name. */
    public static final int STATUT_MAX = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "eleve_id", nullable = false, updatable = false)
    private Eleve eleve;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "domaine_id", nullable = false, updatable = false)
    private Domaine domaine;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "lycee_id", nullable = false, updatable = false)
    private Etablissement lycee;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "referent_id", nullable = false)
    private Referent referent;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campagne_id", nullable = false, updatable = false)
    private Campagne campagne;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "statut", length = STATUT_MAX, nullable = false)
    private StatutInscription statut;

    @Column(name = "cree_le", nullable = false, updatable = false)
    private Instant creeLe;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cree_par_id", nullable = false, updatable = false)
    private Account creePar;

    @Column(name = "retiree_le")
    private Instant retireeLe;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "retiree_par_id")
    private Account retireePar;

    @OneToMany(mappedBy = "inscription", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rang")
    private List<Voeu> voeux = new ArrayList<>();

    @OneToMany(mappedBy = "inscription", cascade = CascadeType.PERSIST)
    @OrderBy("survenuLe, id")
    private List<InscriptionHistorique> historique = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected Inscription() {
    }

    /**
     * Registers the pupil in a domaine, for interviews held by this lycée, with at least one formation.
     *
     * @param par an account of the pupil's collège
     * @throws AccessDeniedException  if the account is not of the pupil's collège
     * @throws InvalidValueException  if the lycée does not hold interviews, the référent is not an active one of the
     *                                collège, no formation is given, a formation is given twice, or a formation does
     *                                not fit (see {@link #ajouterVoeu})
     */
    public static Inscription inscrire(Eleve eleve, Domaine domaine, Etablissement lycee, Referent referent,
                                       List<Formation> formations, Account par, Instant instant) {
        Objects.requireNonNull(eleve, "L'élève est obligatoire.");
        Objects.requireNonNull(domaine, "Le domaine est obligatoire.");
        Objects.requireNonNull(lycee, "Le lycée accueil-référent est obligatoire.");
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        verifierAuteurDuCollege(par, eleve);
        if (!lycee.isAccueil()) {
            throw new InvalidValueException(lycee.getNom() + " (" + lycee.getUai() + ") ne fait pas passer d'entretiens :"
                    + " choisissez un lycée accueil-référent du domaine « " + domaine.getLibelle() + " ».");
        }
        if (formations == null || formations.isEmpty()) {
            throw new InvalidValueException("Choisissez au moins une formation du domaine « " + domaine.getLibelle()
                    + " » pour inscrire " + eleve.getNomComplet() + ".");
        }
        Inscription inscription = new Inscription();
        inscription.eleve = eleve;
        inscription.domaine = domaine;
        inscription.lycee = lycee;
        inscription.referent = verifierReferent(referent, eleve);
        inscription.campagne = eleve.getCampagne();
        inscription.statut = StatutInscription.INSCRITE;
        inscription.creeLe = instant;
        inscription.creePar = par;
        for (Formation formation : formations) {
            inscription.verifierFormation(formation);
            inscription.voeux.add(new Voeu(inscription, formation, inscription.voeux.size() + 1));
        }
        inscription.tracer(par, instant, ActionInscription.INSCRIPTION, null, inscription.resume());
        return inscription;
    }

    /**
     * Registers a pupil of a CFA or hors-contrat school when the académie validates its pre-registration (such a
     * school has no account in Passpro). Same rules as {@link #inscrire}, but the author is an admin of the
     * school's académie.
     *
     * @throws AccessDeniedException if the account is not an admin of the school's académie
     */
    public static Inscription inscrireParAcademie(Eleve eleve, Domaine domaine, Etablissement lycee, Referent referent,
                                                  List<Formation> formations, Account admin, Instant instant) {
        Objects.requireNonNull(eleve, "L'élève est obligatoire.");
        Objects.requireNonNull(admin, "L'auteur est obligatoire.");
        if (admin.getRole() != Role.ADMIN || admin.getAcademie() == null
                || !admin.getAcademie().getCode().equals(eleve.getCollege().getAcademie().getCode())) {
            throw new AccessDeniedException("seule l'académie de " + eleve.getCollege().getNom()
                    + " valide ses pré-inscriptions.");
        }
        Objects.requireNonNull(domaine, "Le domaine est obligatoire.");
        Objects.requireNonNull(lycee, "Le lycée accueil-référent est obligatoire.");
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        if (!lycee.isAccueil()) {
            throw new InvalidValueException(lycee.getNom() + " (" + lycee.getUai() + ") ne fait pas passer d'entretiens.");
        }
        if (formations == null || formations.isEmpty()) {
            throw new InvalidValueException("Choisissez au moins une formation du domaine « " + domaine.getLibelle()
                    + " » pour inscrire " + eleve.getNomComplet() + ".");
        }
        Inscription inscription = new Inscription();
        inscription.eleve = eleve;
        inscription.domaine = domaine;
        inscription.lycee = lycee;
        inscription.referent = verifierReferent(referent, eleve);
        inscription.campagne = eleve.getCampagne();
        inscription.statut = StatutInscription.INSCRITE;
        inscription.creeLe = instant;
        inscription.creePar = admin;
        for (Formation formation : formations) {
            inscription.verifierFormation(formation);
            inscription.voeux.add(new Voeu(inscription, formation, inscription.voeux.size() + 1));
        }
        inscription.tracer(admin, instant, ActionInscription.INSCRIPTION, null, inscription.resume());
        return inscription;
    }

    private static Referent verifierReferent(Referent referent, Eleve eleve) {
        Objects.requireNonNull(referent, "La personne référente est obligatoire.");
        if (!referent.getCollege().equals(eleve.getCollege())) {
            throw new InvalidValueException(referent.getNomComplet() + " n'est pas une personne référente de "
                    + eleve.getCollege().getNom() + ".");
        }
        if (!referent.isActif()) {
            throw new InvalidValueException(referent.getNomComplet()
                    + " n'est plus personne référente : choisissez une personne active.");
        }
        return referent;
    }

    private static void verifierAuteurDuCollege(Account par, Eleve eleve) {
        Objects.requireNonNull(par, "L'auteur est obligatoire.");
        if (par.getRole() != Role.ORIGINE || !eleve.getCollege().equals(par.getEtablissement())) {
            throw new AccessDeniedException("seul le collège de " + eleve.getNomComplet()
                    + " peut modifier ses inscriptions.");
        }
    }

    /**
     * @throws InvalidValueException if the formation is not of this inscription's domaine, campagne or lycée
     *                               accueil-référent, is no longer in the catalogue, is already asked for, or is
     *                               registered through another académie's form
     */
    private void verifierFormation(Formation formation) {
        Objects.requireNonNull(formation, "La formation est obligatoire.");
        String nom = "La formation « " + formation.getLibelle() + " » (" + formation.getEtablissement().getNom() + ")";
        if (!formation.getDomaine().equals(domaine)) {
            throw new InvalidValueException(nom + " relève du domaine « " + formation.getDomaine().getLibelle()
                    + " », pas du domaine « " + domaine.getLibelle() + " » de cette inscription.");
        }
        if (!memeCampagne(formation.getCampagne(), campagne)) {
            throw new InvalidValueException(nom + " n'est pas au catalogue de la campagne "
                    + campagne.getAnneeScolaire() + ".");
        }
        if (!formation.isActive()) {
            throw new InvalidValueException(nom + " n'est plus proposée au catalogue Passpro.");
        }
        if (!formation.getAccueilReferent().equals(lycee)) {
            throw new InvalidValueException(nom + " a ses entretiens à " + formation.getAccueilReferent().getNom()
                    + ", pas à " + lycee.getNom() + " : faites une inscription par lycée accueil-référent.");
        }
        formation.urlPreinscriptionExterne(eleve.getCollege().getAcademie().getCode()).ifPresent(url -> {
            throw new InvalidValueException(nom + " relève d'une autre académie : l'inscription se fait par son"
                    + " formulaire en ligne, " + url + ".");
        });
        if (voeuDe(formation).isPresent()) {
            throw new InvalidValueException(nom + " est déjà demandée dans cette inscription.");
        }
    }

    private static boolean memeCampagne(Campagne a, Campagne b) {
        return a == b || a != null && b != null && a.getId() != null && a.getId().equals(b.getId());
    }

    private void verifierModifiable() {
        if (statut == StatutInscription.RETIREE) {
            throw new InscriptionFigeeException("L'inscription de " + eleve.getNomComplet() + " dans le domaine « "
                    + domaine.getLibelle() + " » a été retirée le " + Textes.date(retireeLe)
                    + " : elle ne peut plus être modifiée.");
        }
        if (!statut.isAvantEntretien()) {
            throw new InscriptionFigeeException("L'entretien de " + eleve.getNomComplet() + " dans le domaine « "
                    + domaine.getLibelle() + " » a eu lieu (" + statut.libelle().toLowerCase(java.util.Locale.ROOT)
                    + ") : l'inscription ne peut plus être modifiée par le collège.");
        }
    }

    /**
     * Adds a formation of the same domaine, campagne and lycée accueil-référent, as the last vœu.
     *
     * @throws InscriptionFigeeException once withdrawn or after the interview
     * @throws InvalidValueException     for a formation that does not fit (see {@link #inscrire})
     */
    public Voeu ajouterVoeu(Formation formation, Account par, Instant instant) {
        verifierAuteurDuCollege(par, eleve);
        verifierModifiable();
        verifierFormation(formation);
        Voeu voeu = new Voeu(this, formation, voeux.size() + 1);
        voeux.add(voeu);
        tracer(par, instant, ActionInscription.AJOUT_VOEU, null, libelle(formation));
        return voeu;
    }

    /**
     * Removes a vœu; the others are renumbered.
     *
     * @throws InvalidValueException if it is the last one (withdraw the inscription instead) or not of this inscription
     */
    public void retirerVoeu(Voeu voeu, Account par, Instant instant) {
        verifierAuteurDuCollege(par, eleve);
        verifierModifiable();
        verifierVoeu(voeu);
        if (voeux.size() == 1) {
            throw new InvalidValueException("Une inscription garde au moins une formation : pour renoncer au domaine « "
                    + domaine.getLibelle() + " », retirez l'inscription.");
        }
        voeux.remove(voeu);
        for (int i = 0; i < voeux.size(); i++) {
            voeux.get(i).numeroter(i + 1);
        }
        tracer(par, instant, ActionInscription.RETRAIT_VOEU, libelle(voeu.getFormation()), null);
    }

    /**
     * Moves a vœu one rank up (towards the pupil's first choice) or down, in the pupil's order of preference; the
     * other vœux keep their order.
     *
     * @param versLeHaut true to move it towards rank 1
     * @throws InscriptionFigeeException once withdrawn or after the interview
     * @throws InvalidValueException     if the vœu is not of this inscription, or already first (last)
     */
    public void deplacerVoeu(Voeu voeu, boolean versLeHaut, Account par, Instant instant) {
        verifierAuteurDuCollege(par, eleve);
        verifierModifiable();
        verifierVoeu(voeu);
        int index = voeux.indexOf(voeu);
        int cible = versLeHaut ? index - 1 : index + 1;
        if (cible < 0 || cible >= voeux.size()) {
            throw new InvalidValueException("« " + voeu.getFormation().getLibelle() + " » est déjà le "
                    + (versLeHaut ? "premier" : "dernier") + " vœu de " + eleve.getNomComplet() + ".");
        }
        String avant = ordre();
        voeux.remove(index);
        voeux.add(cible, voeu);
        for (int i = 0; i < voeux.size(); i++) {
            voeux.get(i).numeroter(i + 1);
        }
        tracer(par, instant, ActionInscription.ORDRE_VOEUX, avant, ordre());
    }

    /** « 1. Accueil (…) ; 2. Vente (…) », for the history. */
    private String ordre() {
        return voeux.stream().map(v -> v.getRang() + ". " + libelle(v.getFormation()))
                .collect(Collectors.joining(" ; "));
    }

    /**
     * The collège head's avis on one vœu, with a commentaire on the pupil's implication and motivation; a second call
     * replaces the first (both are in the history).
     *
     * @param chef the head of the pupil's collège
     * @throws AccessDeniedException      for anybody but the head of the pupil's collège
     * @throws InvalidValueException      without avis, without commentaire, or with a commentaire over
     *                                    {@value Voeu#COMMENTAIRE_MAX} characters
     * @throws InscriptionFigeeException  once withdrawn or after the interview
     */
    public void donnerAvisOrigine(Voeu voeu, Avis avis, String commentaire, Account chef, Instant instant) {
        Objects.requireNonNull(chef, "L'auteur de l'avis est obligatoire.");
        if (chef.getRole() != Role.ORIGINE || !chef.isChefEtablissement()
                || !eleve.getCollege().equals(chef.getEtablissement())) {
            throw new AccessDeniedException("seul le chef d'établissement de " + eleve.getCollege().getNom()
                    + " donne l'avis d'origine.");
        }
        verifierModifiable();
        verifierVoeu(voeu);
        if (avis == null) {
            throw new InvalidValueException("Choisissez un avis (" + java.util.Arrays.stream(Avis.values())
                    .map(Avis::libelle).collect(Collectors.joining(", ")) + ") pour la formation « "
                    + voeu.getFormation().getLibelle() + " ».");
        }
        String texte = TextNormalizer.obligatoire(commentaire, Voeu.COMMENTAIRE_MAX,
                "Le commentaire sur l'implication et la motivation de l'élève");
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        String avant = voeu.resumeAvisOrigine();
        voeu.enregistrerAvisOrigine(avis, texte, chef, instant);
        tracer(chef, instant, ActionInscription.AVIS_ORIGINE, libelle(voeu.getFormation()) + " — " + avant,
                libelle(voeu.getFormation()) + " — " + voeu.resumeAvisOrigine());
    }

    /**
     * Another active référent of the collège follows the pupil from now on (the next convocations go to them).
     */
    public void changerReferent(Referent nouveau, Account par, Instant instant) {
        verifierAuteurDuCollege(par, eleve);
        verifierModifiable();
        Referent verifie = verifierReferent(nouveau, eleve);
        String avant = referent.toString();
        this.referent = verifie;
        tracer(par, instant, ActionInscription.CHANGEMENT_REFERENT, avant, verifie.toString());
    }

    /**
     * The pupil renounces: the inscription is withdrawn (kept, with its history) so that the lycée does not plan an
     * interview for nothing.
     *
     * @throws InscriptionFigeeException if already withdrawn, or if the interview took place
     */
    public void retirer(Account par, Instant instant) {
        verifierAuteurDuCollege(par, eleve);
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        verifierModifiable();
        StatutInscription avant = statut;
        this.statut = StatutInscription.RETIREE;
        this.retireeLe = instant;
        this.retireePar = par;
        tracer(par, instant, ActionInscription.RETRAIT, avant.libelle(), statut.libelle());
    }

    /**
     * The lycée convoked the pupil (or moved the convocation): « convoquée ». Called by
     * {@link fr.passpro.domain.planning.Convocation}, which holds the seat.
     *
     * @param par  an account of the inscription's lycée
     * @param quoi the séance, as it reads in the history (« mercredi 17 mars 2027 de 13 h 30 à 13 h 50, B12 »)
     * @throws AccessDeniedException     for anybody but the lycée accueil-référent
     * @throws InscriptionFigeeException once withdrawn or after the interview
     */
    public void convoquer(Account par, Instant instant, String quoi) {
        verifierAuteurDuLycee(par);
        verifierModifiable();
        StatutInscription avant = statut;
        this.statut = StatutInscription.CONVOQUEE;
        tracer(par, instant, ActionInscription.CONVOCATION, avant.libelle(), quoi);
    }

    /** The convocation was cancelled (séance cancelled, or candidate taken out of it): back to « inscrite ». */
    public void annulerConvocation(Account par, Instant instant, String quoi) {
        if (statut != StatutInscription.CONVOQUEE) {
            return;
        }
        this.statut = StatutInscription.INSCRITE;
        tracer(par, instant, ActionInscription.ANNULATION_CONVOCATION, quoi, statut.libelle());
    }

    private void verifierAuteurDuLycee(Account par) {
        verifierAuteurDuLycee(par, "convoque");
    }

    /** @param fait what only the lycée does, e.g. « convoque », « rend compte de l'entretien de » */
    private void verifierAuteurDuLycee(Account par, String fait) {
        Objects.requireNonNull(par, "L'auteur est obligatoire.");
        if (par.getRole() != Role.ACCUEIL || !lycee.equals(par.getEtablissement())) {
            throw new AccessDeniedException("seul le lycée accueil-référent de l'inscription " + fait + " "
                    + eleve.getNomComplet() + ".");
        }
    }

    /**
     * The lycée records whether the pupil came to the interview. Called by {@link fr.passpro.domain.entretien.Entretien},
     * which checks the séance and the calendar. A pupil present makes the inscription « entretien passé »; a pupil
     * absent or excused leaves (or puts back) the inscription « convoquée », so that another séance may be offered.
     *
     * @param avant   the presence before, as it reads in the history (null the first time)
     * @param apres   the presence now, e.g. « Présent(e) — mardi 18 mai 2027 de 14 h à 14 h 20 »
     * @param present whether the pupil took the interview
     * @throws AccessDeniedException     for anybody but the lycée accueil-référent
     * @throws InscriptionFigeeException once withdrawn
     */
    public void noterPresence(Account par, Instant instant, String avant, String apres, boolean present) {
        verifierAuteurDuLycee(par, "saisit la présence de");
        verifierNonRetiree();
        if (present && statut == StatutInscription.CONVOQUEE) {
            this.statut = StatutInscription.ENTRETIEN_PASSE;
        } else if (!present && statut == StatutInscription.ENTRETIEN_PASSE) {
            this.statut = StatutInscription.CONVOQUEE;
        }
        tracer(par, instant, ActionInscription.PRESENCE, avant, apres);
    }

    /**
     * A new version of the compte rendu of the interview, kept whole in the history (the one before with it).
     *
     * @throws InscriptionFigeeException once withdrawn, or before the pupil is recorded present
     */
    public void noterCompteRendu(Account par, Instant instant, String avant, String apres) {
        verifierAuteurDuLycee(par, "rend compte de l'entretien de");
        verifierEntretienPasse();
        tracer(par, instant, ActionInscription.COMPTE_RENDU, avant, apres);
    }

    /**
     * The lycée's avis on a vœu after the interview; a second one replaces the first (both are in the history).
     * Giving the same avis again changes nothing.
     *
     * @throws InvalidValueException     without avis, or for a vœu of another inscription
     * @throws InscriptionFigeeException once withdrawn, or before the pupil is recorded present
     */
    public void donnerAvisAccueil(Voeu voeu, Avis avis, Account par, Instant instant) {
        verifierAuteurDuLycee(par, "donne son avis sur les vœux de");
        verifierEntretienPasse();
        verifierVoeu(voeu);
        verifierAvis(avis, voeu.getFormation());
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        if (voeu.getAvisAccueil().orElse(null) == avis) {
            return;
        }
        String avant = voeu.resumeAvisAccueil();
        voeu.enregistrerAvisAccueil(avis, par, instant);
        tracer(par, instant, ActionInscription.AVIS_ACCUEIL, libelle(voeu.getFormation()) + " — " + avant,
                libelle(voeu.getFormation()) + " — " + voeu.resumeAvisAccueil());
    }

    /**
     * At the interview the pupil preferred another formation of the domaine at this lycée: the lycée adds it as the
     * last vœu, marked as added at the interview, with its avis.
     *
     * @throws InvalidValueException for a formation of another domaine, lycée or campagne, one no longer in the
     *                               catalogue or already asked for, or without avis
     */
    public Voeu ajouterVoeuALEntretien(Formation formation, Avis avis, Account par, Instant instant) {
        verifierAuteurDuLycee(par, "ajoute un vœu à l'entretien de");
        verifierEntretienPasse();
        verifierFormation(formation);
        verifierAvis(avis, formation);
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        Voeu voeu = Voeu.ajouteALEntretien(this, formation, voeux.size() + 1);
        voeu.enregistrerAvisAccueil(avis, par, instant);
        voeux.add(voeu);
        tracer(par, instant, ActionInscription.VOEU_AJOUTE_ENTRETIEN, null,
                libelle(formation) + " — " + voeu.resumeAvisAccueil());
        return voeu;
    }

    /**
     * Once the compte rendu and an avis on every vœu are in, the inscription is « avis reçus »: the collège may hand
     * the fiche récapitulative over.
     *
     * @param compteRenduSaisi whether the interview's compte rendu is saved
     * @return whether the inscription is now « avis reçus »
     */
    public boolean verifierRetourComplet(boolean compteRenduSaisi) {
        if (statut == StatutInscription.ENTRETIEN_PASSE && compteRenduSaisi && isAvisAccueilComplet()) {
            this.statut = StatutInscription.AVIS_RECUS;
        }
        return statut == StatutInscription.AVIS_RECUS;
    }

    /** Whether the lycée has given an avis on every vœu. */
    public boolean isAvisAccueilComplet() {
        return voeux.stream().allMatch(Voeu::hasAvisAccueil);
    }

    private void verifierNonRetiree() {
        if (statut == StatutInscription.RETIREE) {
            throw new InscriptionFigeeException("L'inscription de " + eleve.getNomComplet() + " dans le domaine « "
                    + domaine.getLibelle() + " » a été retirée le " + Textes.date(retireeLe)
                    + " : il n'y a pas d'entretien à renseigner.");
        }
    }

    private void verifierEntretienPasse() {
        verifierNonRetiree();
        if (statut != StatutInscription.ENTRETIEN_PASSE && statut != StatutInscription.AVIS_RECUS) {
            throw new InscriptionFigeeException("Indiquez d'abord que " + eleve.getNomComplet()
                    + " était présent(e) à l'entretien : le compte rendu et les avis suivent l'entretien.");
        }
    }

    private static void verifierAvis(Avis avis, Formation formation) {
        if (avis == null) {
            throw new InvalidValueException("Choisissez un avis (" + java.util.Arrays.stream(Avis.values())
                    .map(Avis::libelle).collect(Collectors.joining(", ")) + ") pour la formation « "
                    + formation.getLibelle() + " ».");
        }
    }

    private void verifierVoeu(Voeu voeu) {
        if (voeu == null || !voeux.contains(voeu)) {
            throw new InvalidValueException("Cette formation n'est pas demandée dans l'inscription de "
                    + eleve.getNomComplet() + " (domaine « " + domaine.getLibelle() + " »).");
        }
    }

    private void tracer(Account par, Instant instant, ActionInscription action, String avant, String apres) {
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        historique.add(new InscriptionHistorique(this, instant, par.getLogin(), action, avant, apres));
    }

    private static String libelle(Formation formation) {
        return formation.getLibelle() + " (" + formation.getCode() + ", " + formation.getEtablissement().getNom() + ")";
    }

    private String resume() {
        return eleve.getNomComplet() + " ; domaine « " + domaine.getLibelle() + " » ; " + lycee.getNom()
                + " ; référent " + referent.getNomComplet() + " ; vœux : "
                + voeux.stream().map(v -> v.getRang() + ". " + libelle(v.getFormation()))
                .collect(Collectors.joining(" ; "));
    }

    /**
     * The académie withdrew this formation from the catalogue: its vœu is kept, marked « formation retirée du
     * catalogue », and the history says so. Allowed whatever the inscription's state (it is the académie's decision,
     * not the collège's).
     *
     * @param par the académie admin who confirmed the withdrawal
     * @return whether a vœu of this inscription was marked now
     */
    public boolean marquerFormationRetiree(Formation formation, Account par, Instant instant) {
        Optional<Voeu> voeu = voeuDe(formation);
        if (voeu.isEmpty() || !voeu.get().marquerFormationRetiree(instant)) {
            return false;
        }
        tracer(par, instant, ActionInscription.FORMATION_RETIREE, libelle(formation), null);
        return true;
    }

    /** The vœu for this formation, if asked for (compared by id once persisted). */
    public Optional<Voeu> voeuDe(Formation formation) {
        return voeux.stream().filter(v -> v.getFormation() == formation
                || formation.getId() != null && formation.getId().equals(v.getFormation().getId())).findFirst();
    }

    /** The vœu for the formation with this id, if asked for. */
    public Optional<Voeu> voeuDeFormation(long formationId) {
        return voeux.stream().filter(v -> Long.valueOf(formationId).equals(v.getFormation().getId())).findFirst();
    }

    /** Whether the head has given an avis d'origine on every vœu the collège asked for (not those added at the interview). */
    public boolean isAvisOrigineComplet() {
        return voeux.stream().filter(v -> !v.isAjouteALEntretien()).allMatch(Voeu::hasAvisOrigine);
    }

    public boolean isRetiree() {
        return statut == StatutInscription.RETIREE;
    }

    public Long getId() {
        return id;
    }

    public Eleve getEleve() {
        return eleve;
    }

    public Domaine getDomaine() {
        return domaine;
    }

    /** The lycée accueil-référent that holds the interview. */
    public Etablissement getLycee() {
        return lycee;
    }

    public Referent getReferent() {
        return referent;
    }

    public Campagne getCampagne() {
        return campagne;
    }

    public StatutInscription getStatut() {
        return statut;
    }

    public Instant getCreeLe() {
        return creeLe;
    }

    public Account getCreePar() {
        return creePar;
    }

    /** Null unless withdrawn. */
    public Instant getRetireeLe() {
        return retireeLe;
    }

    /** Null unless withdrawn. */
    public Account getRetireePar() {
        return retireePar;
    }

    /** In rank order; read-only. */
    public List<Voeu> getVoeux() {
        return Collections.unmodifiableList(voeux);
    }

    /** Oldest first; read-only. */
    public List<InscriptionHistorique> getHistorique() {
        return Collections.unmodifiableList(historique);
    }

    public int getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Inscription[" + eleve + ", " + domaine + ", " + lycee + ", " + statut + "]";
    }
}
