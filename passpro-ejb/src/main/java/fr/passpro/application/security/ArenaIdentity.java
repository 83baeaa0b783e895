package fr.passpro.application.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The identity that the académie's ARENA reverse proxy passes in HTTP headers, once it has authenticated a person:
 * login ({@code ct-remote-user}), e-mail ({@code ctemail}), first and last name ({@code ctfn}, {@code ctln}), the
 * établissements of the person ({@code FrEduRne}: values such as {@code 0931234X$UAJ$PU$N$T3$CLG$340}, comma-separated)
 * and the administrative function ({@code FrEduFonctAdm}: {@code DIR} for the chef d'établissement).
 */
public record ArenaIdentity(String login, String email, String prenom, String nom, List<String> uais, String fonction) {

    public static final String HEADER_LOGIN = "ct-remote-user";
    public static final String HEADER_EMAIL = "ctemail";
    public static final String HEADER_PRENOM = "ctfn";
    public static final String HEADER_NOM = "ctln";
    public static final String HEADER_RNE = "FrEduRne";
    public static final String HEADER_FONCTION = "FrEduFonctAdm";
    /** The function of the chef d'établissement in ARENA. */
    public static final String FONCTION_DIRECTION = "DIR";

    public ArenaIdentity {
        uais = List.copyOf(uais);
    }

    public static ArenaIdentity fromHeaders(Function<String, String> header) {
        String rne = header.apply(HEADER_RNE);
        List<String> uais = rne == null ? List.of()
                : Arrays.stream(rne.split(","))
                        .map(String::strip)
                        .map(value -> value.split("\\$", 2)[0].toUpperCase(Locale.ROOT))
                        .filter(value -> !value.isEmpty())
                        .toList();
        return new ArenaIdentity(strip(header.apply(HEADER_LOGIN)), strip(header.apply(HEADER_EMAIL)),
                strip(header.apply(HEADER_PRENOM)), strip(header.apply(HEADER_NOM)), uais,
                strip(header.apply(HEADER_FONCTION)));
    }

    public boolean isChefEtablissement() {
        return fonction != null && Arrays.stream(fonction.split(",")).map(String::strip).anyMatch(FONCTION_DIRECTION::equals);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
