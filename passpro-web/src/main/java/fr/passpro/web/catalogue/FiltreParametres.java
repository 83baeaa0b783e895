package fr.passpro.web.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.consultation.FiltreCatalogue;

/**
 * A catalogue filter as query parameters, so that the export is a plain link (no script, bookmarkable) that
 * gives the list the person sees. Unknown or malformed values are ignored rather than refused.
 */
final class FiltreParametres {

    private FiltreParametres() {
    }

    static String query(FiltreCatalogue f) {
        StringJoiner query = new StringJoiner("&");
        add(query, "domaine", f.domaineId());
        add(query, "departement", f.departementCode());
        add(query, "ville", f.ville());
        add(query, "lycee", f.etablissementId());
        add(query, "diplome", f.diplome() == null ? null : f.diplome().name());
        add(query, "texte", f.texte());
        return query.toString();
    }

    static FiltreCatalogue parse(Function<String, String> parameter) {
        Diplome diplome = null;
        String d = parameter.apply("diplome");
        if (d != null) {
            for (Diplome candidate : Diplome.values()) {
                if (candidate.name().equals(d)) {
                    diplome = candidate;
                }
            }
        }
        return new FiltreCatalogue(id(parameter.apply("domaine")), parameter.apply("departement"),
                parameter.apply("ville"), id(parameter.apply("lycee")), diplome, true, parameter.apply("texte"));
    }

    static FiltreCatalogue parse(Map<String, String> parameters) {
        return parse(parameters::get);
    }

    private static Long id(String value) {
        if (value == null || !value.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value);
    }

    private static void add(StringJoiner query, String name, Object value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
    }
}
