package fr.passpro.application.audit;

import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.compte.Role;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a line of the audit journal reads for staff (issue 18, item 10): people by name rather than « n° 2 », objects in
 * French words (« séance », « vœu »), French dates, a readable address (« ::1 (cette machine) »), no technical text
 * (« Scope[…] », role codes). The journal itself keeps identifiers, as written then: names are resolved when a page
 * shows the lines, in one lookup per kind for all the lines ({@link Noms}), never one query per line.
 */
public final class LectureJournal {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Locale FR = Locale.FRENCH;
    private static final DateTimeFormatter QUAND = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm:ss", FR)
            .withZone(PARIS);
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("d MMMM yyyy", FR);
    private static final DateTimeFormatter JOUR_HEURE = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", FR);

    /** Object types as the journal stores them → as staff read them. */
    static final Map<String, String> OBJETS = Map.ofEntries(Map.entry("inscription", "inscription"),
            Map.entry("voeu", "vœu"), Map.entry("seance", "séance"), Map.entry("convocation", "convocation"),
            Map.entry("entretien", "entretien"), Map.entry("campagne", "campagne"),
            Map.entry("etablissement", "établissement"), Map.entry("eleve", "élève"), Map.entry("compte", "compte"),
            Map.entry("referent", "personne référente"), Map.entry("page", "page"),
            Map.entry("execution", "exécution d'un traitement"), Map.entry("retrait_formation", "retrait de formation"),
            Map.entry("formation", "formation"), Map.entry("preinscription", "préinscription"));

    /** What a reference attribute of the change journal points to, by the label the journal gives it. */
    enum Sorte { COMPTE, REFERENT, SEANCE }

