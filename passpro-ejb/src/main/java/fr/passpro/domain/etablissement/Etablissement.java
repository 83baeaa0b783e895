package fr.passpro.domain.etablissement;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.shared.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A collège, lycée, CFA or hors-contrat school, identified by its UAI.
 * Its nature decides whether it registers pupils (origine) or holds interviews (accueil).
 */
@Entity
@Table(name = "etablissement",
        uniqueConstraints = @UniqueConstraint(name = "uk_etablissement_uai", columnNames = "uai"))
@NamedQuery(name = Etablissement.FIND_BY_UAI,
        query = "SELECT e FROM Etablissement e WHERE e.uai.code = :uai")
@NamedQuery(name = Etablissement.FIND_BY_ACADEMIE,
        query = "SELECT e FROM Etablissement e WHERE e.departement.academie.code = :academie ORDER BY e.nom")
@NamedQuery(name = Etablissement.FIND_BY_ID_AND_ACADEMIE,
        query = "SELECT e FROM Etablissement e WHERE e.id = :id AND e.departement.academie.code = :academie")
public class Etablissement implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code uai}: the code as a String. */
    public static final String FIND_BY_UAI = "Etablissement.findByUai";
    /** Parameter {@code academie}: the académie code; ordered by nom. */
    public static final String FIND_BY_ACADEMIE = "Etablissement.findByAcademie";
    /** Parameters {@code id} and {@code academie}: one établissement, only if it belongs to that académie. */
    public static final String FIND_BY_ID_AND_ACADEMIE = "Etablissement.findByIdAndAcademie";

    public static final int NOM_MAX = 150;
    public static final int COMMUNE_MAX = 100;
    public static final int MAIL_MAX = 254;
    public static final int CONTACT_MAX = 150;
    public static final int TELEPHONE_MAX = 20;

    private static final Pattern TELEPHONE = Pattern.compile("\\+?[0-9 .]{10,20}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Valid
    @NotNull(message = "L'UAI de l'établissement est obligatoire.")
    @Embedded
    private Uai uai;

    @NotNull(message = "Le nom de l'établissement est obligatoire.")
    @Size(max = NOM_MAX, message = "Le nom de l'établissement ne peut dépasser {max} caractères.")
    @Column(name = "nom", length = NOM_MAX, nullable = false)
    private String nom;

    @NotNull(message = "La nature de l'établissement est obligatoire.")
    @Enumerated(EnumType.STRING)
    @Column(name = "nature", length = 30, nullable = false)
    private Nature nature;

    @NotNull(message = "Le secteur de l'établissement est obligatoire.")
    @Enumerated(EnumType.STRING)
    @Column(name = "secteur", length = 10, nullable = false)
    private Secteur secteur;

    @NotNull(message = "La commune de l'établissement est obligatoire.")
    @Size(max = COMMUNE_MAX, message = "La commune ne peut dépasser {max} caractères.")
    @Column(name = "commune", length = COMMUNE_MAX, nullable = false)
    private String commune;

    @NotNull(message = "Le département de l'établissement est obligatoire.")
    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "departement_code", nullable = false)
    private Departement departement;

    @Email(message = "L'adresse de la boîte fonctionnelle n'est pas une adresse électronique valide.")
    @Size(max = MAIL_MAX, message = "L'adresse de la boîte fonctionnelle ne peut dépasser {max} caractères.")
    @Column(name = "mail_fonctionnel", length = MAIL_MAX)
    private String mailFonctionnel;

    /** Who to call about Passpro in the établissement (name, function); may be null. */
    @Column(name = "contact", length = CONTACT_MAX)
    private String contact;

    @Column(name = "telephone", length = TELEPHONE_MAX)
    private String telephone;

    @Column(name = "ouvert", nullable = false)
    private boolean ouvert;

    /** The day it was closed; null while it is open. */
    @Column(name = "date_fermeture")
    private LocalDate dateFermeture;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    /** For JPA only. */
    protected Etablissement() {
    }

    /** An open établissement without functional mailbox yet. */
    public Etablissement(Uai uai, String nom, Nature nature, Secteur secteur, String commune, Departement departement) {
        this(uai, nom, nature, secteur, commune, departement, null);
    }

    /**
     * An open établissement.
     *
     * @param mailFonctionnel the functional mailbox that receives convocations; may be null
     */
    public Etablissement(Uai uai, String nom, Nature nature, Secteur secteur, String commune, Departement departement,
                         String mailFonctionnel) {
        this.uai = Objects.requireNonNull(uai, "L'UAI de l'établissement est obligatoire.");
        this.nom = requireText(nom, NOM_MAX, "Le nom de l'établissement");
        this.nature = Objects.requireNonNull(nature, "La nature de l'établissement est obligatoire.");
        this.secteur = Objects.requireNonNull(secteur, "Le secteur de l'établissement est obligatoire.");
        this.commune = requireText(commune, COMMUNE_MAX, "La commune de l'établissement");
        this.departement = Objects.requireNonNull(departement, "Le département de l'établissement est obligatoire.");
        this.mailFonctionnel = checkMail(mailFonctionnel);
        this.ouvert = true;
    }

    private static String requireText(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(what + " est obligatoire.");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidValueException(what + " ne peut dépasser " + max + " caractères.");
        }
        return stripped;
    }

    private static String checkMail(String mail) {
        if (mail == null || mail.isBlank()) {
            return null;
        }
        String stripped = mail.strip();
        if (stripped.length() > MAIL_MAX || !stripped.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidValueException("L'adresse de la boîte fonctionnelle « " + stripped
                    + " » n'est pas une adresse électronique valide (ex. ce.0750647w@ac-paris.fr).");
        }
        return stripped;
    }

    public void renommer(String nouveauNom) {
        this.nom = requireText(nouveauNom, NOM_MAX, "Le nom de l'établissement");
    }

    /** Sets the mailbox that receives convocations; a blank value removes it. */
    /**
     * The académie corrects the établissement's contact details: functional mailbox, contact person, phone. Blank
     * values clear them.
     *
     * @return « champ : avant → après » for each field that changed (empty if nothing did), for the audit trail
     * @throws InvalidValueException for a malformed mail or phone number, or a contact too long
     */
    public List<String> corrigerContact(String mail, String nouveauContact, String nouveauTelephone) {
        String m = mail == null || mail.isBlank() ? null : checkMail(mail.strip());
        String c = nouveauContact == null || nouveauContact.isBlank() ? null : nouveauContact.strip();
        if (c != null && c.length() > CONTACT_MAX) {
            throw new InvalidValueException("Le contact ne peut dépasser " + CONTACT_MAX + " caractères.");
        }
        String t = nouveauTelephone == null || nouveauTelephone.isBlank() ? null : nouveauTelephone.strip();
        if (t != null && !TELEPHONE.matcher(t).matches()) {
            throw new InvalidValueException("Le téléphone « " + t + " » n'est pas un numéro valide : saisissez 10 chiffres,"
                    + " par exemple 01 45 17 60 00.");
        }
        List<String> changes = new ArrayList<>();
        changement(changes, "boîte fonctionnelle", mailFonctionnel, m);
        changement(changes, "contact", contact, c);
        changement(changes, "téléphone", telephone, t);
        this.mailFonctionnel = m;
        this.contact = c;
        this.telephone = t;
        return changes;
    }

    private static void changement(List<String> changes, String champ, String avant, String apres) {
        if (!Objects.equals(avant, apres)) {
            changes.add(champ + " : " + (avant == null ? "(vide)" : avant) + " → " + (apres == null ? "(vide)" : apres));
        }
    }

    public void changerMailFonctionnel(String mail) {
        this.mailFonctionnel = checkMail(mail);
    }

    /** A closed établissement keeps its history but no longer gets new accounts or inscriptions. */
    public void fermer() {
        this.ouvert = false;
    }

    /**
     * Closes it on that day, as the national directory says; an établissement already closed keeps its first date.
     *
     * @return whether it was open
     */
    public boolean fermer(LocalDate le) {
        Objects.requireNonNull(le, "La date de fermeture est obligatoire.");
        if (!ouvert) {
            return false;
        }
        this.ouvert = false;
        this.dateFermeture = le;
        return true;
    }

    public void rouvrir() {
        this.ouvert = true;
        this.dateFermeture = null;
    }

    /**
     * Takes the description the national directory gives of it; a null mail keeps the known mailbox (the directory
     * may not list one, and an admin may have set one).
     *
     * @return whether anything changed
     * @throws InvalidValueException for a blank or too long name or commune, or an invalid mail
     */
    public boolean actualiser(String nouveauNom, Nature nouvelleNature, Secteur nouveauSecteur, String nouvelleCommune,
                              Departement nouveauDepartement, String mail) {
        String n = requireText(nouveauNom, NOM_MAX, "Le nom de l'établissement");
        String c = requireText(nouvelleCommune, COMMUNE_MAX, "La commune de l'établissement");
        Objects.requireNonNull(nouvelleNature, "La nature de l'établissement est obligatoire.");
        Objects.requireNonNull(nouveauSecteur, "Le secteur de l'établissement est obligatoire.");
        Objects.requireNonNull(nouveauDepartement, "Le département de l'établissement est obligatoire.");
        String m = mail == null || mail.isBlank() ? mailFonctionnel : checkMail(mail);
        boolean change = false;
        // Only what differs is assigned: an unchanged établissement keeps its version (a second import changes nothing).
        if (!n.equals(nom)) {
            this.nom = n;
            change = true;
        }
        if (nouvelleNature != nature) {
            this.nature = nouvelleNature;
            change = true;
        }
        if (nouveauSecteur != secteur) {
            this.secteur = nouveauSecteur;
            change = true;
        }
        if (!c.equals(commune)) {
            this.commune = c;
            change = true;
        }
        if (!nouveauDepartement.equals(departement)) {
            this.departement = nouveauDepartement;
            change = true;
        }
        if (!Objects.equals(m, mailFonctionnel)) {
            this.mailFonctionnel = m;
            change = true;
        }
        return change;
    }

    /** Whether a mail is accepted as a functional mailbox (blank is: no mailbox). */
    public static boolean isMailValide(String mail) {
        try {
            checkMail(mail);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    public boolean isOrigine() {
        return nature.isOrigine();
    }

    public boolean isAccueil() {
        return nature.isAccueil();
    }

    /** The académie of its département. */
    public Academie getAcademie() {
        return departement.getAcademie();
    }

    public Long getId() {
        return id;
    }

    public Uai getUai() {
        return uai;
    }

    public String getNom() {
        return nom;
    }

    public Nature getNature() {
        return nature;
    }

    public Secteur getSecteur() {
        return secteur;
    }

    public String getCommune() {
        return commune;
    }

    public Departement getDepartement() {
        return departement;
    }

    /** May be null. */
    public String getMailFonctionnel() {
        return mailFonctionnel;
    }

    public String getContact() {
        return contact;
    }

    public String getTelephone() {
        return telephone;
    }

    public boolean isOuvert() {
        return ouvert;
    }

    /** Null while it is open, or when it was closed before the date was kept. */
    public LocalDate getDateFermeture() {
        return dateFermeture;
    }

    public int getVersion() {
        return version;
    }

    /** Two établissements are the same when they have the same UAI, which never changes. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Etablissement e && Objects.equals(uai, e.uai);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(uai);
    }

    @Override
    public String toString() {
        return nom + " (" + uai + ")";
    }
}
