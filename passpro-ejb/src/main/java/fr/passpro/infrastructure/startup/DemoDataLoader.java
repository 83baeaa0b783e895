package fr.passpro.infrastructure.startup;

import static java.util.logging.Level.INFO;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.ConfigProvider;

import fr.passpro.application.security.PasswordHasher;
import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.CodeFormation;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.courrier.Courrier;
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
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import fr.passpro.infrastructure.persistence.CourrierRepository;
import fr.passpro.infrastructure.persistence.EleveRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.PlanningRepository;
import fr.passpro.infrastructure.persistence.ReferentRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * A small demo of the académie de Créteil: collèges and lycées of 077, 093 and 094, the campagne of the current
 * school year and one account per role. Loaded only when {@code passpro.demo.enabled=true}, which the run and test
 * commands set and a production domain never does; loaded once (the admin account marks it).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoDataLoader {

    public static final String DEMO_PASSWORD = "Passpro2027!";
    public static final String PROPERTY = "passpro.demo.enabled";

    private static final Logger logger = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    private AcademieRepository academies;

    @Inject
    private EtablissementRepository etablissements;

    @Inject
    private AccountRepository accounts;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private CatalogueImportRepository catalogue;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private EleveRepository eleves;

    @Inject
    private ReferentRepository referents;

    @Inject
    private InscriptionRepository inscriptions;

    @Inject
    private PlanningRepository planningRepository;

    @Inject
    private CourrierRepository courriers;

    @Inject
    private Clock clock;

    @PostConstruct
    void load() {
        boolean enabled = ConfigProvider.getConfig(DemoDataLoader.class.getClassLoader())
                .getOptionalValue(PROPERTY, Boolean.class).orElse(false);
        if (!enabled || accounts.findByLogin("admin.creteil").isPresent()) {
            return;
        }
        Academie creteil = academies.getByCode(Academie.CRETEIL);
        LocalDate today = LocalDate.now(clock.withZone(Campagne.ZONE));
        int firstYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        Campagne campagne = campagnes.findCourante(Academie.CRETEIL)
                .orElseGet(() -> campagnes.save(Campagne.standard(creteil, firstYear)));

        Etablissement jaures = etablissement("0931234", "Collège Jean Jaurès", Nature.COLLEGE, "Montreuil", "093");
        etablissement("0941001", "Collège Pablo Picasso", Nature.COLLEGE, "Champigny-sur-Marne", "094");
        etablissement("0771002", "Collège Les Tilleuls", Nature.COLLEGE, "Melun", "077");
        Etablissement lurcat = etablissement("0940132", "Lycée professionnel Jean Lurçat", Nature.LYCEE_PROFESSIONNEL,
                "Saint-Maur-des-Fossés", "094");
        Etablissement vinci = etablissement("0930135", "Lycée professionnel Léonard de Vinci", Nature.LYCEE_PROFESSIONNEL,
                "Tremblay-en-France", "093");
        Etablissement tristan = etablissement("0770942", "Lycée polyvalent Flora Tristan", Nature.LPO, "Montereau-Fault-Yonne", "077");

        Domaine relationClient = domaine("Métiers de la relation client");
        Domaine alimentation = domaine("Métiers de l'alimentation");
        Domaine electricite = domaine("Métiers de l'électricité et de ses environnements connectés");
        Formation accueil = formation(campagne, "40031213", "Métiers de l'accueil", Diplome.SECONDE_PRO, "Métiers de la relation client",
                relationClient, lurcat, ModaliteEntretien.INDIVIDUEL);
        Formation commerce = formation(campagne, "40031214", "Métiers du commerce et de la vente", Diplome.SECONDE_PRO,
                "Métiers de la relation client", relationClient, lurcat, ModaliteEntretien.INDIVIDUEL);
        formation(campagne, "50031213", "Équipier polyvalent du commerce", Diplome.CAP, null, relationClient, vinci,
                ModaliteEntretien.COLLECTIF);
        formation(campagne, "50022118", "Boulanger", Diplome.CAP, null, alimentation, tristan, ModaliteEntretien.INDIVIDUEL);
        formation(campagne, "50022119", "Pâtissier", Diplome.CAP, null, alimentation, tristan, ModaliteEntretien.INDIVIDUEL);
        formation(campagne, "40025510", "Métiers de l'électricité et de ses environnements connectés", Diplome.SECONDE_PRO,
                "Métiers des transitions numérique et énergétique", electricite, vinci, ModaliteEntretien.COLLECTIF);

        account(Account.pourAcademie("admin.creteil", "Martin", "Claire", "saio@ac-creteil.fr", creteil));
        Account chefJaures = account(Account.pourEtablissement("chef.jaures", "Durand", "Philippe", "philippe.durand@ac-creteil.fr",
                Role.ORIGINE, true, jaures));
        account(Account.pourEtablissement("referent.jaures", "Benali", "Samira", "samira.benali@ac-creteil.fr",
                Role.ORIGINE, false, jaures));
        Account lpLurcat = account(Account.pourEtablissement("lp.lurcat", "Lefèvre", "Antoine", "antoine.lefevre@ac-creteil.fr",
                Role.ACCUEIL, false, lurcat));
        planning(campagne, jaures, chefJaures, lurcat, lpLurcat, relationClient, accueil, commerce);
        logger.log(INFO, "Données de démonstration de l''académie de Créteil chargées (campagne {0}-{1})",
                new Object[] { String.valueOf(firstYear), String.valueOf(firstYear + 1) });
    }

    private Etablissement etablissement(String digits, String nom, Nature nature, String commune, String departement) {
        Uai uai = Uai.withCheckLetter(digits);
        return etablissements.findByUai(uai).orElseGet(() -> etablissements.save(new Etablissement(uai, nom, nature,
                Secteur.PUBLIC, commune, academies.getDepartement(departement), "ce." + uai.toString().toLowerCase() + "@ac-creteil.fr")));
    }

    private Domaine domaine(String libelle) {
        return catalogue.findDomaine(libelle).orElseGet(() -> catalogue.saveDomaine(Domaine.nomme(libelle)));
    }

    private Formation formation(Campagne campagne, String cfd, String libelle, Diplome diplome, String familleMetiers,
                           Domaine domaine, Etablissement lycee, ModaliteEntretien modalite) {
        return catalogue.findFormation(campagne.getId(), cfd, lycee.getId()).orElseGet(() -> catalogue.saveFormation(
                new Formation(campagne, CodeFormation.of(cfd), libelle, diplome, familleMetiers, domaine, lycee, null,
                        modalite, null)));
    }

    private Account account(Account account) {
        account.changerMotDePasse(hasher.hash(DEMO_PASSWORD.toCharArray()));
        return accounts.save(account);
    }

    /**
     * Pupils of the Collège Jean Jaurès registered at the Lycée Jean Lurçat, séances of the lycée after the cut-off
     * (individual in a room, individual by video, one collective) and two convocations, one mailed and one whose mail
     * failed, so that every page of the planning and of the convocations has something to show. The mails are not
     * queued: the demo sends nothing.
     */
    private void planning(Campagne campagne, Etablissement college, Account chef, Etablissement lycee, Account lp,
                          Domaine domaine, Formation accueil, Formation commerce) {
        Instant maintenant = clock.instant();
        // Registered before the cut-off whatever the day the demo is loaded, so that they count as « to convoke ».
        Instant inscritLe = maintenant.isBefore(campagne.finInscriptions()) ? maintenant
                : campagne.finInscriptions().minus(Duration.ofDays(2));
        Referent referente = referents.save(Referent.designer(college, "Benali", "Samira", "samira.benali@ac-creteil.fr"));
        LocalDate naissance = LocalDate.of(campagne.getDateOuverture().getYear() - 15, Month.APRIL, 12);
        List<Inscription> inscrits = new ArrayList<>();
        String[][] eleves = { { "Martin", "Inès", "3e A" }, { "Diallo", "Moussa", "3e B" },
                { "Nguyen", "Léa", "3e SEGPA" }, { "Rossi", "Hugo", "3e B" }, { "Haddad", "Yasmine", "3e A" } };
        for (int n = 0; n < eleves.length; n++) {
            Eleve eleve = this.eleves.save(Eleve.nouveau(college, campagne, eleves[n][0], eleves[n][1],
                    naissance.plusDays(37L * n), eleves[n][2], eleves[n][2].contains("SEGPA") ? Dispositif.TROISIEME_SEGPA
                            : Dispositif.TROISIEME, null, inscritLe));
            List<Formation> voeux = n % 2 == 0 ? List.of(accueil, commerce) : List.of(commerce);
            inscrits.add(inscriptions.ajouter(Inscription.inscrire(eleve, domaine, lycee, referente, voeux, chef, inscritLe)));
        }

        // The interviews take place in the days after the cut-off, on working days.
        LocalDate jour1 = jourOuvre(campagne.getDateClotureInscriptions().plusDays(12));
        LocalDate jour2 = jourOuvre(jour1.plusDays(1));
        Seance matin = seance(campagne, lycee, domaine, lp, ModaliteEntretien.INDIVIDUEL, Deroulement.PRESENTIEL,
                jour1.atTime(9, 0), jour1.atTime(9, 30), "Salle B12", null, 1, maintenant);
        seance(campagne, lycee, domaine, lp, ModaliteEntretien.INDIVIDUEL, Deroulement.PRESENTIEL,
                jour1.atTime(9, 30), jour1.atTime(10, 0), "Salle B12", null, 1, maintenant);
        seance(campagne, lycee, domaine, lp, ModaliteEntretien.INDIVIDUEL, Deroulement.PRESENTIEL,
                jour1.atTime(10, 0), jour1.atTime(10, 30), "Salle B12", null, 1, maintenant);
        Seance visio = seance(campagne, lycee, domaine, lp, ModaliteEntretien.INDIVIDUEL, Deroulement.DISTANCIEL,
                jour2.atTime(14, 0), jour2.atTime(14, 30), null, "https://visio.ac-creteil.fr/passpro-lurcat", 1,
                maintenant);
        seance(campagne, lycee, domaine, lp, ModaliteEntretien.COLLECTIF, Deroulement.PRESENTIEL,
                jour2.atTime(9, 0), jour2.atTime(10, 30), "Amphithéâtre", null, 12, maintenant);

        String domaineUid = "passpro.ac-creteil.fr";
        Convocation premiere = Convocation.convoquer(inscrits.get(0), matin, domaineUid, lp, maintenant);
        planningRepository.ajouter(premiere);
        Courrier envoye = courriers.ajouter(Courrier.nouveau(List.of(college.getMailFonctionnel()),
                "Convocation : entretien Passpro " + fr.passpro.domain.shared.Francais.de(inscrits.get(0).getEleve().getNomComplet()),
                "Démonstration : ce courriel n'est pas envoyé.\n", null, maintenant));
        envoye.envoye(maintenant);
        premiere.envoyeePar(envoye);

        Convocation seconde = Convocation.convoquer(inscrits.get(1), visio, domaineUid, lp, maintenant);
        planningRepository.ajouter(seconde);
        Courrier enEchec = courriers.ajouter(Courrier.nouveau(List.of(referente.getEmail()),
                "Convocation : entretien Passpro " + fr.passpro.domain.shared.Francais.de(inscrits.get(1).getEleve().getNomComplet()),
                "Démonstration : ce courriel n'est pas envoyé.\n", null, maintenant));
        for (int essai = 0; essai < Courrier.TENTATIVES_MAX; essai++) {
            enEchec.echec("550 5.1.1 adresse inconnue du serveur de messagerie", maintenant);
        }
        seconde.envoyeePar(enEchec);
        logger.log(INFO, "Démonstration : {0} élèves inscrits, 5 séances, 2 convocations", inscrits.size());
    }

    private Seance seance(Campagne campagne, Etablissement lycee, Domaine domaine, Account par,
                          ModaliteEntretien modalite, Deroulement deroulement, LocalDateTime debut, LocalDateTime fin,
                          String salle, String lien, int capacite, Instant instant) {
        Seance seance = Seance.creer(campagne, lycee, domaine, List.of(), modalite, deroulement, debut, fin, salle, lien,
                capacite, null, par, instant);
        planningRepository.ajouter(seance);
        return seance;
    }

    /** The day itself, or the Monday after a week-end. */
    private static LocalDate jourOuvre(LocalDate jour) {
        return switch (jour.getDayOfWeek()) {
            case SATURDAY -> jour.plusDays(2);
            case SUNDAY -> jour.plusDays(1);
            default -> jour;
        };
    }
}
