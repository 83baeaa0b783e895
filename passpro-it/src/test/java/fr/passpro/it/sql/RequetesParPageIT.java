package fr.passpro.it.sql;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passpro.application.security.PasswordHasher;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.CodeFormation;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Deroulement;
import fr.passpro.domain.planning.Seance;
import fr.passpro.infrastructure.mail.EnvoiCourriers;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import fr.passpro.infrastructure.persistence.EleveRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.PlanningRepository;
import fr.passpro.infrastructure.persistence.ReferentRepository;
import fr.passpro.it.Deployments;
import fr.passpro.it.support.Connexion;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The number of SQL statements of one warm request of each key page (issue 14), counted on EclipseLink's session
 * events ({@link CompteurSql}) while a real HTTP client, logged in through the login form, asks for the page. The
 * pages are asked twice: with a collège and a lycée of the test holding a few pupils, then after they hold five times
 * as many (more pupils, inscriptions, vœux, séances, convocations, formations). The count must not grow with the
 * rows, and stays within a bound that catches a regression (issue 14's target of 20 is not reached yet, see
 * {@link #MAX_INSTRUCTIONS}). The session each role's client holds after visiting its pages
 * is weighed too (its attributes serialized), against the target of 50 KB.
 */
@ExtendWith(ArquillianExtension.class)
class RequetesParPageIT {

    private static final Logger logger = Logger.getLogger(RequetesParPageIT.class.getName());

    /**
     * The statements of a key page request, at most. Issue 14's target is 20; since reference data (académie,
     * départements, campagne, the caller's établissement) is no longer kept in EclipseLink's shared cache (it made
     * requests wait for ever under concurrent load, see ReglagesDeLecture), each service call's persistence context
     * reads it again, and the heaviest page (the lycée's candidates) issues 35 on the test data. The bound catches a
     * regression; reaching 20 needs a reference-data cache that holds under load.
     */
    static final int MAX_INSTRUCTIONS = 36;

    /** Issue 14: the serialized session of a logged-in person. */
    static final int MAX_SESSION_OCTETS = 50 * 1024;

    static final int PETIT = 3;
    static final int GRAND = 15;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withConfig(Deployments.passproWithTests(RequetesParPageIT.class, RequetesParPageIT.Jeu.class,
                        RequetesParPageIT.Client.class, CompteurSql.class, Sessions.class),
                EnvoiCourriers.AUTOMATIQUE + "=false\n");
    }

    @Inject
    CampagneRepository campagnes;

    @Inject
    AcademieRepository academies;

    @Inject
    EtablissementRepository etablissements;

    @Inject
    CatalogueImportRepository catalogue;

    @Inject
    AccountRepository accounts;

    @Inject
    EleveRepository eleves;

    @Inject
    ReferentRepository referents;

    @Inject
    InscriptionRepository inscriptions;

    @Inject
    PlanningRepository planning;

    @Inject
    PasswordHasher hasher;

    @Resource
    UserTransaction transaction;

    /** The test's own collège and lycée, with their accounts, formations and pupils. */
    static final class Jeu {
        Campagne campagne;
        Domaine domaine;
        Etablissement college;
        Etablissement lycee;
        Account chef;
        Account lp;
        Referent referent;
        final List<Formation> formations = new ArrayList<>();
        int eleves;
        int seances;
    }

    @Test
    void theStatementsOfEachKeyPageDoNotGrowWithTheRows() throws Exception {
        CompteurSql.installer();
        Jeu jeu = creer();
        agrandir(jeu, PETIT);
        Mesures petit = mesurer(jeu);
        agrandir(jeu, GRAND);
        Mesures grand = mesurer(jeu);

        StringBuilder tableau = new StringBuilder("\n| page | " + PETIT + " élèves | " + GRAND
                + " élèves | hors données de référence |\n| --- | --- | --- | --- |\n");
        petit.total().forEach((page, n) -> tableau.append("| ").append(page).append(" | ").append(n).append(" | ")
                .append(grand.total().get(page)).append(" | ").append(petit.horsReference().get(page)).append(" → ")
                .append(grand.horsReference().get(page)).append(" |\n"));
        logger.log(Level.INFO, "Instructions SQL par page :{0}", tableau);

        List<String> defauts = new ArrayList<>();
        petit.total().forEach((page, n) -> {
            if (grand.total().get(page) > n) {
                defauts.add(page + " : " + n + " → " + grand.total().get(page) + " instructions (croît avec les données)");
            }
        });
        grand.total().forEach((page, n) -> {
            if (n > MAX_INSTRUCTIONS) {
                defauts.add(page + " : " + n + " instructions (> " + MAX_INSTRUCTIONS + ")");
            }
        });
        assertThat(defauts).as(tableau.toString()).isEmpty();
    }

    @Test
    void theSessionOfEachRoleStaysLight() throws Exception {
        Jeu jeu = creer();
        agrandir(jeu, GRAND);
        Map<String, Integer> tailles = new LinkedHashMap<>();
        tailles.put("collège", session(jeu.chef.getLogin(), PAGES_COLLEGE));
        tailles.put("lycée", session(jeu.lp.getLogin(), PAGES_LYCEE));
        tailles.put("académie", session("admin.creteil", PAGES_ACADEMIE));
        logger.log(Level.INFO, "Taille de session par profil (octets) : {0} ; non sérialisables : {1}",
                new Object[] { tailles, Sessions.nonSerialisables });
        assertThat(tailles).allSatisfy((role, octets) -> assertThat(octets).as(role + " : " + tailles)
                .isLessThan(MAX_SESSION_OCTETS));
    }

    // ---- pages

    static final Map<String, String> PAGES_COLLEGE = pages(
            "collège : tableau de bord", "/college/index.xhtml",
            "collège : inscriptions", "/college/inscriptions.xhtml",
            "collège : élèves", "/college/eleves.xhtml",
            "collège : convocations", "/college/convocations.xhtml",
            "catalogue : recherche", "/catalogue/index.xhtml");

    static final Map<String, String> PAGES_LYCEE = pages(
            "lycée : accueil", "/lycee/index.xhtml",
            "lycée : candidats", "/lycee/candidats.xhtml",
            "lycée : séances", "/lycee/seances.xhtml");

    static final Map<String, String> PAGES_ACADEMIE = pages(
            "académie : tableau de bord", "/academie/tableau-de-bord.xhtml",
            "académie : suivi des convocations", "/academie/suivi-convocations.xhtml",
            "académie : établissements", "/academie/etablissements.xhtml",
            "académie : comptes", "/academie/comptes.xhtml",
            "académie : journal", "/academie/journal.xhtml");

    private static Map<String, String> pages(String... nomsEtChemins) {
        Map<String, String> pages = new LinkedHashMap<>();
        for (int i = 0; i < nomsEtChemins.length; i += 2) {
            pages.put(nomsEtChemins[i], nomsEtChemins[i + 1]);
        }
        return pages;
    }

    /** The statements of the third request of each page (the first two warm the caches and compile the views). */
    private Mesures mesurer(Jeu jeu) throws Exception {
        Mesures mesures = new Mesures(new LinkedHashMap<>(), new LinkedHashMap<>());
        mesurer(new Client(jeu.chef.getLogin()), PAGES_COLLEGE, mesures.total(), mesures.horsReference());
        mesurer(new Client(jeu.lp.getLogin()), PAGES_LYCEE, mesures.total(), mesures.horsReference());
        mesurer(new Client("admin.creteil"), PAGES_ACADEMIE, mesures.total(), mesures.horsReference());
        return mesures;
    }

    /**
     * The statements of each page, all of them and those that do not read reference data. Reference data (campagne,
     * académie, département, domaine, établissement by id) comes from a cache whose entries expire after a few
     * seconds (ReglagesDeLecture): whether a request finds an entry expired depends on the time, not on the rows, so
     * those reads count towards the maximum but are left out of the growth comparison.
     */
    record Mesures(Map<String, Integer> total, Map<String, Integer> horsReference) {
    }

    /** A statement that reads a cached reference table (the caller's établissement, the current campagne…). */
    static final Pattern REFERENCE = Pattern.compile(
            "^SELECT [^(]*? FROM (campagne|academie|departement|domaine|etablissement) WHERE \\((id|code|academie_code) (=|IN)");

    private void mesurer(Client client, Map<String, String> pages, Map<String, Integer> mesures,
                         Map<String, Integer> horsReference) throws Exception {
        for (Map.Entry<String, String> page : pages.entrySet()) {
            client.page(page.getValue());
            client.page(page.getValue());
            CompteurSql.remettreAZero();
            client.page(page.getValue());
            List<String> instructions = CompteurSql.instructions();
            mesures.put(page.getKey(), instructions.size());
            horsReference.put(page.getKey(), (int) instructions.stream().filter(i -> !REFERENCE.matcher(i).find()).count());
            logger.log(Level.INFO, "{0} ({1}) : {2} instructions\n{3}", new Object[] { page.getKey(), page.getValue(),
                    instructions.size(), String.join("\n", instructions) });
        }
    }

    /** The serialized size of the session of a person who logged in and visited these pages. */
    private int session(String login, Map<String, String> pages) throws Exception {
        Client client = new Client(login);
        for (String chemin : pages.values()) {
            client.page(chemin);
        }
        Map<String, Integer> attributs = Sessions.tailles(client.session());
        logger.log(Level.INFO, "Session de {0} : {1}\nbeans de vue : {2}", new Object[] { login, attributs,
                Sessions.beansDeVue(client.session()) });
        return attributs.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A browser without scripts: logs in through the login form, then asks for pages, keeping its cookies. */
    static final class Client {

        private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

        private final String base;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;

        Client(String login) throws IOException, InterruptedException {
            HttpServletRequest request = CDI.current().select(HttpServletRequest.class).get();
            base = "http://localhost:" + request.getLocalPort() + request.getContextPath();
            http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> formulaire = get("/login.xhtml");
            Matcher viewState = VIEW_STATE.matcher(formulaire.body());
            assertThat(viewState.find()).as("état de la vue du formulaire de connexion").isTrue();
            String corps = "login-form=login-form&login-form%3Aidentifiant=" + encode(login)
                    + "&login-form%3AmotDePasse=" + encode(Connexion.MOT_DE_PASSE_DEMO) + "&login-form%3Aconnexion="
                    + "&jakarta.faces.ViewState=" + encode(viewState.group(1));
            HttpResponse<String> connexion = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(corps)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(connexion.statusCode()).as("connexion de " + login + " : " + connexion.body()).isEqualTo(302);
        }

        /** The page, which must be served (not an error, not the login page). */
        HttpResponse<String> page(String chemin) throws IOException, InterruptedException {
            HttpResponse<String> reponse = get(chemin);
            assertThat(reponse.statusCode()).as(chemin).isEqualTo(200);
            assertThat(reponse.body()).as(chemin).doesNotContain("id=\"login-form\"");
            return reponse;
        }

        private HttpResponse<String> get(String chemin) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + chemin)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String session() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();
        }

        private static String encode(String valeur) {
            return URLEncoder.encode(valeur, StandardCharsets.UTF_8);
        }
    }

    // ---- data

    private Jeu creer() throws Exception {
        transaction.begin();
        try {
            Jeu jeu = new Jeu();
            jeu.campagne = campagnes.getCourante("24");
            jeu.domaine = catalogue.saveDomaine(Domaine.nomme("Domaine des requêtes " + unique()));
            jeu.lycee = etablissement("094", Nature.LYCEE_PROFESSIONNEL, "Lycée des requêtes");
            jeu.college = etablissement("093", Nature.COLLEGE, "Collège des requêtes");
            jeu.chef = compte(Role.ORIGINE, true, jeu.college);
            jeu.lp = compte(Role.ACCUEIL, false, jeu.lycee);
            jeu.referent = referents.save(Referent.designer(jeu.college, "Referent", "Test", "ref." + unique() + "@ac-creteil.fr"));
            transaction.commit();
            return jeu;
        } catch (Exception | AssertionError e) {
            transaction.rollback();
            throw e;
        }
    }

    /**
     * Grows the test's collège and lycée to this many pupils, each registered with two vœux, every other one
     * convoked to an individual séance of its own, one more formation every two pupils.
     */
    private void agrandir(Jeu jeu, int eleves) throws Exception {
        transaction.begin();
        try {
            Instant avant = jeu.campagne.finInscriptions().minus(Duration.ofDays(10));
            LocalDate jour = jourOuvre(jeu.campagne.getDateClotureInscriptions().plusDays(14));
            while (jeu.formations.size() < 2 + eleves / 2) {
                String cfd = "500" + (10000 + ThreadLocalRandom.current().nextInt(90000));
                jeu.formations.add(catalogue.saveFormation(new Formation(jeu.campagne, CodeFormation.of(cfd),
                        "CAP des requêtes " + cfd, Diplome.CAP, null, jeu.domaine, jeu.lycee, null,
                        ModaliteEntretien.INDIVIDUEL, null)));
            }
            for (; jeu.eleves < eleves; jeu.eleves++) {
                int n = jeu.eleves;
                Eleve eleve = this.eleves.save(Eleve.nouveau(jeu.college, jeu.campagne, "Requete" + unique(), "Test",
                        jeu.campagne.getDateOuverture().minusYears(14).withDayOfYear(100), "3e A", Dispositif.TROISIEME,
                        null, avant));
                Formation f1 = jeu.formations.get(n % jeu.formations.size());
                Formation f2 = jeu.formations.get((n + 1) % jeu.formations.size());
                Inscription inscription = inscriptions.ajouter(Inscription.inscrire(eleve, jeu.domaine, jeu.lycee,
                        jeu.referent, List.of(f1, f2), jeu.chef, avant));
                if (n % 2 == 0) {
                    LocalDateTime debut = jour.atTime(8, 0).plusMinutes(20L * jeu.seances++);
                    Seance seance = Seance.creer(jeu.campagne, jeu.lycee, jeu.domaine, List.of(),
                            ModaliteEntretien.INDIVIDUEL, Deroulement.PRESENTIEL, debut, debut.plusMinutes(20),
                            "Salle " + n, null, 1, null, jeu.lp, Instant.now());
                    planning.ajouter(seance);
                    planning.ajouter(Convocation.convoquer(inscription, seance, "passpro.ac-creteil.fr", jeu.lp, Instant.now()));
                }
            }
            transaction.commit();
        } catch (Exception | AssertionError e) {
            transaction.rollback();
            throw e;
        }
    }

    private Etablissement etablissement(String departement, Nature nature, String nom) {
        Uai uai;
        do {
            uai = Uai.withCheckLetter(departement + (1000 + ThreadLocalRandom.current().nextInt(9000)));
        } while (etablissements.findByUai(uai).isPresent());
        return etablissements.save(new Etablissement(uai, nom + " " + uai, nature, Secteur.PUBLIC, "Commune",
                academies.getDepartement(departement), "ce." + uai.toString().toLowerCase() + "@ac-creteil.fr"));
    }

    private Account compte(Role role, boolean chef, Etablissement etablissement) {
        Account compte = Account.pourEtablissement("sql." + unique(), "Test", "Compte", unique() + "@ac-creteil.fr",
                role, chef, etablissement);
        compte.changerMotDePasse(hasher.hash(Connexion.MOT_DE_PASSE_DEMO.toCharArray()));
        return accounts.save(compte);
    }

    private static LocalDate jourOuvre(LocalDate jour) {
        return switch (jour.getDayOfWeek()) {
            case SATURDAY -> jour.plusDays(2);
            case SUNDAY -> jour.plusDays(1);
            default -> jour;
        };
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