    private static final Pattern CHANGEMENT = Pattern.compile("^(.+?) : (.*) → (.*)$");
    private static final Pattern NUMERO = Pattern.compile("^n° (\\d+)$");
    private static final Pattern SCOPE_ETABLISSEMENT = Pattern.compile("Scope\\[établissement (\\S+) #\\d+, académie [^\\]]*\\]");
    private static final Pattern SCOPE_ACADEMIE = Pattern.compile("Scope\\[académie [^\\]]*\\]");
    private static final Pattern ROLE = Pattern.compile("\\b(ORIGINE|ACCUEIL|ADMIN)\\b");
    private static final Pattern DATE_ISO = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2})(?::\\d{2}(?:\\.\\d+)?)?)?\\b");

    private LectureJournal() {
    }

    /** The names the lines mention, looked up once for all of them. */
    public record Noms(Map<String, String> comptesParLogin, Map<Long, String> comptes, Map<Long, String> referents,
                       Map<Long, LocalDateTime> seances) implements Serializable {

        public static Noms aucun() {
            return new Noms(Map.of(), Map.of(), Map.of(), Map.of());
        }
    }

    /** What must be looked up to show these lines: logins of authors, and the ids of each kind their details name. */
    public record ARechercher(Set<String> logins, Set<Long> comptes, Set<Long> referents, Set<Long> seances) {
    }

    public static ARechercher aRechercher(List<AuditEvent> lignes) {
        Set<String> logins = new HashSet<>();
        Map<Sorte, Set<Long>> ids = new HashMap<>();
        for (Sorte s : Sorte.values()) {
            ids.put(s, new HashSet<>());
        }
        for (AuditEvent e : lignes) {
            if (e.getLogin() != null) {
                logins.add(e.getLogin());
            }
            if ("seance".equals(e.getObjetType()) && e.getObjetId() != null && e.getObjetId().matches("\\d+")) {
                ids.get(Sorte.SEANCE).add(Long.valueOf(e.getObjetId()));
            }
            for (String segment : segments(e.getDetail())) {
                Matcher m = CHANGEMENT.matcher(segment);
                if (m.matches()) {
                    Sorte sorte = sorte(m.group(1));
                    if (sorte != null) {
                        numero(m.group(2)).ifPresent(ids.get(sorte)::add);
                        numero(m.group(3)).ifPresent(ids.get(sorte)::add);
                    }
                }
            }
        }
        return new ARechercher(logins, ids.get(Sorte.COMPTE), ids.get(Sorte.REFERENT), ids.get(Sorte.SEANCE));
    }

    /** The author: the account's name, « Traitement automatique » for a job, the login typed for an unknown one. */
    public static String auteur(String login, Noms noms) {
        if (login == null || login.isBlank()) {
            return "—";
        }
        if ("traitement".equals(login)) {
            return "Traitement automatique";
        }
        return noms.comptesParLogin().getOrDefault(login, login);
    }

    /** « séance n° 12 » → « séance du 12 mars 2027 à 14:00 »; « vœu n° 3 »; a page keeps its path. */
    public static String objet(String type, String id, Noms noms) {
        String nom = OBJETS.getOrDefault(type, type == null ? "" : type.replace('_', ' '));
        if (id == null || id.isBlank() || "null".equals(id)) {
            return nom;
        }
        if (!id.matches("\\d+")) {
            return nom + " " + id;
        }
        if ("seance".equals(type)) {
            LocalDateTime debut = noms.seances().get(Long.valueOf(id));
            if (debut != null) {
                return "séance du " + JOUR_HEURE.format(debut);
            }
        }
        return nom + " n° " + id;
    }

    /** The detail in plain French: names for references, French dates, no technical text. */
    public static String detail(String detail, Noms noms) {
        if (detail == null) {
            return "";
        }
        List<String> lus = new ArrayList<>();
        for (String segment : segments(detail)) {
            Matcher m = CHANGEMENT.matcher(segment);
            if (m.matches()) {
                Sorte sorte = sorte(m.group(1));
                if (sorte != null) {
                    segment = m.group(1) + " : " + nom(sorte, m.group(2), noms) + " → " + nom(sorte, m.group(3), noms);
                }
            }
            lus.add(segment);
        }
        String texte = String.join(" ; ", lus);
        texte = SCOPE_ETABLISSEMENT.matcher(texte).replaceAll("établissement $1");
        texte = SCOPE_ACADEMIE.matcher(texte).replaceAll("services de l'académie");
        texte = remplacer(ROLE, texte, m -> "« " + Role.valueOf(m.group(1)).libelle() + " »");
        texte = remplacer(DATE_ISO, texte, m -> {
            LocalDate jour = LocalDate.parse(m.group(1));
            return m.group(2) == null ? JOUR.format(jour) : JOUR_HEURE.format(jour.atTime(
                    java.time.LocalTime.parse(m.group(2))));
        });
        return texte;
    }

    /** « 10 mars 2027 à 14:05:03 », Paris time. */
    public static String quand(Instant instant) {
        return instant == null ? "" : QUAND.format(instant);
    }

    /**
     * The client address as a person reads it: loopback named « cette machine », IPv6 written short (RFC 5952),
     * IPv4-mapped IPv6 as IPv4.
     */
    public static String adresse(String adresse) {
        if (adresse == null || adresse.isBlank()) {
            return "";
        }
        String a = adresse.strip();
        if (a.contains(":")) {
            a = ipv6Court(a);
        }
        boolean locale = a.equals("::1") || a.startsWith("127.");
        return locale ? a + " (cette machine)" : a;
    }

    static String ipv6Court(String adresse) {
        if (adresse.toLowerCase(Locale.ROOT).startsWith("::ffff:") && adresse.substring(7).contains(".")) {
            return adresse.substring(7);
        }
        if (adresse.contains("::") || !adresse.matches("[0-9A-Fa-f:]+")) {
            return adresse.toLowerCase(Locale.ROOT);
        }
        String[] groupes = adresse.split(":");
        if (groupes.length != 8) {
            return adresse.toLowerCase(Locale.ROOT);
        }
        int[] valeurs = new int[8];
        for (int i = 0; i < 8; i++) {
            valeurs[i] = Integer.parseInt(groupes[i], 16);
        }
        if (valeurs[0] == 0 && valeurs[1] == 0 && valeurs[2] == 0 && valeurs[3] == 0 && valeurs[4] == 0
                && valeurs[5] == 0xffff) {
            return (valeurs[6] >> 8) + "." + (valeurs[6] & 0xff) + "." + (valeurs[7] >> 8) + "." + (valeurs[7] & 0xff);
        }
        // the longest run of at least two zero groups becomes « :: »
        int debut = -1;
        int longueur = 0;
        for (int i = 0; i < 8; ) {
            if (valeurs[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && valeurs[j] == 0) {
                j++;
            }
            if (j - i > longueur) {
                debut = i;
                longueur = j - i;
            }
            i = j;
        }
        StringBuilder court = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (longueur >= 2 && i == debut) {
                court.append("::");
                i += longueur - 1;
                continue;
            }
            if (court.length() > 0 && court.charAt(court.length() - 1) != ':') {
                court.append(':');
            }
            court.append(Integer.toHexString(valeurs[i]));
        }
        return court.toString();
    }

    private static Sorte sorte(String libelle) {
        if (libelle.equals("personne référente") || libelle.equals("referent")) {
            return Sorte.REFERENT;
        }
        if (libelle.equals("séance") || libelle.equals("seance")) {
            return Sorte.SEANCE;
        }
        if (libelle.endsWith(" par") || libelle.endsWith("Par")) {
            return Sorte.COMPTE;
        }
        return null;
    }

    private static String nom(Sorte sorte, String valeur, Noms noms) {
        var numero = numero(valeur);
        if (numero.isEmpty()) {
            return valeur;
        }
        Long id = numero.get();
        return switch (sorte) {
            case COMPTE -> noms.comptes().getOrDefault(id, "compte supprimé");
            case REFERENT -> noms.referents().getOrDefault(id, "personne référente supprimée");
            case SEANCE -> noms.seances().containsKey(id) ? "séance du " + JOUR_HEURE.format(noms.seances().get(id))
                    : "séance supprimée";
        };
    }

    private static java.util.Optional<Long> numero(String valeur) {
        Matcher m = NUMERO.matcher(valeur.strip());
        return m.matches() ? java.util.Optional.of(Long.valueOf(m.group(1))) : java.util.Optional.empty();
    }

    private static List<String> segments(String detail) {
        return detail == null ? List.of() : Arrays.asList(detail.split(" ; "));
    }

    private static String remplacer(Pattern motif, String texte, Function<Matcher, String> par) {
        Matcher m = motif.matcher(texte);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(par.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
