package fr.passpro.infrastructure.startup;

import static java.util.logging.Level.INFO;

import java.time.LocalDate;
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
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
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

    @PostConstruct
    void load() {
        boolean enabled = ConfigProvider.getConfig(DemoDataLoader.class.getClassLoader())
                .getOptionalValue(PROPERTY, Boolean.class).orElse(false);
        if (!enabled || accounts.findByLogin("admin.creteil").isPresent()) {
            return;
        }
        Academie creteil = academies.getByCode(Academie.CRETEIL);
        LocalDate today = LocalDate.now(Campagne.ZONE);
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
        formation(campagne, "40031213", "Métiers de l'accueil", Diplome.SECONDE_PRO, "Métiers de la relation client",
                relationClient, lurcat, ModaliteEntretien.INDIVIDUEL);
        formation(campagne, "40031214", "Métiers du commerce et de la vente", Diplome.SECONDE_PRO,
                "Métiers de la relation client", relationClient, lurcat, ModaliteEntretien.INDIVIDUEL);
        formation(campagne, "50031213", "Équipier polyvalent du commerce", Diplome.CAP, null, relationClient, vinci,
                ModaliteEntretien.COLLECTIF);
        formation(campagne, "50022118", "Boulanger", Diplome.CAP, null, alimentation, tristan, ModaliteEntretien.INDIVIDUEL);
        formation(campagne, "50022119", "Pâtissier", Diplome.CAP, null, alimentation, tristan, ModaliteEntretien.INDIVIDUEL);
        formation(campagne, "40025510", "Métiers de l'électricité et de ses environnements connectés", Diplome.SECONDE_PRO,
                "Métiers des transitions numérique et énergétique", electricite, vinci, ModaliteEntretien.COLLECTIF);

        account(Account.pourAcademie("admin.creteil", "Martin", "Claire", "saio@ac-creteil.fr", creteil));
        account(Account.pourEtablissement("chef.jaures", "Durand", "Philippe", "philippe.durand@ac-creteil.fr",
                Role.ORIGINE, true, jaures));
        account(Account.pourEtablissement("referent.jaures", "Benali", "Samira", "samira.benali@ac-creteil.fr",
                Role.ORIGINE, false, jaures));
        account(Account.pourEtablissement("lp.lurcat", "Lefèvre", "Antoine", "antoine.lefevre@ac-creteil.fr",
                Role.ACCUEIL, false, lurcat));
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

    private void formation(Campagne campagne, String cfd, String libelle, Diplome diplome, String familleMetiers,
                           Domaine domaine, Etablissement lycee, ModaliteEntretien modalite) {
        if (catalogue.findFormation(campagne.getId(), cfd, lycee.getId()).isEmpty()) {
            catalogue.saveFormation(new Formation(campagne, CodeFormation.of(cfd), libelle, diplome, familleMetiers,
                    domaine, lycee, null, modalite, null));
        }
    }

    private void account(Account account) {
        account.changerMotDePasse(hasher.hash(DEMO_PASSWORD.toCharArray()));
        accounts.save(account);
    }
}
