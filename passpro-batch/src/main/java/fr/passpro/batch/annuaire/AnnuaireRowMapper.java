package fr.passpro.batch.annuaire;

import static fr.passpro.batch.annuaire.AnnuaireColonne.ACADEMIE;
import static fr.passpro.batch.annuaire.AnnuaireColonne.CODE_NATURE;
import static fr.passpro.batch.annuaire.AnnuaireColonne.COMMUNE;
import static fr.passpro.batch.annuaire.AnnuaireColonne.DATE_FERMETURE;
import static fr.passpro.batch.annuaire.AnnuaireColonne.DEPARTEMENT;
import static fr.passpro.batch.annuaire.AnnuaireColonne.ETAT;
import static fr.passpro.batch.annuaire.AnnuaireColonne.MAIL;
import static fr.passpro.batch.annuaire.AnnuaireColonne.NOM;
import static fr.passpro.batch.annuaire.AnnuaireColonne.STATUT;
import static fr.passpro.batch.annuaire.AnnuaireColonne.TYPE;
import static fr.passpro.batch.annuaire.AnnuaireColonne.UAI;
import static fr.passpro.batch.annuaire.AnnuaireColonne.VOIE_PROFESSIONNELLE;

import fr.passpro.batch.annuaire.LigneIgnoree.Raison;
import fr.passpro.domain.catalogue.TextNormalizer;
import fr.passpro.domain.catalogue.importation.Rejet;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a line of the directory into what Passpro keeps of an établissement, for one académie. Plain Java.
 *
 * <ul>
 *   <li>A line of another académie ({@code Code_academie}, else its département) is {@link Raison#HORS_ACADEMIE}.</li>
 *   <li>A school Passpro does not deal with is {@link Raison#NON_GEREE}: écoles, EREA, services, information et
 *   orientation, and a lycée with neither a vocational nature (320, 306) nor a vocational path.</li>
 *   <li>Anything else wrong rejects the line, each problem with its column, value and a French reason.</li>
 * </ul>
 * Natures: « Collège » is a collège; « Lycée » is a lycée professionnel for nature 320, polyvalent for 306 or for any
 * other lycée with {@code Voie_professionnelle} = 1; a « Lycée » without nature nor path column is a lycée polyvalent
 * when new, and a known lycée keeps its own nature. État: OUVERT, A OUVRIR and A FERMER (closing at the end of the
 * school year, still open) leave it open; FERME, or a {@code date_fermeture} on or before today, closes it.
 */
public final class AnnuaireRowMapper {

    private static final Set<String> TYPES_NON_GERES = Set.of("ecole", "ecole maternelle", "ecole elementaire",
            "ecole primaire", "ecole de niveau elementaire", "erea", "service administratif",
            "information et orientation", "autre", "lycee agricole", "cio");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/uuuu"));

    private final String academie;
    private final Set<String> departements;
    private final LocalDate aujourdhui;

    /**
     * @param academie     the code of the académie whose lines are taken (« 24 »)
     * @param departements the codes of its départements on 3 digits (« 077 », « 093 », « 094 »)
     * @param aujourdhui   the day of the import (Paris): the closing date of a line that says FERME
     */
    public AnnuaireRowMapper(String academie, Set<String> departements, LocalDate aujourdhui) {
        this.academie = Objects.requireNonNull(academie, "academie");
        this.departements = Set.copyOf(departements);
        this.aujourdhui = Objects.requireNonNull(aujourdhui, "aujourdhui");
    }

    /**
     * @return a {@link LigneAnnuaire} to apply, or a {@link LigneIgnoree}
     * @throws LigneAnnuaireRejeteeException with every problem of the line
     */
    public Object lire(LigneBrute ligne) throws LigneAnnuaireRejeteeException {
        int n = ligne.ligne();
        List<Rejet> rejets = new ArrayList<>();
        if (!ligne.complete()) {
            rejets.add(Rejet.erreur(n, null, "", "Ligne incomplète : elle a moins de valeurs que la ligne d'en-tête "
                    + "(ligne coupée ou séparateur manquant)."));
        }
        String departement = codeSur(ligne.valeur(DEPARTEMENT), 3);
        String academieLigne = ligne.valeur(ACADEMIE);
        if (academieLigne.isEmpty()) {
            if (departement == null || !departements.contains(departement)) {
                return rejets.isEmpty() ? new LigneIgnoree(n, Raison.HORS_ACADEMIE) : rejeter(n, rejets);
            }
        } else {
            String code = codeSur(academieLigne, 2);
            if (code == null) {
                rejets.add(Rejet.erreur(n, ACADEMIE.enTete(), academieLigne, "Code d'académie illisible : attendu un "
                        + "nombre, ex. 24 pour Créteil."));
                return rejeter(n, rejets);
            }
            if (!code.equals(academie)) {
                return new LigneIgnoree(n, Raison.HORS_ACADEMIE);
            }
        }
        Nature nature = null;
        boolean incertaine = false;
        String type = TextNormalizer.matchKey(ligne.valeur(TYPE));
        if (type.isEmpty()) {
            rejets.add(Rejet.erreur(n, TYPE.enTete(), "", "Le type d'établissement est obligatoire (Collège, Lycée…)."));
        } else if (TYPES_NON_GERES.contains(type) || type.startsWith("ecole ")) {
            return rejets.isEmpty() ? new LigneIgnoree(n, Raison.NON_GEREE) : rejeter(n, rejets);
        } else if (type.equals("college")) {
            nature = Nature.COLLEGE;
        } else if (type.equals("lycee")) {
            String codeNature = ligne.valeur(CODE_NATURE);
            String voiePro = ligne.valeur(VOIE_PROFESSIONNELLE);
            if (codeNature.equals("320")) {
                nature = Nature.LYCEE_PROFESSIONNEL;
            } else if (codeNature.equals("306") || voiePro.equals("1")) {
                nature = Nature.LPO;
            } else if (!codeNature.isEmpty() || voiePro.equals("0")) {
                return rejets.isEmpty() ? new LigneIgnoree(n, Raison.NON_GEREE) : rejeter(n, rejets);
            } else {
                nature = Nature.LPO;
                incertaine = true;
            }
        } else if (type.equals("lycee professionnel") || type.equals("lp")) {
            nature = Nature.LYCEE_PROFESSIONNEL;
        } else if (type.equals("lycee polyvalent") || type.equals("lpo")) {
            nature = Nature.LPO;
        } else if (type.equals("sep") || type.equals("section d enseignement professionnel")) {
            nature = Nature.SEP;
        } else {
            rejets.add(Rejet.erreur(n, TYPE.enTete(), ligne.valeur(TYPE), "Type d'établissement inconnu : attendu "
                    + "Collège ou Lycée (les écoles, EREA et services sont ignorés)."));
        }

        String uai = null;
        try {
            uai = Uai.of(ligne.valeur(UAI)).code();
        } catch (InvalidValueException e) {
            rejets.add(Rejet.erreur(n, UAI.enTete(), ligne.valeur(UAI), e.getMessage()));
        }
        String nom = texte(ligne, NOM, Etablissement.NOM_MAX, "Le nom de l'établissement", rejets);
        String commune = texte(ligne, COMMUNE, Etablissement.COMMUNE_MAX, "La commune", rejets);
        Secteur secteur = secteur(ligne.valeur(STATUT));
        if (secteur == null) {
            rejets.add(Rejet.erreur(n, STATUT.enTete(), ligne.valeur(STATUT), ligne.valeur(STATUT).isEmpty()
                    ? "Le statut est obligatoire : Public ou Privé." : "Statut inconnu : attendu Public ou Privé."));
        }
        if (departement == null || !departements.contains(departement)) {
            rejets.add(Rejet.erreur(n, DEPARTEMENT.enTete(), ligne.valeur(DEPARTEMENT),
                    ligne.valeur(DEPARTEMENT).isEmpty() ? "Le département est obligatoire."
                            : "Département inconnu de l'académie " + academie + " : attendu "
                            + String.join(", ", new java.util.TreeSet<>(departements)) + "."));
        }
        String mail = ligne.valeur(MAIL);
        if (!mail.isEmpty() && !Etablissement.isMailValide(mail)) {
            rejets.add(Rejet.erreur(n, MAIL.enTete(), mail, "Adresse électronique invalide (ex. ce.0771234a@ac-creteil.fr)."));
        }
        LocalDate fermeture = fermeture(ligne, rejets);
        if (!rejets.isEmpty()) {
            return rejeter(n, rejets);
        }
        return new LigneAnnuaire(n, uai, nom, nature, incertaine, secteur, commune, departement,
                mail.isEmpty() ? null : mail, fermeture);
    }

    private static Object rejeter(int n, List<Rejet> rejets) throws LigneAnnuaireRejeteeException {
        throw new LigneAnnuaireRejeteeException(n, rejets);
    }

    /** « 77 », « 077 » → « 077 » (width 3); null when not a number. */
    static String codeSur(String valeur, int largeur) {
        String v = valeur == null ? "" : valeur.strip();
        if (v.isEmpty() || v.length() > largeur || !v.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return "0".repeat(largeur - v.length()) + v;
    }

    private static String texte(LigneBrute ligne, AnnuaireColonne colonne, int max, String quoi, List<Rejet> rejets) {
        String v = ligne.valeur(colonne);
        if (v.isEmpty()) {
            rejets.add(Rejet.erreur(ligne.ligne(), colonne.enTete(), "", quoi + " est obligatoire."));
            return null;
        }
        if (v.length() > max) {
            rejets.add(Rejet.erreur(ligne.ligne(), colonne.enTete(), v, quoi + " ne peut dépasser " + max
                    + " caractères (" + v.length() + ")."));
            return null;
        }
        return v;
    }

    static Secteur secteur(String valeur) {
        return switch (TextNormalizer.matchKey(valeur)) {
            case "public", "pu" -> Secteur.PUBLIC;
            case "prive", "pr", "prive sous contrat", "prive hors contrat" -> Secteur.PRIVE;
            default -> null;
        };
    }

    /** The day it closes per the état or the closing date, null while open. */
    private LocalDate fermeture(LigneBrute ligne, List<Rejet> rejets) {
        int n = ligne.ligne();
        String date = ligne.valeur(DATE_FERMETURE);
        LocalDate le = null;
        if (!date.isEmpty()) {
            for (DateTimeFormatter format : DATES) {
                try {
                    le = LocalDate.parse(date, format);
                    break;
                } catch (DateTimeParseException e) {
                    // next format
                }
            }
            if (le == null) {
                rejets.add(Rejet.erreur(n, DATE_FERMETURE.enTete(), date, "Date illisible : attendu aaaa-mm-jj ou "
                        + "jj/mm/aaaa."));
                return null;
            }
        }
        String etat = TextNormalizer.matchKey(ligne.valeur(ETAT));
        boolean ferme = switch (etat) {
            case "", "ouvert", "a ouvrir", "a fermer", "1", "2", "3" -> false;
            case "ferme", "fermee", "4" -> true;
            default -> {
                rejets.add(Rejet.erreur(n, ETAT.enTete(), ligne.valeur(ETAT), "État inconnu : attendu OUVERT, "
                        + "A OUVRIR, A FERMER ou FERME."));
                yield false;
            }
        };
        if (le != null && !le.isAfter(aujourdhui)) {
            return le;
        }
        return ferme ? aujourdhui : null;
    }
}
