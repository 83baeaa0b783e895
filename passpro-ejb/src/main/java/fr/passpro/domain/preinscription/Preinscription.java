package fr.passpro.domain.preinscription;

import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.domain.inscription.Eleve;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A pupil pre-registered by a CFA or hors-contrat school through the public form: the school, its contact person,
 * the pupil and the vœux. It waits in the académie's queue; validation turns it into an établissement d'origine,
 * a pupil and one inscription per domaine, refusal sends the reason to the contact.
 */
@Entity
@Table(name = "preinscription")
@NamedQuery(name = Preinscription.FIND_EN_ATTENTE,
        query = "SELECT p FROM Preinscription p WHERE p.campagne.academie.code = :academie"
                + " AND p.statut = fr.passpro.domain.preinscription.StatutPreinscription.EN_ATTENTE ORDER BY p.soumiseLe, p.id")
@NamedQuery(name = Preinscription.FIND_BY_ID_AND_ACADEMIE,
        query = "SELECT p FROM Preinscription p WHERE p.id = :id AND p.campagne.academie.code = :academie")
public class Preinscription implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code academie}: the pending ones, oldest first. */
    public static final String FIND_EN_ATTENTE = "Preinscription.findEnAttente";
    /** Parameters {@code id}, {@code academie}. */
    public static final String FIND_BY_ID_AND_ACADEMIE = "Preinscription.findByIdAndAcademie";

    public static final int NOM_ETABLISSEMENT_MAX = Etablissement.NOM_MAX;
    public static final int COMMUNE_MAX = Etablissement.COMMUNE_MAX;
    public static final int NOM_MAX = Eleve.NOM_MAX;
    public static final int PRENOM_MAX = Eleve.PRENOM_MAX;
    public static final int EMAIL_MAX = 254;
    public static final int CLASSE_MAX = Eleve.CLASSE_MAX;
    public static final int MOTIF_MAX = 1000;
    public static final int ADRESSE_MAX = 45;
    /** Vœux of one pre-registration. */
    public static final int VOEUX_MAX = 4;

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "campagne_id", nullable = false, updatable = false)
    private Campagne campagne;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut", length = StatutPreinscription.ENUM_MAX, nullable = false)
    private StatutPreinscription statut;

    @Column(name = "etablissement_nom", length = NOM_ETABLISSEMENT_MAX, nullable = false, updatable = false)
    private String etablissementNom;

    @Enumerated(EnumType.STRING)
    @Column(name = "etablissement_nature", length = 30, nullable = false, updatable = false)
    private Nature etablissementNature;

    @Column(name = "uai", length = Uai.LENGTH)
    private String uai;

    @Column(name = "commune", length = COMMUNE_MAX, nullable = false, updatable = false)
    private String commune;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "departement_code", nullable = false, updatable = false)
    private Departement departement;

    @Column(name = "contact_nom", length = NOM_MAX, nullable = false, updatable = false)
    private String contactNom;

    @Column(name = "contact_prenom", length = PRENOM_MAX, nullable = false, updatable = false)
    private String contactPrenom;

    @Column(name = "contact_email", length = EMAIL_MAX, nullable = false, updatable = false)
    private String contactEmail;

    @Column(name = "eleve_nom", length = NOM_MAX, nullable = false, updatable = false)
    private String eleveNom;

    @Column(name = "eleve_prenom", length = PRENOM_MAX, nullable = false, updatable = false)
    private String elevePrenom;

    @Column(name = "eleve_date_naissance", nullable = false, updatable = false)
    private LocalDate eleveDateNaissance;

    @Column(name = "eleve_classe", length = CLASSE_MAX, updatable = false)
    private String eleveClasse;

    @Enumerated(EnumType.STRING)
    @Column(name = "eleve_dispositif", length = Dispositif.ENUM_MAX, nullable = false, updatable = false)
    private Dispositif eleveDispositif;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "preinscription_formation",
            joinColumns = @JoinColumn(name = "preinscription_id"),
            inverseJoinColumns = @JoinColumn(name = "formation_id"))
    @OrderColumn(name = "rang")
    private List<Formation> formations = new ArrayList<>();

    @Column(name = "soumise_le", nullable = false, updatable = false)
    private Instant soumiseLe;

    @Column(name = "adresse_client", length = ADRESSE_MAX, updatable = false)
    private String adresseClient;

    @Column(name = "decidee_le")
    private Instant decideeLe;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decidee_par_id")
    private Account decideePar;

    @Column(name = "motif_refus", length = MOTIF_MAX)
    private String motifRefus;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "etablissement_id")
    private Etablissement etablissement;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected Preinscription() {
    }

    /**
     * Checks a submission of the public form and makes the pending pre-registration.
     *
     * @param formations  the formations of {@link DemandePreinscription#formationIds()}, found in the catalogue, in order
     * @param departement the département of {@link DemandePreinscription#departementCode()}, null if unknown
     * @throws InvalidValueException with a French message for the first problem found: registration closed, a
     *                               missing or too long field, an invalid UAI or address, an implausible birth date,
     *                               no vœu, too many, one twice, a formation not open in the campagne, or two
     *                               lycées for one domaine (one interview per domaine)
     */
    public static Preinscription soumettre(DemandePreinscription demande, Campagne campagne, Departement departement,
                                           List<Formation> formations, Instant maintenant, String adresseClient) {
        Objects.requireNonNull(demande, "La demande est obligatoire.");
        Objects.requireNonNull(campagne, "La campagne est obligatoire.");
        Objects.requireNonNull(maintenant, "L'instant est obligatoire.");
        if (!campagne.isInscriptionOuverte(maintenant)) {
            throw new InvalidValueException("Les pré-inscriptions de la campagne " + campagne.getAnneeScolaire()
                    + " sont ouvertes du " + DATE.format(campagne.getDateOuverture()) + " au "
                    + DATE.format(campagne.getDateClotureInscriptions()) + " inclus : le formulaire n'est pas ouvert aujourd'hui.");
        }
        Preinscription p = new Preinscription();
        p.campagne = campagne;
        p.statut = StatutPreinscription.EN_ATTENTE;
        p.etablissementNom = texte(demande.etablissementNom(), NOM_ETABLISSEMENT_MAX, "Le nom de l'établissement");
        if (demande.nature() != Nature.CFA && demande.nature() != Nature.HORS_CONTRAT) {
            throw new InvalidValueException("Indiquez si l'établissement est un CFA ou un établissement hors contrat.");
        }
        p.etablissementNature = demande.nature();
        p.uai = demande.uai() == null || demande.uai().isBlank() ? null : Uai.of(demande.uai()).code();
        p.commune = texte(demande.commune(), COMMUNE_MAX, "La commune de l'établissement");
        if (departement == null || !departement.getAcademie().getCode().equals(campagne.getAcademie().getCode())) {
            throw new InvalidValueException("Choisissez le département de l'établissement parmi ceux de l'académie de "
                    + campagne.getAcademie().getNom() + ".");
        }
        p.departement = departement;
        p.contactNom = texte(demande.contactNom(), NOM_MAX, "Le nom de la personne à contacter");
        p.contactPrenom = texte(demande.contactPrenom(), PRENOM_MAX, "Le prénom de la personne à contacter");
        p.contactEmail = email(demande.contactEmail());
        p.eleveNom = texte(demande.eleveNom(), NOM_MAX, "Le nom de l'élève");
        p.elevePrenom = texte(demande.elevePrenom(), PRENOM_MAX, "Le prénom de l'élève");
        p.eleveDateNaissance = dateNaissance(demande.eleveDateNaissance(), campagne);
        p.eleveClasse = demande.eleveClasse() == null || demande.eleveClasse().isBlank() ? null
                : texte(demande.eleveClasse(), CLASSE_MAX, "La classe de l'élève");
        if (demande.eleveDispositif() == null) {
            throw new InvalidValueException("Choisissez le dispositif de l'élève : " + Dispositif.VALEURS_ACCEPTEES + ".");
        }
        p.eleveDispositif = demande.eleveDispositif();
        p.formations.addAll(verifierVoeux(formations, campagne));
        p.soumiseLe = maintenant;
        p.adresseClient = adresseClient == null || adresseClient.length() > ADRESSE_MAX ? null : adresseClient;
        return p;
    }

    private static String texte(String valeur, int max, String quoi) {
        if (valeur == null || valeur.isBlank()) {
            throw new InvalidValueException(quoi + " est obligatoire.");
        }
        String propre = valeur.strip().replaceAll("\\s+", " ");
        if (propre.length() > max) {
            throw new InvalidValueException(quoi + " ne peut dépasser " + max + " caractères.");
        }
        if (propre.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(quoi + " contient des caractères non imprimables.");
        }
        return propre;
    }

    private static String email(String valeur) {
        String adresse = texte(valeur, EMAIL_MAX, "L'adresse électronique de la personne à contacter");
        if (!EMAIL.matcher(adresse).matches()) {
            throw new InvalidValueException("L'adresse électronique de la personne à contacter n'est pas valide"
                    + " (ex. secretariat@cfa-exemple.fr).");
        }
        return adresse.toLowerCase(Locale.ROOT);
    }

    private static LocalDate dateNaissance(LocalDate date, Campagne campagne) {
        if (date == null) {
            throw new InvalidValueException("La date de naissance de l'élève est obligatoire.");
        }
        LocalDate reference = campagne.getDateOuverture();
        int age = date.isAfter(reference) ? -1 : Period.between(date, reference).getYears();
        if (age < Eleve.AGE_MIN || age > Eleve.AGE_MAX) {
            throw new InvalidValueException("La date de naissance " + DATE.format(date)
                    + " n'est pas plausible pour un élève de niveau 3e (de " + Eleve.AGE_MIN + " à " + Eleve.AGE_MAX
                    + " ans au " + DATE.format(reference) + ").");
        }
        return date;
    }

    private static List<Formation> verifierVoeux(List<Formation> formations, Campagne campagne) {
        List<Formation> voeux = formations == null ? List.of() : formations.stream().filter(Objects::nonNull).toList();
        if (voeux.isEmpty()) {
            throw new InvalidValueException("Choisissez au moins une formation demandée (vœu 1).");
        }
        if (voeux.size() > VOEUX_MAX) {
            throw new InvalidValueException("Une pré-inscription compte au plus " + VOEUX_MAX + " formations demandées.");
        }
        Map<Domaine, Etablissement> lyceeParDomaine = new LinkedHashMap<>();
        List<Formation> vues = new ArrayList<>();
        for (Formation f : voeux) {
            if (vues.contains(f)) {
                throw new InvalidValueException("La formation « " + f.getLibelle() + " » est demandée deux fois.");
            }
            vues.add(f);
            if (!f.isActive() || f.getCampagne().getId() == null || !f.getCampagne().getId().equals(campagne.getId())) {
                throw new InvalidValueException("La formation « " + f.getLibelle()
                        + " » n'est pas ouverte dans le catalogue de cette campagne.");
            }
            Etablissement lycee = lyceeParDomaine.putIfAbsent(f.getDomaine(), f.getAccueilReferent());
            if (lycee != null && !lycee.equals(f.getAccueilReferent())) {
                throw new InvalidValueException("Dans le domaine « " + f.getDomaine().getLibelle()
                        + " », l'élève n'a qu'un entretien, dans un seul lycée : choisissez des formations dont les"
                        + " entretiens ont lieu à " + lycee.getNom() + ", ou une seule formation de ce domaine.");
            }
        }
        return vues;
    }

    /**
     * The académie accepts it: records who and when, and the établissement d'origine of the pupil.
     *
     * @throws AccessDeniedException  for anybody but an admin of the campagne's académie
     * @throws InvalidValueException  if it was already decided
     */
    public void valider(Etablissement ecole, Account admin, Instant maintenant) {
        verifierDecision(admin);
        this.etablissement = Objects.requireNonNull(ecole, "L'établissement est obligatoire.");
        this.uai = ecole.getUai().code();
        this.statut = StatutPreinscription.VALIDEE;
        this.decidePar(admin, maintenant);
    }

    /**
     * The académie refuses it, with a reason sent to the contact.
     *
     * @throws InvalidValueException for a blank or too long reason, or if it was already decided
     */
    public void refuser(String motif, Account admin, Instant maintenant) {
        verifierDecision(admin);
        this.motifRefus = texteLong(motif);
        this.statut = StatutPreinscription.REFUSEE;
        this.decidePar(admin, maintenant);
    }

    private static String texteLong(String motif) {
        if (motif == null || motif.isBlank()) {
            throw new InvalidValueException("Le motif du refus est obligatoire : il est envoyé à l'établissement.");
        }
        String propre = motif.strip();
        if (propre.length() > MOTIF_MAX) {
            throw new InvalidValueException("Le motif du refus ne peut dépasser " + MOTIF_MAX + " caractères.");
        }
        return propre;
    }

    private void verifierDecision(Account admin) {
        Objects.requireNonNull(admin, "L'auteur est obligatoire.");
        if (admin.getRole() != Role.ADMIN || admin.getAcademie() == null
                || !admin.getAcademie().getCode().equals(campagne.getAcademie().getCode())) {
            throw new AccessDeniedException("seule l'académie de la campagne décide de cette pré-inscription.");
        }
        if (statut != StatutPreinscription.EN_ATTENTE) {
            throw new InvalidValueException("Cette pré-inscription a déjà été " + statut.libelle().toLowerCase(Locale.ROOT)
                    + " : rechargez la liste.");
        }
    }

    private void decidePar(Account admin, Instant maintenant) {
        this.decideePar = admin;
        this.decideeLe = Objects.requireNonNull(maintenant, "L'instant est obligatoire.");
    }

    /** The vœux grouped by domaine, in the order of their first vœu: one inscription each at validation. */
    public Map<Domaine, List<Formation>> voeuxParDomaine() {
        Map<Domaine, List<Formation>> groupes = new LinkedHashMap<>();
        for (Formation f : formations) {
            groupes.computeIfAbsent(f.getDomaine(), d -> new ArrayList<>()).add(f);
        }
        return groupes;
    }

    /** « Samia Benali ». */
    public String getEleveNomComplet() {
        return elevePrenom + " " + eleveNom;
    }

    /** The class typed, or the dispositif's libellé when none was. */
    public String getClasseOuDispositif() {
        return eleveClasse != null ? eleveClasse : eleveDispositif.libelle();
    }

    public Long getId() {
        return id;
    }

    public Campagne getCampagne() {
        return campagne;
    }

    public StatutPreinscription getStatut() {
        return statut;
    }

    public String getEtablissementNom() {
        return etablissementNom;
    }

    public Nature getEtablissementNature() {
        return etablissementNature;
    }

    /** May be null: the school did not give it. */
    public String getUai() {
        return uai;
    }

    public String getCommune() {
        return commune;
    }

    public Departement getDepartement() {
        return departement;
    }

    public String getContactNom() {
        return contactNom;
    }

    public String getContactPrenom() {
        return contactPrenom;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getEleveNom() {
        return eleveNom;
    }

    public String getElevePrenom() {
        return elevePrenom;
    }

    public LocalDate getEleveDateNaissance() {
        return eleveDateNaissance;
    }

    /** May be null. */
    public String getEleveClasse() {
        return eleveClasse;
    }

    public Dispositif getEleveDispositif() {
        return eleveDispositif;
    }

    public List<Formation> getFormations() {
        return Collections.unmodifiableList(formations);
    }

    public Instant getSoumiseLe() {
        return soumiseLe;
    }

    public Instant getDecideeLe() {
        return decideeLe;
    }

    public String getMotifRefus() {
        return motifRefus;
    }

    public Etablissement getEtablissement() {
        return etablissement;
    }
}
