package fr.passpro.web.academie;

import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.tableau.AvisDomaine;
import fr.passpro.domain.tableau.ConvocationsLycee;
import fr.passpro.domain.tableau.Effectif;
import fr.passpro.domain.tableau.EntretiensLycee;
import fr.passpro.web.util.Messages;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The Chart.js configurations of the académie's dashboard, as the JSON that {@code p:chart} takes (PrimeFaces 15: no
 * chart model class, no new dependency). Plain data and options, no function: nothing for the page to evaluate, so
 * the page's script policy needs no 'unsafe-eval'. Labels are names typed by people: « < » is escaped so that no
 * text closes the page's script element.
 */
final class GraphiquesTableauDeBord {

    static final String BUNDLE = "fr.passpro.web.tableau";

    /** Bleu France and the DSFR colours of the charts. */
    private static final String BLEU = "#000091";
    private static final String ROUGE = "#c9191e";
    private static final String GRIS = "#929292";
    /**
     * The two series of the grouped avis chart: Bleu France for the collèges' avis, DSFR « terre battue » for the
     * lycées' (told apart without colour vision too, and 3:1 or more against the white background).
     */
    private static final String AVIS_ORIGINE_SERIE = BLEU;
    private static final String AVIS_ACCUEIL_SERIE = "#b34000";

    /** The convocation rate chart shows the lycées with the largest backlog only; the table lists all. */
    static final int LYCEES_MAX = 20;

    private GraphiquesTableauDeBord() {
    }

    /** Bars: inscriptions by domaine. */
    static String domaines(List<Effectif> domaines) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        domaines.forEach(d -> {
            labels.add(d.libelle());
            data.add(d.inscriptions());
        });
        return config("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", texte("domaines.inscriptions")).add("data", data).add("backgroundColor", BLEU)),
                options(false, false, null).add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false))));
    }

    /** Horizontal bars: convocation rate per lycée, the largest backlogs. */
    static String convocations(List<ConvocationsLycee> lycees) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        JsonArrayBuilder couleurs = Json.createArrayBuilder();
        lycees.stream().limit(LYCEES_MAX).forEach(l -> {
            labels.add(l.nom());
            data.add(l.taux());
            couleurs.add(l.aConvoquer() == 0 ? "#18753c" : BLEU);
        });
        JsonObjectBuilder options = options(false, true, 100).add("indexAxis", "y")
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)));
        return config("bar", labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", texte("convocations.serie")).add("data", data).add("backgroundColor", couleurs)), options);
    }

    /** Stacked bars: interviews held, absent and excused per lycée. */
    static String entretiens(List<EntretiensLycee> tous) {
        List<EntretiensLycee> lycees = tous.stream()
                .sorted(java.util.Comparator.comparingLong((EntretiensLycee l) -> l.tenus() + l.absences()).reversed())
                .limit(LYCEES_MAX).toList();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        lycees.forEach(l -> labels.add(l.nom()));
        JsonArrayBuilder series = Json.createArrayBuilder()
                .add(serie(texte("entretiens.tenus"), lycees, EntretiensLycee::tenus, BLEU, null))
                .add(serie(texte("entretiens.absents"), lycees, EntretiensLycee::absents, ROUGE, null))
                .add(serie(texte("entretiens.excuses"), lycees, EntretiensLycee::excuses, GRIS, null));
        return config("bar", labels, series, options(true, false, null));
    }

    /**
     * Issue 18: grouped bars, one group per avis value (favorable, assez favorable, réservé, sans avis), the avis
     * d'origine bar beside the avis d'accueil bar, summed over the domaines shown: two legend entries, the comparison at
     * a glance. The table beside it keeps the detail per domaine.
     */
    static String avis(List<AvisDomaine> domaines) {
        List<String> libelles = List.of(texte("avis.favorable"), texte("avis.assezFavorable"), texte("avis.reserve"),
                texte("avis.sans"));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        libelles.forEach(labels::add);
        JsonArrayBuilder series = Json.createArrayBuilder();
        series.add(serie(texte("avis.origine"), ValeurAvis.toutes(), v -> v.somme(domaines, AvisDomaine::origine),
                AVIS_ORIGINE_SERIE, null));
        series.add(serie(texte("avis.accueil"), ValeurAvis.toutes(), v -> v.somme(domaines, AvisDomaine::accueil),
                AVIS_ACCUEIL_SERIE, null));
        return config("bar", labels, series, options(false, false, null));
    }

    /** One avis value, or « sans avis » (index 3), as a group of the avis chart. */
    private record ValeurAvis(int rang) {

        static List<ValeurAvis> toutes() {
            return List.of(new ValeurAvis(0), new ValeurAvis(1), new ValeurAvis(2), new ValeurAvis(3));
        }

        long somme(List<AvisDomaine> domaines, java.util.function.Function<AvisDomaine, AvisDomaine.Repartition> cote) {
            return domaines.stream().map(cote).mapToLong(r -> rang < Avis.values().length
                    ? r.nombre(Avis.values()[rang]) : r.sansAvis()).sum();
        }
    }

    private static <T> JsonObjectBuilder serie(String label, List<T> elements, ToLongFunction<T> valeur, String couleur,
                                               String pile) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        elements.forEach(e -> data.add(valeur.applyAsLong(e)));
        JsonObjectBuilder serie = Json.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", couleur);
        return pile == null ? serie : serie.add("stack", pile);
    }

    private static JsonObjectBuilder options(boolean empile, boolean horizontal, Integer max) {
        JsonObjectBuilder valeurs = Json.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        if (max != null) {
            valeurs.add("max", max);
        }
        if (empile) {
            valeurs.add("stacked", true);
        }
        JsonObjectBuilder categories = Json.createObjectBuilder();
        if (empile) {
            categories.add("stacked", true);
        }
        return Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valeurs)
                        .add(horizontal ? "y" : "x", categories));
    }

    private static String config(String type, JsonArrayBuilder labels, JsonArrayBuilder series,
                                 JsonObjectBuilder options) {
        String json = Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", series))
                .add("options", options).build().toString();
        // « < » only occurs inside JSON strings, where \u003c means the same character.
        return json.replace("<", "\\u003c");
    }

    static String texte(String cle, Object... arguments) {
        return Messages.texte(BUNDLE, cle, arguments);
    }
}
