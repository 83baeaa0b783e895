package fr.passpro.domain.tableau;

import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.shared.InvalidValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each table of the académie's dashboard as it is exported to Excel: its key in the address
 * ({@code ?table=domaines}), its French title (the sheet and the file name) and French column headers, and its rows
 * taken from the same {@link TableauDeBordAcademie} the page shows, so that the file and the page agree.
 */
public enum Tableau {

    DOMAINES("domaines", "Inscriptions par domaine", List.of("Domaine", "Inscriptions"),
            t -> lignes(t.parDomaine(), e -> List.of(e.libelle(), e.inscriptions()))),
    FORMATIONS("formations", "Vœux par formation", List.of("Formation", "Lycée", "Département", "Vœux"),
            t -> lignes(t.parFormation(), e -> List.of(e.libelle(), e.precision(), e.departement(), e.inscriptions()))),
    LYCEES("lycees", "Inscriptions par lycée", List.of("Lycée", "UAI", "Département", "Inscriptions"),
            t -> lignes(t.parLycee(), e -> List.of(e.libelle(), e.precision(), e.departement(), e.inscriptions()))),
    COLLEGES("colleges", "Inscriptions par collège", List.of("Collège", "UAI", "Département", "Inscriptions"),
            t -> lignes(t.parCollege(), e -> List.of(e.libelle(), e.precision(), e.departement(), e.inscriptions()))),
    CONVOCATIONS("convocations", "Convocations par lycée",
            List.of("Lycée", "UAI", "Département", "Candidats", "Convoqués", "À convoquer", "Taux de convocation (%)"),
            t -> lignes(t.convocations(), c -> List.of(c.nom(), c.uai(), c.departement(), c.candidats(), c.convoques(),
                    c.aConvoquer(), c.taux()))),
    ENTRETIENS("entretiens", "Entretiens par lycée",
            List.of("Lycée", "UAI", "Département", "Entretiens tenus", "Absents", "Excusés"),
            t -> lignes(t.entretiens(), e -> List.of(e.nom(), e.uai(), e.departement(), e.tenus(), e.absents(),
                    e.excuses()))),
    COMPTES_RENDUS("comptes-rendus", "Comptes rendus en retard par lycée",
            List.of("Lycée", "UAI", "Département", "Comptes rendus en retard"),
            t -> lignes(t.comptesRendusEnRetard(), r -> List.of(r.nom(), r.uai(), r.departement(), r.enRetard()))),
    AVIS("avis", "Avis par domaine", enTetesAvis(),
            t -> lignes(t.avis(), a -> {
                List<Object> ligne = new ArrayList<>();
                ligne.add(a.domaine());
                for (AvisDomaine.Repartition r : List.of(a.origine(), a.accueil())) {
                    for (Avis avis : Avis.values()) {
                        ligne.add(r.nombre(avis));
                    }
                    ligne.add(r.sansAvis());
                }
                return ligne;
            })),
    LYCEES_EN_RETARD("lycees-en-retard", "Lycées en retard",
            List.of("Lycée", "UAI", "Département", "Candidats à convoquer", "Comptes rendus en retard"),
            t -> lignes(t.lyceesEnRetard(), r -> List.of(r.nom(), r.uai(), r.departement(), r.aConvoquer(),
                    r.comptesRendusEnRetard()))),
    COLLEGES_EN_RETARD("colleges-en-retard", "Collèges en retard",
            List.of("Collège", "UAI", "Département", "Vœux sans avis d'origine"),
            t -> lignes(t.collegesEnRetard(), r -> List.of(r.nom(), r.uai(), r.departement(),
                    r.avisOrigineManquants())));

    private final String cle;
    private final String titre;
    private final List<String> enTetes;
    private final Function<TableauDeBordAcademie, List<List<Object>>> lignes;

    Tableau(String cle, String titre, List<String> enTetes, Function<TableauDeBordAcademie, List<List<Object>>> lignes) {
        this.cle = cle;
        this.titre = titre;
        this.enTetes = enTetes;
        this.lignes = lignes;
    }

    /**
     * @throws InvalidValueException for an unknown key, naming the known ones
     */
    public static Tableau deCle(String cle) {
        return Arrays.stream(values()).filter(t -> t.cle.equals(cle)).findFirst()
                .orElseThrow(() -> new InvalidValueException("Le tableau « " + cle + " » n'existe pas ; tableaux connus : "
                        + Arrays.stream(values()).map(Tableau::cle).collect(Collectors.joining(", ")) + "."));
    }

    public String cle() {
        return cle;
    }

    public String titre() {
        return titre;
    }

    public List<String> enTetes() {
        return enTetes;
    }

    /** The rows, one list of cells (String or Number) per line, in the order of the page. */
    public List<List<Object>> lignes(TableauDeBordAcademie tableau) {
        return lignes.apply(tableau);
    }

    private static <T> List<List<Object>> lignes(List<T> elements, Function<T, List<Object>> ligne) {
        return elements.stream().map(ligne).toList();
    }

    private static List<String> enTetesAvis() {
        List<String> enTetes = new ArrayList<>();
        enTetes.add("Domaine");
        for (String cote : List.of("origine", "accueil")) {
            for (Avis avis : Avis.values()) {
                enTetes.add("Avis d'" + cote + " : " + avis.libelle().toLowerCase(java.util.Locale.ROOT));
            }
            enTetes.add("Sans avis d'" + cote);
        }
        return List.copyOf(enTetes);
    }
}
