package fr.passpro.it.campagne;

import fr.passpro.application.security.PasswordHasher;
import fr.passpro.domain.campagne.Campagne;
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
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.EleveRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.ReferentRepository;
import fr.passpro.it.catalogue.CatalogueFixture;
import fr.passpro.it.support.Connexion;
import fr.passpro.it.support.Donnees;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A past campagne of Créteil of its own (never the current one) with a new lycée, new collèges and their pupils
 * registered, for the tests of the campagne's jobs: each job mails only établissements no other test knows.
 */
@Stateless
public class CampagnePassee {

    /** What was made: the ids and the mailboxes the jobs write to. */
    public record Jeu(long campagneId, long lyceeId, String boiteLycee, List<Long> colleges, List<String> boitesColleges,
                      List<String> eleves, String collegeLogin) {
    }

    @Inject
    CatalogueFixture catalogue;

    @Inject
    Donnees donnees;

    @Inject
    CampagneRepository campagnes;

    @Inject
    EtablissementRepository etablissements;

    @Inject
    AcademieRepository academies;

    @Inject
    AccountRepository accounts;

    @Inject
    EleveRepository eleves;

    @Inject
    ReferentRepository referents;

    @Inject
    InscriptionRepository inscriptions;

    @Inject
    PasswordHasher hasher;

    public Jeu creer(int colleges, int elevesParCollege) {
        Campagne campagne = catalogue.ancienneCampagne();
        String unique = Donnees.unique();
        Domaine domaine = catalogue.domaine("Domaine du cycle " + unique);
        Uai uai;
        do {
            uai = Uai.withCheckLetter("094" + (1000 + ThreadLocalRandom.current().nextInt(9000)));
        } while (etablissements.findByUai(uai).isPresent());
        String boiteLycee = "lp." + unique + "@ac-creteil.fr";
        Etablissement lycee = etablissements.save(new Etablissement(uai, "Lycée du cycle " + uai,
                Nature.LYCEE_PROFESSIONNEL, Secteur.PUBLIC, "Créteil", academies.getDepartement("094"), boiteLycee));
        Formation formation = catalogue.formation(campagne.getId(), "400" + (10000 + ThreadLocalRandom.current().nextInt(89999)),
                "Formation du cycle " + unique, Diplome.SECONDE_PRO, null, domaine, lycee, lycee,
                ModaliteEntretien.INDIVIDUEL);
        Instant instant = campagne.getDateOuverture().atStartOfDay(Campagne.ZONE).toInstant().plusSeconds(3600);
        LocalDate naissance = campagne.getDateOuverture().minusYears(14).withDayOfYear(100);
        List<Long> ids = new ArrayList<>();
        List<String> boites = new ArrayList<>();
        List<String> noms = new ArrayList<>();
        String login = null;
        for (int c = 0; c < colleges; c++) {
            String boite = "college." + Donnees.unique() + "@ac-creteil.fr";
            Etablissement college = donnees.nouveauCollege();
            college.changerMailFonctionnel(boite);
            college = etablissements.save(college);
            login = "chef." + Donnees.unique();
            Account chef = Account.pourEtablissement(login, "Chef", "Test", login + "@ac-creteil.fr", Role.ORIGINE,
                    true, college);
            chef.changerMotDePasse(hasher.hash(Connexion.MOT_DE_PASSE_DEMO.toCharArray()));
            chef = accounts.save(chef);
            Referent referent = referents.save(Referent.designer(college, "Referent", "Cycle", "ref."
                    + Donnees.unique() + "@ac-creteil.fr"));
            for (int e = 0; e < elevesParCollege; e++) {
                String nom = "Cycle" + Donnees.unique();
                Eleve eleve = eleves.save(Eleve.nouveau(college, campagne, nom, "Élise", naissance, "3e A",
                        Dispositif.TROISIEME, null, instant));
                inscriptions.ajouter(Inscription.inscrire(eleve, domaine, lycee, referent, List.of(formation), chef,
                        instant));
                noms.add(nom);
            }
            ids.add(college.getId());
            boites.add(boite);
        }
        return new Jeu(campagne.getId(), lycee.getId(), boiteLycee, ids, boites, noms, login);
    }
}
