package fr.passpro.charge;

import java.security.spec.KeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.flywaydb.core.Flyway;

/**
 * Generates a realistic campagne of the three académies of Île-de-France (Paris, Créteil, Versailles) into a database
 * of one's choice (issue 14): établissements with valid UAIs, a catalogue across the domaines, pupils, inscriptions,
 * vœux with avis, séances and convocations, interviews with comptes rendus, one account per établissement. The same
 * seed gives the same rows. Rows are written by multi-row INSERT statements in one transaction: a refusal or a failure
 * leaves the database as it was.
 *
 * <p>Refuses a database whose name does not say it is a test or Île-de-France one (unless forced), a database that
 * already holds a campagne of the same school year in one of the three académies, and proportions that cannot be met.
 */
public final class GenerateurIdf {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The password of every generated account, the demo's (README). */
    static final String MOT_DE_PASSE = "Passpro2027!";

    private static final int VOEUX_MAX_PAR_INSCRIPTION = 3;
    private static final int CRENEAUX_PAR_SALLE = 18;
    private static final int PLACES_COLLECTIF = 12;
    private static final DateTimeFormatter SQL_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    // ------------------------------------------------------------------------------------------------ parameters

    private String base = "passpro_idf";
    private String hote = env("PASSPRO_DB_HOST", "127.0.0.1");
    private String port = env("PASSPRO_DB_PORT", "3306");
    private String utilisateur = env("PASSPRO_DB_USER", "passpro");
    private String motDePasseBase = env("PASSPRO_DB_PASSWORD", "passpro");
    private long graine = 42;
    private int premiereAnnee = premiereAnneeCourante();
    private boolean force;
    private int colleges = 1000;
    private int lycees = 300;
    private int formations = 2000;
    private int eleves = 60_000;
    private int voeux = 150_000;

    private SplittableRandom alea;

    public static void main(String[] args) {
        GenerateurIdf generateur = new GenerateurIdf();
        try {
            generateur.lireArguments(args);
            generateur.executer();
        } catch (Refus refus) {
            LOGGER.severe("[donnees-idf] " + refus.getMessage());
            System.exit(refus.code);
        } catch (Exception e) {
            LOGGER.log(Level.SEVERE, "[donnees-idf] Échec : " + e, e);
            System.exit(1);
        }
    }

    /**
     * What the command says, through java.util.logging: progress on the standard output, refusals and failures (with
     * their stack) on the error output, each as its bare message, as a terminal command prints them.
     */
    private static final Logger LOGGER = console();

    private static Logger console() {
        Logger logger = Logger.getLogger(GenerateurIdf.class.getName());
        logger.setUseParentHandlers(false);
        Formatter messageSeul = new Formatter() {
            @Override
            public String format(LogRecord record) {
                StringBuilder texte = new StringBuilder(formatMessage(record)).append(System.lineSeparator());
                if (record.getThrown() != null) {
                    java.io.StringWriter pile = new java.io.StringWriter();
                    record.getThrown().printStackTrace(new java.io.PrintWriter(pile));
                    texte.append(pile);
                }
                return texte.toString();
            }
        };
        StreamHandler sortie = new StreamHandler(System.out, messageSeul) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        sortie.setFilter(r -> r.getLevel().intValue() < Level.WARNING.intValue());
        StreamHandler erreurs = new StreamHandler(System.err, messageSeul) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        erreurs.setLevel(Level.WARNING);
        logger.addHandler(sortie);
        logger.addHandler(erreurs);
        return logger;
    }

    /** A line of progress, formatted in French (thousands, decimal comma). */
    private static void dire(String format, Object... arguments) {
        LOGGER.info(String.format(Locale.FRANCE, format, arguments).stripTrailing());
    }

    /** A refusal with its French reason; nothing was written. */
    static final class Refus extends Exception {
        private static final long serialVersionUID = 1L;
        final int code;

        Refus(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    private static String env(String name, String defaut) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaut : value;
    }

    /** The campagne of the current school year: the demo clock of ./passpro run starts on 10 March of its second year. */
    private static int premiereAnneeCourante() {
        LocalDate today = LocalDate.now(PARIS);
        return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    }

