package fr.passpro.batch.annuaire;

import fr.passpro.domain.catalogue.TextNormalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of the « Annuaire de l'éducation » (data.education.gouv.fr, dataset fr-en-annuaire-education) that
 * Passpro reads, under their name in the national CSV export. A header matches whatever its case, accents,
 * underscores and spacing (« Identifiant_de_l_etablissement », « Identifiant de l'établissement »), or one of the
 * synonyms of a file typed by hand; the other columns of the export (addresses, sections, coordinates…) are ignored.
 */
public enum AnnuaireColonne {

    UAI("Identifiant_de_l_etablissement", true, "UAI", "Code UAI", "Numéro UAI", "Numéro d'UAI", "RNE",
            "Identifiant établissement"),
    NOM("Nom_etablissement", true, "Nom de l'établissement", "Nom", "Appellation officielle"),
    TYPE("Type_etablissement", true, "Type d'établissement", "Type"),
    STATUT("Statut_public_prive", true, "Statut public privé", "Statut", "Secteur"),
    COMMUNE("Nom_commune", true, "Commune", "Libellé commune", "Ville"),
    DEPARTEMENT("Code_departement", true, "Code département", "Département", "Dépt"),
    ACADEMIE("Code_academie", true, "Code académie", "Académie"),
    MAIL("Mail", true, "Courriel", "Adresse mail", "Mél", "E-mail", "Email", "Adresse électronique"),
    /** OUVERT, A FERMER, A OUVRIR in the national file; FERME closes. Either this or the closing date is required. */
    ETAT("etat", false, "État", "État de l'établissement", "etat_etablissement"),
    /** Not in the national export (it lists open établissements only): a date on or before today closes. */
    DATE_FERMETURE("date_fermeture", false, "Date de fermeture"),
    /** The national nature code (320 lycée professionnel, 306 lycée polyvalent, 340 collège): refines « Lycée ». */
    CODE_NATURE("code_nature", false, "Code nature", "Code nature de l'UAI"),
    /** 1 when the lycée has a vocational path: a lycée of another nature with one is taken as polyvalent. */
    VOIE_PROFESSIONNELLE("Voie_professionnelle", false, "Voie pro");

    private final String enTete;
    private final boolean obligatoire;
    private final List<String> cles;

    AnnuaireColonne(String enTete, boolean obligatoire, String... synonymes) {
        this.enTete = enTete;
        this.obligatoire = obligatoire;
        this.cles = Stream.concat(Stream.of(enTete), Arrays.stream(synonymes)).map(TextNormalizer::matchKey).toList();
    }

    /** The header of the national export, as the reject report names the column. */
    public String enTete() {
        return enTete;
    }

    /** Whether a file without this column is refused ({@link #ETAT} or {@link #DATE_FERMETURE} must be there too). */
    public boolean obligatoire() {
        return obligatoire;
    }

    /** The column a header names; empty for a column Passpro does not read. */
    public static Optional<AnnuaireColonne> deEnTete(String enTete) {
        String cle = TextNormalizer.matchKey(enTete);
        return cle.isEmpty() ? Optional.empty() : Arrays.stream(values()).filter(c -> c.cles.contains(cle)).findFirst();
    }
}
