package fr.passpro.charge;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Issue 14: Passpro's staff at the peak of a campagne, against the generated Île-de-France data (./passpro donnees-idf)
 * on the demo domain, beside a bare Faces page of the same server as the baseline. Each virtual user logs in with its
 * own account (the login form is Faces: its ViewState is read from the page) and then works until the end of the
 * level, pausing 1 to 3 s between pages:
 * <ul>
 * <li>collège (55 %): dashboard, the catalogue searched by domaine and département, inscriptions list, a new pupil
 * registered with two vœux (domaine and lycée chosen through the page's PrimeFaces ajax requests), the avis d'origine
 * on the first vœu;</li>
 * <li>lycée (35 %): candidates filtered by domaine and status (ajax), the séances calendar of a week (the
 * schedule's ajax event feed), one candidate convoked (the row's ajax button, then the dialog's);</li>
 * <li>académie (10 %; 10 accounts per académie): dashboard and convocation follow-up.</li>
 * </ul>
 * A response is an error when its status is not 200, when it is an error page (403, 404, 500, expired view), the login
 * page (session lost), or an ajax response carrying an error or a redirect.
 *
 * <p>System properties: {@code utilisateurs} (100), {@code duree} (s of work per user, 60), {@code montee} (s over which
 * users log in, 20), {@code url} (http://localhost:8080/passpro), {@code base} (passpro_idf), {@code graine} (42).
 */
public class PicDeCampagneSimulation extends Simulation {

    static final String URL = System.getProperty("url", "http://localhost:8080/passpro");
    static final int UTILISATEURS = Integer.getInteger("utilisateurs", 100);
    static final int DUREE = Integer.getInteger("duree", 60);
    static final int MONTEE = Integer.getInteger("montee", 20);
    static final String BASE = System.getProperty("base", "passpro_idf");
    static final long GRAINE = Long.getLong("graine", 42);
    static final String MOT_DE_PASSE = System.getProperty("motDePasse", "Passpro2027!");

    static final Pattern OPTION = Pattern.compile("<option[^>]*value=\"([^\"]+)\"");
    static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

    // ------------------------------------------------------------------------------------------------ accounts

    /** The generated accounts of a role, in an order fixed by the seed (the large établissements are not all first). */
    static List<String> comptes(String role) {
        String url = "jdbc:mariadb://" + System.getProperty("dbHost", "127.0.0.1") + ":" + System.getProperty("dbPort", "3306")
                + "/" + BASE + "?sslMode=disable";
        List<String> logins = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, System.getProperty("dbUser", "passpro"),
                System.getProperty("dbPassword", "passpro"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT login FROM account WHERE actif AND role = '" + role
                     + "' AND password_hash IS NOT NULL AND (login LIKE 'ce.%' OR login LIKE 'admin.%') ORDER BY id")) {
            while (r.next()) {
                logins.add(r.getString(1));
            }
        } catch (Exception e) {
            throw new IllegalStateException("Impossible de lire les comptes de la base " + BASE
                    + " (générée par ./passpro donnees-idf ?) : " + e.getMessage(), e);
        }
        if (logins.isEmpty()) {
            throw new IllegalStateException("Aucun compte " + role + " dans la base " + BASE
                    + " : lancez d'abord ./passpro donnees-idf.");
        }
        Collections.shuffle(logins, new Random(GRAINE));
        return logins;
    }

    /** One account per virtual user (cycling only if there are more users than accounts). */
    static Iterator<Map<String, Object>> feeder(String role) {
        List<String> logins = comptes(role);
        return Stream.iterate(0, i -> i + 1).map(i -> Map.<String, Object>of("login", logins.get(i % logins.size())))
                .iterator();
    }

    // ------------------------------------------------------------------------------------------------ checks

    static final String[] PAGES_D_ERREUR = { "Accès refusé", "Erreur inattendue", "Session expirée", "Page non trouvée" };

    /** A full page: 200, not an error page, not the login page. */
    static CheckBuilder[] page() {
        List<CheckBuilder> checks = new ArrayList<>();
        checks.add(status().is(200));
        for (String erreur : PAGES_D_ERREUR) {
            checks.add(substring(erreur).notExists());
        }
        checks.add(substring("id=\"login-form\"").notExists());
        checks.add(css("input[name='jakarta.faces.ViewState']", "value").optional().saveAs("viewState"));
        // PrimeFaces' CSP: every postback of the page carries the nonce it was rendered with.
        checks.add(regex("csp\\.init\\('([^']+)'\\)").optional().saveAs("nonce"));
        return checks.toArray(CheckBuilder[]::new);
    }

    /** A PrimeFaces partial response: 200, no error, no redirect (session lost or error page). */
    static CheckBuilder[] partiel() {
        return new CheckBuilder[] { status().is(200), substring("<partial-response").exists(),
            substring("<error>").notExists(), substring("<redirect").notExists(),
            // Should an update bring a new CSP nonce, the next postbacks use it.
            regex("csp\\.init\\('([^']+)'\\)").optional().saveAs("nonce") };
    }

    static HttpRequestActionBuilder get(String nom, String chemin) {
        return http(nom).get(chemin).check(page());
    }

    /** A PrimeFaces ajax request, as the browser sends it. */
    static HttpRequestActionBuilder ajax(String nom, String chemin, String source, String execute, String render,
                                         String evenement) {
        HttpRequestActionBuilder r = http(nom).post(chemin)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute)
                .formParam("jakarta.faces.partial.render", render)
                .formParam("jakarta.faces.ViewState", "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}");
        if (evenement != null) {
            r = r.formParam("jakarta.faces.behavior.event", evenement).formParam("jakarta.faces.partial.event", evenement);
        } else {
            r = r.formParam(source, source);
        }
        return r;
    }

    static List<String> options(String html) {
        List<String> values = new ArrayList<>();
        if (html == null) {
            return values;
        }
        Matcher m = OPTION.matcher(html);
        while (m.find()) {
            if (!m.group(1).isBlank()) {
                values.add(m.group(1));
            }
        }
        return values;
    }

    static String auHasard(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    static ChainBuilder pause13() {
        return pause(Duration.ofMillis(1000), Duration.ofMillis(3000));
    }

    // ------------------------------------------------------------------------------------------------ login

    static final ChainBuilder CONNEXION = exec(
            http("connexion (page)").get("/login.xhtml")
                    .check(status().is(200), css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
            .exitHereIfFailed()
            .pause(Duration.ofMillis(500))
            .exec(http("connexion (envoi)").post("/login.xhtml")
                    .formParam("login-form", "login-form")
                    .formParam("login-form:identifiant", "#{login}")
                    .formParam("login-form:motDePasse", MOT_DE_PASSE)
                    .formParam("login-form:connexion", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().is(200), substring("id=\"login-form\"").notExists(),
                            substring("Erreur inattendue").notExists(), substring("Accès refusé").notExists()));

    // ------------------------------------------------------------------------------------------------ collège

    static final String[] NOMS = { "Martin", "Durand", "Diallo", "Nguyen", "Rossi", "Haddad", "Lefèvre", "Moreau",
        "Traoré", "Benali", "Garcia", "Fontaine", "Camara", "Girard", "Lambert", "Roux" };
    static final String[] PRENOMS = { "Inès", "Moussa", "Léa", "Hugo", "Yasmine", "Lucas", "Emma", "Adam", "Jade",
        "Louis", "Chloé", "Rayan", "Manon", "Ibrahim", "Lina", "Théo" };

    static final ChainBuilder COLLEGE = exec(get("college - tableau de bord", "/college/index.xhtml"))
            .exec(pause13())
            // The catalogue, searched by domaine and département.
            .exec(get("catalogue", "/catalogue/index.xhtml")
                    .check(regex("name=\"filtres:domaine\"[\\s\\S]*?</select>").saveAs("selectDomaineCatalogue"))
                    .check(regex("name=\"filtres:departement\"[\\s\\S]*?</select>").optional().saveAs("selectDepartement")))
            .exec(session -> session.set("domaineCatalogue", auHasard(options(session.getString("selectDomaineCatalogue"))))
                    .set("departement", session.contains("selectDepartement") && !options(session.getString("selectDepartement")).isEmpty()
                            ? auHasard(options(session.getString("selectDepartement"))) : ""))
            .exec(pause13())
            .exec(ajax("catalogue - recherche (ajax)", "/catalogue/index.xhtml", "filtres:rechercher", "filtres",
                    "filtres resultats", null)
                    .formParam("filtres", "filtres")
                    .formParam("filtres:texte", "")
                    .formParam("filtres:domaine", "#{domaineCatalogue}")
                    .formParam("filtres:departement", "#{departement}")
                    .check(partiel()))
            .exec(pause13())
            .exec(get("college - inscriptions", "/college/inscriptions.xhtml"))
            .exec(pause13())
            // A new pupil…
            .exec(get("college - eleve (formulaire)", "/college/eleve.xhtml")
                    .check(regex("name=\"eleve:dispositif\"[\\s\\S]*?</select>").saveAs("selectDispositif")))
            .exec(session -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                return session.set("nom", NOMS[r.nextInt(NOMS.length)] + "-" + NOMS[r.nextInt(NOMS.length)])
                        .set("prenom", PRENOMS[r.nextInt(PRENOMS.length)])
                        .set("naissance", String.format("%02d/%02d/%d", 1 + r.nextInt(28), 1 + r.nextInt(12), 2011 + r.nextInt(2)));
            })
            .exec(pause13())
            .exec(http("college - eleve (enregistrer)").post("/college/eleve.xhtml")
                    .formParam("eleve", "eleve")
                    .formParam("eleve:nom", "#{nom}")
                    .formParam("eleve:prenom", "#{prenom}")
                    .formParam("eleve:dateNaissance", "#{naissance}")
                    .formParam("eleve:classe", "3e B")
                    .formParam("eleve:dispositif", "TROISIEME")
                    .formParam("eleve:ine", "")
                    .formParam("eleve:enregistrer", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .formParam("primefaces.nonce", "#{nonce}")
                    .check(page())
                    .check(currentLocationRegex("[?&]id=(\\d+)").optional().saveAs("eleveId")))
            .doIf(session -> session.contains("eleveId")).then(
                    // … registered in a domaine at a lycée with two vœux: the page's two ajax requests, then the form.
                    exec(http("college - inscrire (page)").get("/college/inscrire.xhtml?eleve=#{eleveId}")
                            .check(page())
                            .check(regex("name=\"inscrire:domaine\"[\\s\\S]*?</select>").saveAs("selectDomaine"))
                            .check(regex("name=\"inscrire:referent\"[\\s\\S]*?</select>").saveAs("selectReferent")))
                    .exec(session -> session.set("domaine", auHasard(options(session.getString("selectDomaine"))))
                            .set("referent", auHasard(options(session.getString("selectReferent")))))
                    .exec(pause13())
                    .exec(ajax("college - inscrire (domaine, ajax)", "/college/inscrire.xhtml", "inscrire:domaine",
                            "inscrire:domaine", "inscrire:choix-lycee inscrire:choix-formations", "change")
                            .formParam("inscrire", "inscrire")
                            .formParam("inscrire:domaine", "#{domaine}")
                            .check(partiel())
                            .check(regex("name=\"inscrire:lycee\"[\\s\\S]*?</select>").optional().saveAs("selectLycee")))
                    .doIf(session -> !options(session.getString("selectLycee")).isEmpty()).then(
                            exec(session -> session.set("lycee", auHasard(options(session.getString("selectLycee")))))
                            .exec(pause13())
                            .exec(ajax("college - inscrire (lycee, ajax)", "/college/inscrire.xhtml", "inscrire:lycee",
                                    "inscrire:lycee", "inscrire:choix-formations", "change")
                                    .formParam("inscrire", "inscrire")
                                    .formParam("inscrire:domaine", "#{domaine}")
                                    .formParam("inscrire:lycee", "#{lycee}")
                                    .check(partiel())
                                    .check(regex("<input[^>]*name=\"inscrire:formations\"[^>]*>").findAll().optional()
                                            .saveAs("casesFormations")))
                            .exec(session -> {
                                List<String> formations = new ArrayList<>();
                                List<String> cases = session.contains("casesFormations")
                                        ? session.getList("casesFormations") : List.of();
                                for (String input : cases) {
                                    Matcher m = VALUE.matcher(input);
                                    if (m.find()) {
                                        formations.add(m.group(1));
                                    }
                                }
                                Collections.shuffle(formations);
                                return session.set("voeux", formations.subList(0, Math.min(2, formations.size())));
                            })
                            .doIf(session -> !session.getList("voeux").isEmpty()).then(
                                    exec(pause13())
                                    .exec(http("college - inscrire (valider)").post("/college/inscrire.xhtml")
                                            .formParam("inscrire", "inscrire")
                                            .formParam("inscrire:eleve", "#{eleveId}")
                                            .formParam("inscrire:domaine", "#{domaine}")
                                            .formParam("inscrire:lycee", "#{lycee}")
                                            .multivaluedFormParam("inscrire:formations", session -> session.<Object>getList("voeux"))
                                            .formParam("inscrire:referent", "#{referent}")
                                            .formParam("inscrire:valider", "")
                                            .formParam("jakarta.faces.ViewState", "#{viewState}")
                                            .formParam("primefaces.nonce", "#{nonce}")
                                            .check(page())
                                            .check(currentLocationRegex("inscription\\.xhtml\\?id=(\\d+)").saveAs("inscriptionId"))
                                            .check(regex("name=\"(avis:voeux:\\d+:avis)\"").optional().saveAs("champAvis")))
                                    // … and the avis d'origine on the first vœu (non-ajax form of the inscription page).
                                    .doIf(session -> session.contains("champAvis")).then(
                                            exec(pause13())
                                            .exec(session -> session.set("champCommentaire",
                                                    session.getString("champAvis").replace(":avis", ":commentaire"))
                                                    .set("boutonAvis", session.getString("champAvis").replace(":avis", ":enregistrer-avis")))
                                            .exec(http("college - avis (enregistrer)").post("/college/inscription.xhtml?id=#{inscriptionId}")
                                                    .formParam("avis", "avis")
                                                    .formParam("#{champAvis}", "FAVORABLE")
                                                    .formParam("#{champCommentaire}", "Projet réfléchi, élève motivé(e).")
                                                    .formParam("#{boutonAvis}", "")
                                                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                                                    .formParam("primefaces.nonce", "#{nonce}")
                                                    .check(page()))))))
            .exec(session -> session.remove("eleveId").remove("champAvis").remove("selectLycee").remove("casesFormations"))
            .exec(pause13())
            .exec(pause13());

    // ------------------------------------------------------------------------------------------------ lycée

    static final Pattern BOUTON_CONVOQUER = Pattern.compile("id=\"(liste:candidats:\\d+:convoquer)\"[^>]*aria-label=\"Convoquer ");

    static final ChainBuilder LYCEE = exec(get("lycee - candidats", "/lycee/candidats.xhtml")
                    .check(regex("name=\"filtres:domaine\"[\\s\\S]*?</select>").optional().saveAs("selectDomaineLycee")))
            .exec(session -> session.set("domaineLycee", session.contains("selectDomaineLycee")
                    && !options(session.getString("selectDomaineLycee")).isEmpty()
                    ? auHasard(options(session.getString("selectDomaineLycee"))) : ""))
            .exec(pause13())
            .exec(ajax("lycee - candidats filtres (ajax)", "/lycee/candidats.xhtml", "filtres:rechercher", "filtres",
                    "filtres liste messages", null)
                    .formParam("filtres", "filtres")
                    .formParam("filtres:texte", "")
                    .formParam("filtres:domaine", "#{domaineLycee}")
                    .formParam("filtres:formation", "")
                    .formParam("filtres:college", "")
                    .formParam("filtres:statut", "INSCRITE")
                    .formParam("filtres:planifie", "")
                    .check(partiel())
                    .check(regex(BOUTON_CONVOQUER.pattern()).findAll().optional().saveAs("boutonsConvoquer")))
            .exec(pause13())
            // Convoke one: the row's button opens the dialog with the possible séances; the dialog's button convokes.
            .doIf(session -> session.contains("boutonsConvoquer")).then(
                    exec(session -> session.set("boutonConvoquer", auHasard(session.getList("boutonsConvoquer"))))
                    .exec(ajax("lycee - convoquer (choix, ajax)", "/lycee/candidats.xhtml", "#{boutonConvoquer}",
                            "#{boutonConvoquer}", "convoquer-form messages", null)
                            .formParam("liste", "liste")
                            .check(partiel())
                            .check(regex("name=\"convoquer-form:seance\"[\\s\\S]*?</select>").optional().saveAs("selectSeance")))
                    .doIf(session -> !options(session.getString("selectSeance")).isEmpty()).then(
                            exec(session -> session.set("seance", options(session.getString("selectSeance")).get(0)))
                            .exec(pause13())
                            .exec(ajax("lycee - convoquer (valider, ajax)", "/lycee/candidats.xhtml", "convoquer-form:valider",
                                    "convoquer-form", "convoquer-form liste messages", null)
                                    .formParam("convoquer-form", "convoquer-form")
                                    .formParam("convoquer-form:seance", "#{seance}")
                                    .check(partiel()))))
            .exec(session -> session.remove("boutonsConvoquer").remove("selectSeance"))
            .exec(pause13())
            // The séances calendar: the page, then the week the schedule asks for.
            .exec(get("lycee - seances", "/lycee/seances.xhtml"))
            .exec(ajax("lycee - seances semaine (ajax)", "/lycee/seances.xhtml", "calendrier-form:calendrier",
                    "calendrier-form:calendrier", "calendrier-form:calendrier", null)
                    .formParam("calendrier-form", "calendrier-form")
                    .formParam("calendrier-form:calendrier_event", "true")
                    .formParam("calendrier-form:calendrier_start", "#{debutSemaine}")
                    .formParam("calendrier-form:calendrier_end", "#{finSemaine}")
                    .check(partiel()))
            .exec(pause13());

    // ------------------------------------------------------------------------------------------------ académie

    static final ChainBuilder ACADEMIE = exec(get("academie - tableau de bord", "/academie/tableau-de-bord.xhtml"))
            .exec(pause13())
            .exec(get("academie - suivi convocations", "/academie/suivi-convocations.xhtml"))
            .exec(pause13());

    // ------------------------------------------------------------------------------------------------ scenarios

    static ScenarioBuilder personnel(String nom, String role, ChainBuilder travail) {
        return scenario(nom)
                .feed(feeder(role))
                .exec(session -> session.set("debutSemaine", "2027-03-15T00:00:00.000Z")
                        .set("finSemaine", "2027-03-22T00:00:00.000Z"))
                .exec(CONNEXION)
                // A user whose login failed stops (one error, not a cascade of login pages).
                .exitHereIfFailed()
                // A failed request ends the round (its view state or nonce would be wrong for the next ones), not the user.
                .during(Duration.ofSeconds(DUREE)).on(exitBlockOnFail().on(travail));
    }

    /** The baseline: a bare Faces page, no session, requested in the same run. */
    static final ScenarioBuilder TEMOIN = scenario("page nue")
            .during(Duration.ofSeconds(DUREE + MONTEE)).on(
                    exec(http("page nue (temoin)").get("/public/temoin.xhtml")
                            .check(status().is(200), substring("id=\"temoin\"").exists()))
                    .pause(Duration.ofMillis(500), Duration.ofMillis(1500)));

    static final HttpProtocolBuilder HTTP = http.baseUrl(URL)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("fr-FR,fr;q=0.9")
            .userAgentHeader("Passpro-charge (Gatling)")
            .disableCaching();

    {
        int colleges = Math.max(1, UTILISATEURS * 55 / 100);
        int lycees = Math.max(1, UTILISATEURS * 35 / 100);
        int academies = Math.max(1, UTILISATEURS - colleges - lycees);
        int temoins = Math.max(2, UTILISATEURS / 20);
        System.out.printf("Passpro charge : %d utilisateurs (%d collèges, %d lycées, %d académie) + %d sur la page nue, "
                + "montée %d s, %d s de travail chacun, %s (base %s)%n", UTILISATEURS, colleges, lycees, academies, temoins,
                MONTEE, DUREE, URL, BASE);
        setUp(
                personnel("college", "ORIGINE", COLLEGE).injectOpen(rampUsers(colleges).during(MONTEE)),
                personnel("lycee", "ACCUEIL", LYCEE).injectOpen(rampUsers(lycees).during(MONTEE)),
                personnel("academie", "ADMIN", ACADEMIE).injectOpen(rampUsers(academies).during(MONTEE)),
                TEMOIN.injectOpen(rampUsers(temoins).during(MONTEE)))
                .protocols(HTTP)
                // Users stop starting requests after their DUREE s of work (the loop exits as soon as it is over);
                // the margin lets the requests in flight end on their own (Gatling gives up on one after 60 s) instead
                // of being cut, and counted as errors, when the simulation stops.
                .maxDuration(Duration.ofSeconds(DUREE + MONTEE + 300L));
    }
}