    void lireArguments(String[] args) throws Refus {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--base" -> base = valeur(args, ++i, arg);
                case "--graine" -> graine = entier(args, ++i, arg);
                case "--annee" -> premiereAnnee = (int) entier(args, ++i, arg);
                case "--colleges" -> colleges = (int) entier(args, ++i, arg);
                case "--lycees" -> lycees = (int) entier(args, ++i, arg);
                case "--formations" -> formations = (int) entier(args, ++i, arg);
                case "--eleves" -> eleves = (int) entier(args, ++i, arg);
                case "--voeux" -> voeux = (int) entier(args, ++i, arg);
                case "--force" -> force = true;
                default -> throw new Refus(2, "Option inconnue : « " + arg + " ». Options : --base NOM, --graine N, "
                        + "--annee AAAA (première année de la campagne), --colleges N, --lycees N, --formations N, "
                        + "--eleves N, --voeux N, --force.");
            }
        }
    }

    private static String valeur(String[] args, int i, String option) throws Refus {
        if (i >= args.length || args[i].isBlank()) {
            throw new Refus(2, "L'option " + option + " attend une valeur.");
        }
        return args[i];
    }

    private static long entier(String[] args, int i, String option) throws Refus {
        String v = valeur(args, i, option);
        try {
            long n = Long.parseLong(v.replace("_", ""));
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Refus(2, "L'option " + option + " attend un nombre positif : « " + v + " » ne convient pas.");
        }
    }

    // ------------------------------------------------------------------------------------------------ run

    void executer() throws Exception {
        verifierNomDeBase();
        verifierProportionsDeBase();
        long debut = System.nanoTime();
        alea = new SplittableRandom(graine);
        String url = "jdbc:mariadb://" + hote + ":" + port + "/" + base + "?sslMode=disable";
        try (Connection c = DriverManager.getConnection(url, utilisateur, motDePasseBase)) {
            refuserCampagneExistante(c);
            Flyway.configure(GenerateurIdf.class.getClassLoader())
                    .dataSource(url, utilisateur, motDePasseBase)
                    .locations("classpath:db/migration")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            // The schema may have been created just now: check again, inside the transaction that writes.
            c.setAutoCommit(false);
            refuserCampagneExistante(c);
            Donnees d = construire(c);
            dire("[donnees-idf] Données construites en %.1f s (graine %d), écriture…%n",
                    (System.nanoTime() - debut) / 1e9, graine);
            ecrire(c, d);
            c.commit();
            dire("[donnees-idf] Base %s chargée en %.1f s.%n", base,
                    (System.nanoTime() - debut) / 1e9);
            resume(c, d);
        }
    }

    void verifierNomDeBase() throws Refus {
        if (!base.matches("[A-Za-z0-9_]+")) {
            throw new Refus(2, "Nom de base invalide : « " + base + " » (lettres, chiffres et _ seulement).");
        }
        String b = base.toLowerCase(Locale.ROOT);
        boolean essai = b.contains("idf") || b.contains("test") || b.contains("charge") || b.contains("bench");
        if (!essai && !force) {
            throw new Refus(3, "Refusé : la base « " + base + " » ne porte pas un nom de base d'essai (il doit contenir "
                    + "idf, test, charge ou bench, par exemple passpro_idf). Ces données fictives ne doivent jamais "
                    + "aller dans une base de production ; si vous êtes sûr de vous, ajoutez --force.");
        }
    }

    /** What can be checked before reading anything: at least one of each, and no more vœux than inscriptions allow. */
    void verifierProportionsDeBase() throws Refus {
        if (colleges < 8 || lycees < 8 || formations < lycees || eleves < 1 || voeux < 1) {
            throw new Refus(4, "Proportions impossibles : il faut au moins 8 collèges et 8 lycées (un par département), "
                    + "au moins une formation par lycée (" + formations + " formations pour " + lycees + " lycées), "
                    + "et au moins un élève et un vœu.");
        }
        if (voeux < eleves) {
            throw new Refus(4, "Proportions impossibles : " + fr(voeux) + " vœux pour " + fr(eleves) + " élèves, or chaque "
                    + "élève inscrit a au moins un vœu. Demandez au moins autant de vœux que d'élèves.");
        }
        long max = (long) eleves * 2 * VOEUX_MAX_PAR_INSCRIPTION;
        if (voeux > max) {
            throw new Refus(4, "Proportions impossibles : " + fr(voeux) + " vœux pour " + fr(eleves) + " élèves, soit "
                    + "plus de " + 2 * VOEUX_MAX_PAR_INSCRIPTION + " par élève (au plus 2 domaines par élève et "
                    + VOEUX_MAX_PAR_INSCRIPTION + " vœux par inscription). Réduisez --voeux ou augmentez --eleves.");
        }
    }

    private void refuserCampagneExistante(Connection c) throws SQLException, Refus {
        try (ResultSet tables = c.getMetaData().getTables(base, null, "campagne", null)) {
            if (!tables.next()) {
                return;
            }
        }
        String annee = anneeScolaire();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT c.academie_code, a.nom FROM campagne c JOIN academie a ON a.code = "
                     + "c.academie_code WHERE c.annee_scolaire = '" + annee + "' AND c.academie_code IN ('01', '24', "
                     + "'25') ORDER BY c.academie_code")) {
            List<String> deja = new ArrayList<>();
            while (r.next()) {
                deja.add(r.getString(2));
            }
            if (!deja.isEmpty()) {
                throw new Refus(5, "Refusé : la base « " + base + " » contient déjà la campagne " + annee
                        + (deja.size() == 1 ? " de l'académie de " + deja.get(0) : " des académies de " + String.join(", ", deja))
                        + ". Rien n'a été modifié. Choisissez une autre base "
                        + "(--base), une autre année (--annee) ou supprimez d'abord cette base "
                        + "(DROP DATABASE " + base + ").");
            }
        }
    }

    private String anneeScolaire() {
        return premiereAnnee + "-" + (premiereAnnee + 1);
    }

    // ------------------------------------------------------------------------------------------------ reference data

    record Dept(String code, String academie, int part, String[] communes) {
    }

    record Acad(String code, String nom, String domaineMail) {
    }

    static final Acad[] ACADEMIES = {
        new Acad("01", "Paris", "ac-paris.fr"),
        new Acad("24", "Créteil", "ac-creteil.fr"),
        new Acad("25", "Versailles", "ac-versailles.fr"),
    };

    static final Dept[] DEPARTEMENTS = {
        new Dept("075", "01", 12, new String[] { "Paris 11e", "Paris 13e", "Paris 15e", "Paris 18e", "Paris 19e",
            "Paris 20e", "Paris 12e", "Paris 17e", "Paris 14e", "Paris 10e" }),
        new Dept("077", "24", 14, new String[] { "Melun", "Meaux", "Chelles", "Pontault-Combault", "Savigny-le-Temple",
            "Torcy", "Montereau-Fault-Yonne", "Fontainebleau", "Provins", "Lagny-sur-Marne" }),
        new Dept("093", "24", 14, new String[] { "Saint-Denis", "Montreuil", "Aubervilliers", "Aulnay-sous-Bois",
            "Bobigny", "Drancy", "Noisy-le-Grand", "Pantin", "Bondy", "Tremblay-en-France" }),
        new Dept("094", "24", 11, new String[] { "Créteil", "Vitry-sur-Seine", "Champigny-sur-Marne",
            "Saint-Maur-des-Fossés", "Ivry-sur-Seine", "Villejuif", "Maisons-Alfort", "Fontenay-sous-Bois",
            "Choisy-le-Roi", "Vincennes" }),
        new Dept("078", "25", 13, new String[] { "Versailles", "Sartrouville", "Mantes-la-Jolie", "Saint-Germain-en-Laye",
            "Poissy", "Trappes", "Les Mureaux", "Rambouillet", "Plaisir", "Conflans-Sainte-Honorine" }),
        new Dept("091", "25", 12, new String[] { "Évry-Courcouronnes", "Corbeil-Essonnes", "Massy", "Savigny-sur-Orge",
            "Sainte-Geneviève-des-Bois", "Palaiseau", "Étampes", "Athis-Mons", "Grigny", "Draveil" }),
        new Dept("092", "25", 11, new String[] { "Nanterre", "Boulogne-Billancourt", "Colombes", "Asnières-sur-Seine",
            "Courbevoie", "Rueil-Malmaison", "Gennevilliers", "Clichy", "Antony", "Clamart" }),
        new Dept("095", "25", 13, new String[] { "Argenteuil", "Cergy", "Sarcelles", "Garges-lès-Gonesse",
            "Franconville", "Goussainville", "Pontoise", "Bezons", "Villiers-le-Bel", "Gonesse" }),
    };

    static final String[] PERSONNALITES = { "Jean Jaurès", "Victor Hugo", "Louise Michel", "Jules Ferry", "Pablo Picasso",
        "Marie Curie", "Jean Moulin", "Paul Éluard", "Gustave Eiffel", "Simone Veil", "Jacques Prévert", "Albert Camus",
        "Georges Brassens", "Olympe de Gouges", "Aimé Césaire", "Jean Macé", "Condorcet", "Voltaire", "Colette",
        "Lucie Aubrac", "Pierre Mendès France", "Rosa Parks", "Nelson Mandela", "Robert Doisneau", "Jean Vilar",
        "Henri Wallon", "Romain Rolland", "Paul Langevin", "Elsa Triolet", "Gérard Philipe", "Jean Zay", "Joliot-Curie",
        "Léonard de Vinci", "Jean Lurçat", "Flora Tristan", "Gabriel Péri", "Guy Môquet", "Anatole France",
        "Émile Zola", "Molière", "Jean de La Fontaine", "Antoine de Saint-Exupéry", "George Sand", "Alexandre Dumas",
        "Jules Verne", "Claude Monet", "Hector Berlioz", "Louis Pasteur", "Germaine Tillion", "Joséphine Baker",
        "Les Tilleuls", "Les Prunais", "La Cerisaie", "Le Parc", "Les Sablons", "La Fontaine aux Bois" };

    static final String[] NOMS = { "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois",
        "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier",
        "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure", "André",
        "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia",
        "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
        "Diallo", "Traoré", "Nguyen", "Benali", "Haddad", "Rossi", "Da Silva", "Ferreira", "Cissé", "Koné", "Mendy",
        "Benaïssa", "Bouzid", "Kaya", "Yılmaz", "Pereira", "Lopez", "Sanchez", "Fernandes", "Camara", "Sylla",
        "Touré", "Mbappé", "Zidane", "Tran", "Le Gall", "Hamdi", "Chérif", "Ouedraogo", "Baptiste", "Lemoine" };

    static final String[] PRENOMS = { "Inès", "Moussa", "Léa", "Hugo", "Yasmine", "Lucas", "Emma", "Adam", "Jade",
        "Louis", "Chloé", "Gabriel", "Manon", "Rayan", "Camille", "Mohamed", "Sarah", "Nathan", "Lina", "Enzo",
        "Aya", "Théo", "Zoé", "Ibrahim", "Louise", "Mathis", "Anaïs", "Noah", "Maëlys", "Yanis", "Clara", "Amine",
        "Lou", "Mamadou", "Océane", "Kylian", "Nour", "Tom", "Fatoumata", "Sacha", "Éva", "Ilyes", "Juliette",
        "Bilal", "Alice", "Samuel", "Maïssa", "Jules", "Aïcha", "Arthur", "Romane", "Ethan", "Sofia", "Wassim",
        "Mélissa", "Axel", "Kenza", "Dylan", "Assia", "Léo" };

    /** A domaine, its popularity (relative weight) and its formations: CFD, libellé, famille de métiers (2de pro). */
    record Dom(String libelle, int popularite, String[][] formations) {
    }

    static final Dom[] DOMAINES = {
        new Dom("Métiers de la relation client", 20, new String[][] {
            { "40031213", "Métiers de l'accueil", "Métiers de la relation client" },
            { "40031214", "Métiers du commerce et de la vente", "Métiers de la relation client" },
            { "50031213", "Équipier polyvalent du commerce", null },
            { "50031214", "Vendeur-conseil en produits techniques", null } }),
        new Dom("Métiers de la gestion administrative, du transport et de la logistique", 16, new String[][] {
            { "40031101", "Assistance à la gestion des organisations et de leurs activités", "Métiers de la gestion administrative, du transport et de la logistique" },
            { "40031102", "Logistique", "Métiers de la gestion administrative, du transport et de la logistique" },
            { "40031103", "Organisation de transport de marchandises", "Métiers de la gestion administrative, du transport et de la logistique" },
            { "50031101", "Opérateur/opératrice logistique", null } }),
        new Dom("Métiers de la santé et du social", 14, new String[][] {
            { "40033001", "Accompagnement, soins et services à la personne", null },
            { "40033002", "Animation - enfance et personnes âgées", null },
            { "50033001", "Accompagnant éducatif petite enfance", null },
            { "50033002", "Agent accompagnant au grand âge", null } }),
        new Dom("Métiers de l'hôtellerie-restauration", 10, new String[][] {
            { "40022101", "Cuisine", "Métiers de l'hôtellerie-restauration" },
            { "40022102", "Commercialisation et services en restauration", "Métiers de l'hôtellerie-restauration" },
            { "50022101", "Cuisine", null },
            { "50022102", "Commercialisation et services en hôtel-café-restaurant", null } }),
        new Dom("Métiers de l'électricité et de ses environnements connectés", 9, new String[][] {
            { "40025510", "Métiers de l'électricité et de ses environnements connectés", "Métiers des transitions numérique et énergétique" },
            { "40025511", "Systèmes numériques", "Métiers des transitions numérique et énergétique" },
            { "50025510", "Électricien", null } }),
        new Dom("Métiers de l'alimentation", 7, new String[][] {
            { "50022118", "Boulanger", null }, { "50022119", "Pâtissier", null },
            { "50022120", "Boucher", null }, { "40022118", "Boulanger-pâtissier", null } }),
        new Dom("Métiers de l'automobile", 8, new String[][] {
            { "40025201", "Maintenance des véhicules, option voitures particulières", "Métiers de la maintenance des matériels et des véhicules" },
            { "40025202", "Carrosserie", "Métiers de la maintenance des matériels et des véhicules" },
            { "50025201", "Maintenance des véhicules, option voitures particulières", null },
            { "50025202", "Peinture en carrosserie", null } }),
        new Dom("Métiers de la construction durable, du bâtiment et des travaux publics", 6, new String[][] {
            { "40023201", "Technicien du bâtiment : organisation et réalisation du gros œuvre", "Métiers de la construction durable, du bâtiment et des travaux publics" },
            { "40023202", "Travaux publics", "Métiers de la construction durable, du bâtiment et des travaux publics" },
            { "50023201", "Maçon", null }, { "50023202", "Monteur en installations sanitaires", null } }),
        new Dom("Métiers de la beauté et du bien-être", 6, new String[][] {
            { "50033601", "Esthétique, cosmétique, parfumerie", null },
            { "50033602", "Métiers de la coiffure", null },
            { "40033601", "Esthétique, cosmétique, parfumerie", null } }),
        new Dom("Métiers de la sécurité", 5, new String[][] {
            { "40034401", "Métiers de la sécurité", null }, { "50034401", "Agent de sécurité", null } }),
        new Dom("Métiers des industries graphiques et de la communication", 3, new String[][] {
            { "40032201", "Réalisation de produits imprimés et plurimédia", "Métiers des industries graphiques et de la communication" },
            { "50032201", "Signalétique et décors graphiques", null } }),
        new Dom("Métiers de la mode et du vêtement", 3, new String[][] {
            { "40024201", "Métiers de la couture et de la confection", null },
            { "50024201", "Métiers de la mode - vêtement flou", null } }),
        new Dom("Métiers du bois", 2, new String[][] {
            { "40023401", "Technicien menuisier agenceur", null }, { "50023401", "Menuisier fabricant", null },
            { "50023402", "Ébéniste", null } }),
        new Dom("Métiers de la réalisation d'ensembles mécaniques et industriels", 3, new String[][] {
            { "40025001", "Technicien en réalisation de produits mécaniques", "Métiers de la réalisation d'ensembles mécaniques et industriels" },
            { "40025002", "Microtechniques", "Métiers de la réalisation d'ensembles mécaniques et industriels" },
            { "50025001", "Conducteur d'installations de production", null } }),
        new Dom("Métiers des études et de la modélisation numérique du bâtiment", 2, new String[][] {
            { "40023001", "Technicien d'études du bâtiment", "Métiers des études et de la modélisation numérique du bâtiment" },
            { "40023002", "Technicien géomètre-topographe", "Métiers des études et de la modélisation numérique du bâtiment" } }),
        new Dom("Métiers de l'aéronautique", 1, new String[][] {
            { "40025301", "Aéronautique", "Métiers de l'aéronautique" },
            { "50025301", "Aéronautique", null } }),
    };

    static final String[] COMMENTAIRES_ORIGINE = {
        "Élève motivé(e), projet réfléchi avec sa famille.", "Projet en cours de construction, à confirmer en entretien.",
        "Bonne implication dans les stages d'observation.", "Assiduité à améliorer, mais réel intérêt pour le métier.",
        "Élève sérieux(se) et volontaire.", "Projet cohérent avec le stage de 3e.", "Intérêt manifeste, besoin d'être rassuré(e).",
        "Résultats fragiles, motivation forte pour la voie professionnelle." };

    static final String[] COMPTES_RENDUS = {
        "Entretien riche : l'élève connaît bien le métier et a visité l'atelier avec intérêt.",
        "Élève attentif(ve), a posé des questions pertinentes sur les stages en entreprise.",
        "Projet encore flou ; nous avons présenté les deux formations du domaine et conseillé une immersion.",
        "Motivation réelle ; attention aux exigences physiques du métier, évoquées avec la famille.",
        "Très bon entretien, projet mûri depuis la 4e, expérience de stage réussie.",
        "L'élève hésite avec une autre filière ; il/elle confirmera après les portes ouvertes." };

    // ------------------------------------------------------------------------------------------------ model

    static final class Etab {
        long id;
        String uai;
        String nom;
        String nature;
        String secteur;
        String commune;
        Dept dept;
        Acad acad;
        double poids;
        long compteId;
        String login;
        // collège
        int effectif;
        long[] referents;
        // lycée: its domaines with their formations and modalité
        final List<Offre> offres = new ArrayList<>();
        int candidats;
    }

    /** What a lycée offers in one domaine: its formations there and how the interviews are held. */
    static final class Offre {
        Etab lycee;
        int domaine;
        String modalite;
        long[] formations;
        final List<Insc> inscrits = new ArrayList<>();
    }

    static final class Insc {
        long id;
        long eleveId;
        Etab college;
        Offre offre;
        long referentId;
        Instant creeLe;
        int nbVoeux = 1;
        String statut = "INSCRITE";
        boolean convoquee;
        boolean entretien;
        boolean avisAccueil;
        long seanceId;
        LocalDateTime seanceFin;
        Instant convoqueeLe;
    }

    static final class Donnees {
        final List<Etab> colleges = new ArrayList<>();
        final List<Etab> lycees = new ArrayList<>();
        final Map<String, Long> campagnes = new LinkedHashMap<>();
        final long[] domaines = new long[DOMAINES.length];
        final List<Insc> inscriptions = new ArrayList<>();
        int nbEleves;
        int nbFormations;
        int nbSeances;
        int nbConvocations;
        int nbEntretiens;
        int nbVoeux;
        long formationMin;
        long formationMax;
        final List<Table> tables = new ArrayList<>();

        /** A table to fill; tables are written in the order they are declared (parents first). */
        Table table(String nom, String colonnes) {
            Table t = new Table(nom, colonnes);
            tables.add(t);
            return t;
        }
    }

    // ------------------------------------------------------------------------------------------------ building

    private long maxId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private Donnees construire(Connection c) throws Exception {
        Donnees d = new Donnees();
        int annee = premiereAnnee + 1;
        LocalDate ouverture = LocalDate.of(annee, Month.FEBRUARY, 1);
        // The day the demo clock starts (./passpro run): what is before it has happened, what is after is planned.
        LocalDate reference = LocalDate.of(annee, Month.MARCH, 10);
        Instant referenceInstant = reference.atTime(8, 0).atZone(PARIS).toInstant();

        Set<String> uaisPris = new HashSet<>();
        Set<String> loginsPris = new HashSet<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT uai FROM etablissement")) {
                while (r.next()) {
                    uaisPris.add(r.getString(1));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT login FROM account")) {
                while (r.next()) {
                    loginsPris.add(r.getString(1));
                }
            }
        }

        // Domaines: shared by every campagne, found by libellé or added.
        Table domaine = d.table("domaine", "id, libelle");
        long domaineId = maxId(c, "domaine");
        Map<String, Long> existants = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, libelle FROM domaine")) {
            while (r.next()) {
                existants.put(cle(r.getString(2)), r.getLong(1));
            }
        }
        for (int i = 0; i < DOMAINES.length; i++) {
            Long id = existants.get(cle(DOMAINES[i].libelle()));
            if (id == null) {
                id = ++domaineId;
                domaine.row(id, DOMAINES[i].libelle());
            }
            d.domaines[i] = id;
        }

        // Campagnes: the standard calendar, one per académie.
        Table campagne = d.table("campagne", "id, academie_code, annee_scolaire, date_ouverture, "
                + "date_cloture_inscriptions, date_limite_convocations, date_limite_entretiens, delai_compte_rendu_jours, "
                + "date_fermeture");
        long campagneId = maxId(c, "campagne");
        for (Acad a : ACADEMIES) {
            long id = ++campagneId;
            d.campagnes.put(a.code(), id);
            campagne.row(id, a.code(), anneeScolaire(), ouverture, LocalDate.of(annee, Month.APRIL, 30),
                    LocalDate.of(annee, Month.MAY, 17), LocalDate.of(annee, Month.MAY, 21), 3,
                    LocalDate.of(annee, Month.MAY, 28));
        }

        // Établissements: collèges then lycées, spread over the départements by their share.
        long etabId = maxId(c, "etablissement");
        Table etab = d.table("etablissement", "id, uai, nom, nature, secteur, commune, departement_code, mail_fonctionnel, "
                + "ouvert, version");
        int[] parCollege = repartir(colleges, Arrays.stream(DEPARTEMENTS).mapToDouble(Dept::part).toArray());
        int[] parLycee = repartir(lycees, Arrays.stream(DEPARTEMENTS).mapToDouble(Dept::part).toArray());
        for (int k = 0; k < DEPARTEMENTS.length; k++) {
            Dept dept = DEPARTEMENTS[k];
            Acad acad = academie(dept.academie());
            for (int n = 0; n < parCollege[k]; n++) {
                Etab e = new Etab();
                e.id = ++etabId;
                e.uai = nouvelleUai(dept, uaisPris);
                e.nom = "Collège " + PERSONNALITES[alea.nextInt(PERSONNALITES.length)];
                e.nature = "COLLEGE";
                e.secteur = alea.nextInt(100) < 80 ? "PUBLIC" : "PRIVE";
                e.commune = dept.communes()[alea.nextInt(dept.communes().length)];
                e.dept = dept;
                e.acad = acad;
                // Log-normal sizes, and a few very large collèges (REP+, cités scolaires).
                e.poids = Math.exp(0.45 * gauss());
                d.colleges.add(e);
            }
            for (int n = 0; n < parLycee[k]; n++) {
                Etab e = new Etab();
                e.id = ++etabId;
                e.uai = nouvelleUai(dept, uaisPris);
                int nature = alea.nextInt(100);
                e.nature = nature < 80 ? "LYCEE_PROFESSIONNEL" : nature < 95 ? "LPO" : "SEP";
                e.nom = (e.nature.equals("LYCEE_PROFESSIONNEL") ? "Lycée professionnel " : "Lycée polyvalent ")
                        + PERSONNALITES[alea.nextInt(PERSONNALITES.length)];
                e.secteur = alea.nextInt(100) < 85 ? "PUBLIC" : "PRIVE";
                e.commune = dept.communes()[alea.nextInt(dept.communes().length)];
                e.dept = dept;
                e.acad = acad;
                e.poids = Math.exp(0.5 * gauss());
                d.lycees.add(e);
            }
        }
        // The skew: a few very large collèges and very attractive lycées (1,000+ candidates).
        for (int i = 0; i < Math.max(1, colleges / 100); i++) {
            d.colleges.get(alea.nextInt(d.colleges.size())).poids *= 4.5;
        }
        for (int i = 0; i < Math.max(1, lycees / 40); i++) {
            d.lycees.get(alea.nextInt(d.lycees.size())).poids *= 3.5;
        }
        for (Etab e : d.colleges) {
            etab.row(e.id, e.uai, e.nom, e.nature, e.secteur, e.commune, e.dept.code(), mail(e), true, 0);
        }
        for (Etab e : d.lycees) {
            etab.row(e.id, e.uai, e.nom, e.nature, e.secteur, e.commune, e.dept.code(), mail(e), true, 0);
        }

        // Accounts: one per établissement (its head), one administrator per académie; the demo's password.
        String hash = hashMotDePasse();
        Table account = d.table("account", "id, login, nom, prenom, email, password_hash, role, chef_etablissement, "
                + "etablissement_id, academie_code, actif, version");
        long accountId = maxId(c, "account");
        // Ten staff per académie (SAIO and DSDEN): admin.creteil, admin.creteil.2 … admin.creteil.10.
        for (Acad a : ACADEMIES) {
            for (int n = 1; n <= 10; n++) {
                String login = "admin." + cle(a.nom()).replace(" ", "") + (n == 1 ? "" : "." + n);
                if (loginsPris.add(login)) {
                    account.row(++accountId, login, NOMS[alea.nextInt(NOMS.length)], PRENOMS[alea.nextInt(PRENOMS.length)],
                            (n == 1 ? "saio" : "dsden" + n) + "@" + a.domaineMail(), hash, "ADMIN", false, null, a.code(), true, 0);
                }
            }
        }
        for (List<Etab> liste : List.of(d.colleges, d.lycees)) {
            for (Etab e : liste) {
                e.compteId = ++accountId;
                e.login = "ce." + e.uai.toLowerCase(Locale.ROOT);
                loginsPris.add(e.login);
                String nom = NOMS[alea.nextInt(NOMS.length)];
                String prenom = PRENOMS[alea.nextInt(PRENOMS.length)];
                account.row(e.compteId, e.login, nom, prenom, e.login + "@" + e.acad.domaineMail(), hash,
                        e.nature.equals("COLLEGE") ? "ORIGINE" : "ACCUEIL", true, e.id, null, true, 0);
            }
        }

        // Catalogue: each lycée offers a few domaines (the popular ones more often), 1 to 4 formations in each; the
        // larger lycées offer more. Identifiers after any block the application may hold (allocation size 500).
        long formationId;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT GREATEST(COALESCE((SELECT MAX(id) FROM formation), 0), "
                        + "COALESCE((SELECT valeur FROM identifiant_bloc WHERE nom = 'formation'), 0))")) {
            r.next();
            formationId = r.getLong(1) + 1000;
        }
        long premiereFormation = formationId + 1;
        Table formation = d.table("formation", "id, campagne_id, code_formation, libelle, diplome, famille_metiers, "
                + "domaine_id, etablissement_id, accueil_referent_id, modalite, observations, active, version");
        double[] popularite = Arrays.stream(DOMAINES).mapToDouble(Dom::popularite).toArray();
        int[] parLyceeFormations = repartirPoids(formations, d.lycees.stream().mapToDouble(e -> Math.sqrt(e.poids)).toArray(), 1);
        int maxParLycee = Arrays.stream(DOMAINES).mapToInt(x -> x.formations().length).sum();
        for (int i = 0; i < d.lycees.size(); i++) {
            Etab lycee = d.lycees.get(i);
            int reste = Math.min(parLyceeFormations[i], maxParLycee);
            boolean[] pris = new boolean[DOMAINES.length];
            while (reste > 0) {
                int dom = tirer(popularite, pris);
                pris[dom] = true;
                String[][] offre = DOMAINES[dom].formations();
                int n = Math.min(reste, Math.min(offre.length, 1 + alea.nextInt(3)));
                if (reste - n > 0 && allTaken(pris)) {
                    n = Math.min(reste, offre.length);
                }
                Offre o = new Offre();
                o.lycee = lycee;
                o.domaine = dom;
                o.modalite = alea.nextInt(100) < 70 ? "INDIVIDUEL" : "COLLECTIF";
                o.formations = new long[n];
                int[] choix = melange(offre.length);
                for (int f = 0; f < n; f++) {
                    String[] def = offre[choix[f]];
                    boolean cap = def[0].startsWith("500");
                    o.formations[f] = ++formationId;
                    formation.row(formationId, d.campagnes.get(lycee.acad.code()), def[0], def[1],
                            cap ? "CAP" : "SECONDE_PRO", cap ? null : def[2], d.domaines[dom], lycee.id, lycee.id,
                            o.modalite, null, true, 0);
                }
                d.nbFormations += n;
                lycee.offres.add(o);
                reste -= n;
                if (allTaken(pris)) {
                    break;
                }
            }
        }
        d.formationMax = formationId;
        d.formationMin = premiereFormation;

        // Referents: two per collège.
        Table referent = d.table("referent", "id, college_id, nom, prenom, email, actif, version, externe");
        long referentId = maxId(c, "referent");
        for (Etab e : d.colleges) {
            e.referents = new long[2];
            Set<String> emails = new HashSet<>();
            for (int r = 0; r < 2; r++) {
                String nom = NOMS[alea.nextInt(NOMS.length)];
                String prenom = PRENOMS[alea.nextInt(PRENOMS.length)];
                String email = cle(prenom).replace(" ", "-") + "." + cle(nom).replace(" ", "-") + "@" + e.acad.domaineMail();
                if (!emails.add(email)) {
                    email = cle(prenom).replace(" ", "-") + "." + cle(nom).replace(" ", "-") + r + "@" + e.acad.domaineMail();
                    emails.add(email);
                }
                e.referents[r] = ++referentId;
                referent.row(referentId, e.id, nom, prenom, email, true, 0, false);
            }
        }

        // Pupils: spread over the collèges by size; each registered in one domaine, 30 % in a second one.
        int[] parEleve = repartirPoids(eleves, d.colleges.stream().mapToDouble(e -> e.poids).toArray(), 1);
        Table eleve = d.table("eleve", "id, college_id, campagne_id, nom, prenom, date_naissance, classe, dispositif, ine, "
                + "cle_doublon, cree_le, version");
        long eleveId = maxId(c, "eleve");
        long inscriptionId = maxId(c, "inscription");
        Map<String, Choix> choixParDept = new LinkedHashMap<>();
        Map<String, Choix> choixParAcad = new LinkedHashMap<>();
        for (Dept dept : DEPARTEMENTS) {
            choixParDept.put(dept.code(), new Choix(d.lycees.stream().filter(l -> l.dept == dept).toList()));
        }
        for (Acad a : ACADEMIES) {
            choixParAcad.put(a.code(), new Choix(d.lycees.stream().filter(l -> l.acad == a).toList()));
        }
        long ine = 1_000_000_000L + alea.nextInt(900_000_000);
        int jours = (int) Duration.between(ouverture.atStartOfDay(), reference.minusDays(1).atStartOfDay()).toDays();
        for (int i = 0; i < d.colleges.size(); i++) {
            Etab college = d.colleges.get(i);
            college.effectif = parEleve[i];
            for (int n = 0; n < parEleve[i]; n++) {
                long id = ++eleveId;
                String nom = NOMS[alea.nextInt(NOMS.length)];
                String prenom = PRENOMS[alea.nextInt(PRENOMS.length)];
                LocalDate naissance = LocalDate.of(annee - 15, 1, 1).plusDays(alea.nextInt(365) - (alea.nextInt(10) == 0 ? 365 : 0));
                int disp = alea.nextInt(100);
                String dispositif = disp < 6 ? "TROISIEME_SEGPA" : disp < 14 ? "TROISIEME_PREPA_METIERS" : disp < 16 ? "EANA"
                        : "TROISIEME";
                String classe = switch (dispositif) {
                    case "TROISIEME_SEGPA" -> "3e SEGPA";
                    case "TROISIEME_PREPA_METIERS" -> "3e Prépa-métiers";
                    case "EANA" -> "3e UPE2A";
                    default -> "3e " + (char) ('A' + alea.nextInt(6));
                };
                String numeroIne = alea.nextInt(100) < 95 ? (++ine) + String.valueOf((char) ('A' + alea.nextInt(26))) : null;
                Instant creeLe = ouverture.atTime(8, 0).atZone(PARIS).toInstant()
                        .plusSeconds(alea.nextLong(jours * 86_400L + 36_000L));
                eleve.row(id, college.id, d.campagnes.get(college.acad.code()), nom, prenom, naissance, classe, dispositif,
                        numeroIne, cleDoublon(nom, prenom, naissance), creeLe, 0);
                d.nbEleves++;
                int nbDomaines = alea.nextInt(100) < 30 ? 2 : 1;
                Set<Integer> domainesPris = new HashSet<>();
                for (int k = 0; k < nbDomaines; k++) {
                    Offre o = null;
                    for (int essai = 0; essai < 12 && o == null; essai++) {
                        Choix choix = alea.nextInt(100) < 70 ? choixParDept.get(college.dept.code())
                                : choixParAcad.get(college.acad.code());
                        Offre candidate = choix.tirer(alea);
                        if (candidate != null && !domainesPris.contains(candidate.domaine)) {
                            o = candidate;
                        }
                    }
                    if (o == null) {
                        continue;
                    }
                    domainesPris.add(o.domaine);
                    Insc insc = new Insc();
                    insc.id = ++inscriptionId;
                    insc.eleveId = id;
                    insc.college = college;
                    insc.offre = o;
                    insc.referentId = college.referents[alea.nextInt(2)];
                    insc.creeLe = creeLe.plusSeconds(k * 600L);
                    o.inscrits.add(insc);
                    o.lycee.candidats++;
                    d.inscriptions.add(insc);
                }
            }
        }

        // Vœux: one per inscription, then the rest spread over the inscriptions that can take more (up to 3, among
        // the formations of the domaine at the lycée).
        long capacite = 0;
        for (Insc insc : d.inscriptions) {
            capacite += Math.min(VOEUX_MAX_PAR_INSCRIPTION, insc.offre.formations.length);
        }
        if (voeux < d.inscriptions.size() || voeux > capacite) {
            throw new Refus(4, "Proportions impossibles : " + fr(voeux) + " vœux demandés, mais les " + fr(d.inscriptions.size())
                    + " inscriptions générées en permettent " + (voeux < d.inscriptions.size()
                            ? "au moins " + fr(d.inscriptions.size()) + " (un vœu par inscription)"
                            : "au plus " + fr(capacite) + " (au plus " + VOEUX_MAX_PAR_INSCRIPTION + " vœux par inscription, "
                                    + "parmi les formations du domaine dans le lycée choisi)")
                    + ". Ajustez --voeux, --formations ou --eleves. Rien n'a été modifié.");
        }
        long reste = voeux - d.inscriptions.size();
        List<Insc> extensibles = new ArrayList<>();
        for (Insc insc : d.inscriptions) {
            if (insc.offre.formations.length > 1) {
                extensibles.add(insc);
            }
        }
        while (reste > 0 && !extensibles.isEmpty()) {
            int k = alea.nextInt(extensibles.size());
            Insc insc = extensibles.get(k);
            insc.nbVoeux++;
            reste--;
            if (insc.nbVoeux >= Math.min(VOEUX_MAX_PAR_INSCRIPTION, insc.offre.formations.length)) {
                extensibles.set(k, extensibles.get(extensibles.size() - 1));
                extensibles.remove(extensibles.size() - 1);
            }
        }

        // Planning: half the inscriptions convoked; half of those (a quarter of all) already interviewed before the
        // reference day, with a compte rendu. The others are convoked to a séance after it. Each lycée-domaine also
        // keeps free séances ahead, for the convocations still to come.
        List<LocalDate> joursPasses = joursOuvres(ouverture.plusDays(14), reference.minusDays(1));
        List<LocalDate> joursFuturs = joursOuvres(reference.plusDays(1), LocalDate.of(annee, Month.APRIL, 30));
        Instant finPremiereQuinzaine = ouverture.plusDays(11).atStartOfDay(PARIS).toInstant();
        for (Insc insc : d.inscriptions) {
            int tirage = alea.nextInt(1000);
            if (tirage < 20) {
                insc.statut = "RETIREE";
            } else if (tirage < 520) {
                insc.convoquee = true;
                insc.statut = "CONVOQUEE";
                // Interviewed: needs to have been registered early enough.
                if (alea.nextInt(100) < 50) {
                    insc.entretien = true;
                    if (insc.creeLe.isAfter(finPremiereQuinzaine)) {
                        insc.creeLe = ouverture.atTime(8, 0).atZone(PARIS).toInstant().plusSeconds(alea.nextLong(10 * 86_400L));
                    }
                    insc.avisAccueil = alea.nextInt(100) < 85;
                    insc.statut = insc.avisAccueil ? "AVIS_RECUS" : "ENTRETIEN_PASSE";
                }
            }
        }

        Table seance = d.table("seance", "id, campagne_id, lycee_id, domaine_id, modalite, deroulement, debut, fin, salle, "
                + "lien_visio, capacite, places_prises, intervenants, cree_le, cree_par_id, annulee_le, version");
        long seanceId = maxId(c, "seance");
        Map<Long, Map<LocalDate, int[]>> creneaux = new LinkedHashMap<>();
        for (Etab lycee : d.lycees) {
            for (Offre o : lycee.offres) {
                long campagneLycee = d.campagnes.get(lycee.acad.code());
                Map<LocalDate, int[]> compteurs = creneaux.computeIfAbsent(lycee.id, x -> new LinkedHashMap<>());
                List<Insc> passes = new ArrayList<>();
                List<Insc> futurs = new ArrayList<>();
                for (Insc insc : o.inscrits) {
                    if (insc.convoquee) {
                        (insc.entretien ? passes : futurs).add(insc);
                    }
                }
                boolean collectif = o.modalite.equals("COLLECTIF");
                int taille = collectif ? PLACES_COLLECTIF : 1;
                for (List<Insc> groupe : List.of(passes, futurs)) {
                    boolean passe = groupe == passes;
                    for (int g = 0; g < groupe.size(); g += taille) {
                        List<Insc> membres = groupe.subList(g, Math.min(groupe.size(), g + taille));
                        Instant auPlusTot = membres.stream().map(x -> x.creeLe).max(Instant::compareTo).orElseThrow();
                        LocalDate jour = passe ? jourApres(joursPasses, auPlusTot.plus(Duration.ofDays(3)))
                                : joursFuturs.get(alea.nextInt(joursFuturs.size()));
                        long id = ++seanceId;
                        LocalDateTime[] horaire = creneau(compteurs, jour, collectif ? 3 : 1);
                        boolean distanciel = !collectif && alea.nextInt(100) < 10;
                        Instant creeLe = passe ? auPlusTot.plusSeconds(3600) : earliest(auPlusTot.plusSeconds(3600), referenceInstant);
                        seance.row(id, campagneLycee, lycee.id, d.domaines[o.domaine], o.modalite,
                                distanciel ? "DISTANCIEL" : "PRESENTIEL", horaire[0], horaire[1],
                                distanciel ? null : salle(horaire[2], collectif),
                                distanciel ? "https://visio." + lycee.acad.domaineMail() + "/passpro-" + lycee.uai.toLowerCase(Locale.ROOT) : null,
                                taille, membres.size(), null, creeLe, lycee.compteId, null, 0);
                        d.nbSeances++;
                        for (Insc insc : membres) {
                            insc.seanceId = id;
                            insc.seanceFin = horaire[1];
                            Instant debutSeance = horaire[0].atZone(PARIS).toInstant();
                            Instant limite = passe ? debutSeance.minusSeconds(86_400) : referenceInstant;
                            insc.convoqueeLe = entre(creeLe, limite);
                        }
                    }
                }
                // Free séances ahead, for the convocations still to come.
                int libres = collectif ? 2 : 6 + o.inscrits.size() / 50;
                for (int l = 0; l < libres; l++) {
                    LocalDate jour = joursFuturs.get(alea.nextInt(joursFuturs.size()));
                    LocalDateTime[] horaire = creneau(compteurs, jour, collectif ? 3 : 1);
                    seance.row(++seanceId, campagneLycee, lycee.id, d.domaines[o.domaine], o.modalite, "PRESENTIEL",
                            horaire[0], horaire[1], salle(horaire[2], collectif), null, taille, 0, null,
                            referenceInstant.minusSeconds(86_400L * (1 + alea.nextInt(20))), lycee.compteId, null, 0);
                    d.nbSeances++;
                }
            }
        }

        Table inscription = d.table("inscription", "id, eleve_id, domaine_id, lycee_id, referent_id, campagne_id, statut, "
                + "cree_le, cree_par_id, retiree_le, retiree_par_id, version");
        Table historique = d.table("inscription_historique", "inscription_id, survenu_le, auteur, action, avant, apres, version");
        Table voeu = d.table("voeu", "id, inscription_id, formation_id, rang, avis_origine, commentaire_origine, "
                + "avis_origine_par_id, avis_origine_le, avis_accueil, avis_accueil_par_id, avis_accueil_le, "
                + "ajoute_a_l_entretien, version");
        Table convocation = d.table("convocation", "id, inscription_id, seance_id, statut, uid, sequence, convoquee_le, "
                + "modifiee_le, annulee_le, courrier_id, accuse, accuse_le, accuse_par_id, version");
        Table entretien = d.table("entretien", "id, inscription_id, seance_id, presence, presence_le, presence_par_id, "
                + "compte_rendu, compte_rendu_le, compte_rendu_par_id, retour_complet_le, version");
        long voeuId = maxId(c, "voeu");
        long convocationId = maxId(c, "convocation");
        long entretienId = maxId(c, "entretien");
        String[] avis = { "FAVORABLE", "ASSEZ_FAVORABLE", "RESERVE" };
        for (Insc insc : d.inscriptions) {
            Etab college = insc.college;
            Etab lycee = insc.offre.lycee;
            boolean retiree = insc.statut.equals("RETIREE");
            Instant retireeLe = retiree ? entre(insc.creeLe, referenceInstant) : null;
            inscription.row(insc.id, insc.eleveId, d.domaines[insc.offre.domaine], lycee.id, insc.referentId,
                    d.campagnes.get(college.acad.code()), insc.statut, insc.creeLe, college.compteId, retireeLe,
                    retiree ? college.compteId : null, 0);
            historique.row(insc.id, insc.creeLe, college.login, "INSCRIPTION", null, DOMAINES[insc.offre.domaine].libelle(), 0);
            Instant finEntretien = insc.entretien ? insc.seanceFin.atZone(PARIS).toInstant() : null;
            Instant compteRenduLe = insc.entretien
                    ? earliest(finEntretien.plusSeconds(3600 + alea.nextLong(2 * 86_400L)), referenceInstant.minusSeconds(3600))
                    : null;
            int[] ordre = melange(insc.offre.formations.length);
            for (int v = 0; v < insc.nbVoeux; v++) {
                boolean avisOrigine = alea.nextInt(100) < 85;
                String a = avisOrigine ? avis[tirerAvis()] : null;
                boolean aAccueil = insc.entretien && insc.avisAccueil;
                voeu.row(++voeuId, insc.id, insc.offre.formations[ordre[v]], v + 1, a,
                        avisOrigine ? COMMENTAIRES_ORIGINE[alea.nextInt(COMMENTAIRES_ORIGINE.length)] : null,
                        avisOrigine ? college.compteId : null,
                        avisOrigine ? entre(insc.creeLe, insc.convoquee ? insc.convoqueeLe : referenceInstant) : null,
                        aAccueil ? avis[tirerAvis()] : null, aAccueil ? lycee.compteId : null,
                        aAccueil ? compteRenduLe : null, false, 0);
                d.nbVoeux++;
            }
            if (insc.convoquee) {
                convocation.row(++convocationId, insc.id, insc.seanceId, "ACTIVE",
                        "convocation-" + insc.id + "@passpro." + lycee.acad.domaineMail(), 0, insc.convoqueeLe,
                        insc.convoqueeLe, null, null, null, null, null, 0);
                historique.row(insc.id, insc.convoqueeLe, lycee.login, "CONVOCATION", null, "Convoqué(e)", 0);
                d.nbConvocations++;
            }
            if (insc.entretien) {
                entretien.row(++entretienId, insc.id, insc.seanceId, "PRESENT", finEntretien, lycee.compteId,
                        COMPTES_RENDUS[alea.nextInt(COMPTES_RENDUS.length)], compteRenduLe, lycee.compteId,
                        insc.avisAccueil ? compteRenduLe : null, 0);
                d.nbEntretiens++;
            }
        }
        return d;
    }

    private void ecrire(Connection c, Donnees d) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Table t : d.tables) {
                long debut = System.nanoTime();
                t.flush(s);
                dire("[donnees-idf]   %-24s %,9d lignes  %5.1f s%n", t.nom, t.lignes,
                        (System.nanoTime() - debut) / 1e9 + t.secondes);
            }
            // The application hands out formation ids by blocks from identifiant_bloc: start its next block after ours.
            s.executeUpdate("INSERT INTO identifiant_bloc (nom, valeur) VALUES ('formation', " + d.formationMax + ") "
                    + "ON DUPLICATE KEY UPDATE valeur = GREATEST(valeur, " + d.formationMax + ")");
        }
    }

    private void resume(Connection c, Donnees d) throws SQLException {
        int maxCollege = d.colleges.stream().mapToInt(e -> e.effectif).max().orElse(0);
        int maxLycee = d.lycees.stream().mapToInt(e -> e.candidats).max().orElse(0);
        long lyceesMille = d.lycees.stream().filter(e -> e.candidats >= 1000).count();
        dire("""
                [donnees-idf] Campagne %s des académies de Paris, Créteil et Versailles :
                  %,d collèges (le plus grand : %,d élèves inscrits), %,d lycées (le plus demandé : %,d candidats ; %d en ont 1 000 ou plus),
                  %,d formations, %,d élèves, %,d inscriptions, %,d vœux, %,d séances, %,d convocations, %,d comptes rendus,
                  %,d comptes (un par établissement, identifiant ce.<uai> ; admin.paris, admin.creteil, admin.versailles et .2 à .10),
                  mot de passe de tous les comptes : %s
                """, anneeScolaire(), d.colleges.size(), maxCollege, d.lycees.size(), maxLycee, lyceesMille, d.nbFormations,
                d.nbEleves, d.inscriptions.size(), d.nbVoeux, d.nbSeances, d.nbConvocations, d.nbEntretiens,
                d.colleges.size() + d.lycees.size(), MOT_DE_PASSE);
        Etab exempleCollege = d.colleges.stream().max((a, b) -> Integer.compare(a.effectif, b.effectif)).orElseThrow();
        Etab exempleLycee = d.lycees.stream().max((a, b) -> Integer.compare(a.candidats, b.candidats)).orElseThrow();
        dire("  exemples : %s (%s, %s), %s (%s, %s)%n", exempleCollege.login, exempleCollege.nom,
                exempleCollege.commune, exempleLycee.login, exempleLycee.nom, exempleLycee.commune);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Weighted choice of a lycée's offer among a set of lycées: weight = lycée attractiveness × domaine popularity. */
    static final class Choix {
        final List<Offre> offres = new ArrayList<>();
        final double[] cumul;

        Choix(List<Etab> lycees) {
            List<Double> poids = new ArrayList<>();
            for (Etab l : lycees) {
                for (Offre o : l.offres) {
                    offres.add(o);
                    poids.add(l.poids * DOMAINES[o.domaine].popularite() * Math.sqrt(o.formations.length));
                }
            }
            cumul = new double[poids.size()];
            double total = 0;
            for (int i = 0; i < cumul.length; i++) {
                total += poids.get(i);
                cumul[i] = total;
            }
        }

        Offre tirer(SplittableRandom alea) {
            if (offres.isEmpty()) {
                return null;
            }
            double x = alea.nextDouble() * cumul[cumul.length - 1];
            int i = Arrays.binarySearch(cumul, x);
            return offres.get(Math.min(offres.size() - 1, i >= 0 ? i : -i - 1));
        }
    }

    private double gauss() {
        // Box-Muller, from the seeded generator.
        double u = 1 - alea.nextDouble();
        double v = alea.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private int tirerAvis() {
        int x = alea.nextInt(100);
        return x < 55 ? 0 : x < 85 ? 1 : 2;
    }

    private int tirer(double[] poids, boolean[] exclus) {
        double total = 0;
        for (int i = 0; i < poids.length; i++) {
            total += exclus[i] ? 0 : poids[i];
        }
        double x = alea.nextDouble() * total;
        for (int i = 0; i < poids.length; i++) {
            if (exclus[i]) {
                continue;
            }
            x -= poids[i];
            if (x < 0) {
                return i;
            }
        }
        for (int i = poids.length - 1; i >= 0; i--) {
            if (!exclus[i]) {
                return i;
            }
        }
        throw new IllegalStateException("plus de domaine disponible");
    }

    private static boolean allTaken(boolean[] pris) {
        for (boolean p : pris) {
            if (!p) {
                return false;
            }
        }
        return true;
    }

    private int[] melange(int n) {
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = alea.nextInt(i + 1);
            int x = t[i];
            t[i] = t[j];
            t[j] = x;
        }
        return t;
    }

    /** Splits total over shares, exactly (largest remainders). */
    static int[] repartir(int total, double[] parts) {
        return repartirPoids(total, parts, 0);
    }

    /** Splits total proportionally to weights, each getting at least minimum (if the total allows). */
    static int[] repartirPoids(int total, double[] poids, int minimum) {
        int n = poids.length;
        int[] r = new int[n];
        int base = Math.min(minimum, total / Math.max(1, n));
        int reste = total - base * n;
        double somme = Arrays.stream(poids).sum();
        double[] fractions = new double[n];
        int donne = 0;
        for (int i = 0; i < n; i++) {
            double exact = reste * poids[i] / somme;
            r[i] = base + (int) Math.floor(exact);
            fractions[i] = exact - Math.floor(exact);
            donne += (int) Math.floor(exact);
        }
        Integer[] ordre = new Integer[n];
        for (int i = 0; i < n; i++) {
            ordre[i] = i;
        }
        Arrays.sort(ordre, (a, b) -> Double.compare(fractions[b], fractions[a]));
        for (int k = 0; k < reste - donne; k++) {
            r[ordre[k % n]]++;
        }
        return r;
    }

    private Acad academie(String code) {
        return Arrays.stream(ACADEMIES).filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    /** A new UAI of the département: its 3 digits, 4 more, and the check letter (mod 23, as in passpro-ejb's Uai). */
    private String nouvelleUai(Dept dept, Set<String> pris) {
        while (true) {
            String chiffres = dept.code() + String.format("%04d", alea.nextInt(10_000));
            String uai = chiffres + lettreDeControle(chiffres);
            if (pris.add(uai)) {
                return uai;
            }
        }
    }

    static char lettreDeControle(String septChiffres) {
        String lettres = "ABCDEFGHJKLMNPRSTUVWXYZ";
        return lettres.charAt(Integer.parseInt(septChiffres) % lettres.length());
    }

    private static String mail(Etab e) {
        return "ce." + e.uai.toLowerCase(Locale.ROOT) + "@" + e.acad.domaineMail();
    }

    /** Like passpro-ejb's TextNormalizer.matchKey: no accents, lower case, non-alphanumerics as one space. */
    static String cle(String text) {
        String t = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        t = t.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae").toLowerCase(Locale.ROOT);
        return t.replaceAll("[^\\p{Alnum}]+", " ").strip();
    }

    /** Like passpro-ejb's Eleve.cleDoublon. */
    static String cleDoublon(String nom, String prenom, LocalDate naissance) {
        String k = cle(nom).replace(" ", "") + "|" + cle(prenom).replace(" ", "") + "|" + naissance;
        return k.length() <= 250 ? k : k.substring(0, 250);
    }

    private static List<LocalDate> joursOuvres(LocalDate du, LocalDate au) {
        List<LocalDate> jours = new ArrayList<>();
        for (LocalDate j = du; !j.isAfter(au); j = j.plusDays(1)) {
            if (j.getDayOfWeek() != DayOfWeek.SATURDAY && j.getDayOfWeek() != DayOfWeek.SUNDAY) {
                jours.add(j);
            }
        }
        return jours;
    }

    /** A random working day of the list on or after the instant (the last one if none). */
    private LocalDate jourApres(List<LocalDate> jours, Instant auPlusTot) {
        LocalDate min = auPlusTot.atZone(PARIS).toLocalDate();
        int premier = 0;
        while (premier < jours.size() - 1 && jours.get(premier).isBefore(min)) {
            premier++;
        }
        return jours.get(premier + alea.nextInt(jours.size() - premier));
    }

    /** The next free slot(s) of 30 minutes on that day at the lycée: start, end, and the room number in [2]. */
    private static LocalDateTime[] creneau(Map<LocalDate, int[]> compteurs, LocalDate jour, int longueur) {
        int[] compteur = compteurs.computeIfAbsent(jour, x -> new int[1]);
        int position = compteur[0] % CRENEAUX_PAR_SALLE;
        if (position + longueur > CRENEAUX_PAR_SALLE) {
            compteur[0] += CRENEAUX_PAR_SALLE - position;
            position = 0;
        }
        int salle = compteur[0] / CRENEAUX_PAR_SALLE + 1;
        compteur[0] += longueur;
        LocalDateTime debut = jour.atTime(LocalTime.of(8, 0)).plusMinutes(30L * position);
        return new LocalDateTime[] { debut, debut.plusMinutes(30L * longueur), LocalDateTime.of(2000, 1, 1, 0, 0).plusDays(salle) };
    }

    private static String salle(LocalDateTime codeSalle, boolean collectif) {
        int n = (int) Duration.between(LocalDateTime.of(2000, 1, 1, 0, 0), codeSalle).toDays();
        return (collectif ? "Salle polyvalente " : "Salle B") + (collectif ? n : 10 + n);
    }

    private Instant entre(Instant a, Instant b) {
        if (!b.isAfter(a)) {
            return a;
        }
        return a.plusSeconds(alea.nextLong(Math.max(1, Duration.between(a, b).getSeconds())));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    static String fr(long n) {
        return String.format(Locale.FRANCE, "%,d", n).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** The demo password hashed as the application's PasswordHasher does (Soteria's PBKDF2 format), from the seed. */
    private String hashMotDePasse() throws Exception {
        byte[] sel = new byte[32];
        new SplittableRandom(graine ^ 0x5EEDL).nextBytes(sel);
        KeySpec spec = new PBEKeySpec(MOT_DE_PASSE.toCharArray(), sel, 210_000, 64 * 8);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        return "PBKDF2WithHmacSHA512:210000:" + Base64.getEncoder().encodeToString(sel) + ":"
                + Base64.getEncoder().encodeToString(hash);
    }

    // ------------------------------------------------------------------------------------------------ SQL writing

    /** Rows of one table, written as multi-row INSERT statements of up to 2,000 rows. */
    static final class Table {
        final String nom;
        final String colonnes;
        final List<StringBuilder> paquets = new ArrayList<>();
        StringBuilder courant;
        int dansLePaquet;
        long lignes;
        double secondes;

        Table(String nom, String colonnes) {
            this.nom = nom;
            this.colonnes = colonnes;
        }

        void row(Object... valeurs) {
            if (courant == null || dansLePaquet == 2000) {
                courant = new StringBuilder(256 * 1024).append("INSERT INTO ").append(nom).append(" (").append(colonnes)
                        .append(") VALUES ");
                paquets.add(courant);
                dansLePaquet = 0;
            } else {
                courant.append(',');
            }
            courant.append('(');
            for (int i = 0; i < valeurs.length; i++) {
                if (i > 0) {
                    courant.append(',');
                }
                litteral(courant, valeurs[i]);
            }
            courant.append(')');
            dansLePaquet++;
            lignes++;
        }

        void flush(Statement s) throws SQLException {
            for (StringBuilder paquet : paquets) {
                s.execute(paquet.toString());
            }
            paquets.clear();
            courant = null;
        }

        private static void litteral(StringBuilder sb, Object v) {
            if (v == null) {
                sb.append("NULL");
            } else if (v instanceof Number) {
                sb.append(v);
            } else if (v instanceof Boolean b) {
                sb.append(b ? "TRUE" : "FALSE");
            } else if (v instanceof LocalDate date) {
                sb.append('\'').append(date).append('\'');
            } else if (v instanceof LocalDateTime t) {
                sb.append('\'').append(SQL_DATETIME.format(t)).append('\'');
            } else if (v instanceof Instant instant) {
                // The application stores instants through java.sql.Timestamp in the server's zone (UTC here).
                sb.append('\'').append(SQL_DATETIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.systemDefault()))).append('\'');
            } else {
                sb.append('\'');
                String text = v.toString();
                for (int i = 0; i < text.length(); i++) {
                    char ch = text.charAt(i);
                    switch (ch) {
                        case '\'' -> sb.append("''");
                        case '\\' -> sb.append("\\\\");
                        default -> sb.append(ch);
                    }
                }
                sb.append('\'');
            }
        }
    }
}
