package fr.passpro.it.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import fr.passpro.infrastructure.persistence.EleveRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.ReferentRepository;
import fr.passpro.application.security.PasswordHasher;
import fr.passpro.it.support.Connexion;
import fr.passpro.it.support.Donnees;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Pupils of a new collège of Créteil who ask for formations of a campagne's catalogue, made in one transaction
 * through the repositories: what makes the withdrawal of those formations a decision.
 */
@Stateless
public class VoeuxDeTest {

    /** The collège made, its mailbox and its référent's address, and the pupils' names. */
    public record Jeu(long collegeId, String boiteCollege, String mailReferent, List<String> eleves) {
    }

    @Inject
    Donnees donnees;

    @Inject
    EtablissementRepository etablissements;

    @Inject
    AccountRepository accounts;

    @Inject
    ReferentRepository referents;

    @Inject
    EleveRepository eleves;

    @Inject
    InscriptionRepository inscriptions;

    @Inject
    CatalogueImportRepository catalogue;

    @Inject
    AcademieRepository academies;

    @Inject
    PasswordHasher hasher;

    /**
     * One pupil per formation, each registered in the formation's domaine at its lycée accueil-référent.
     *
     * @param codes the CFD of formations of the campagne, at the lycée with this UAI
     */
    public Jeu inscrire(long campagneId, String uaiLycee, List<String> codes) {
        Campagne campagne = catalogue.findCampagne(campagneId).orElseThrow();
        Etablissement lycee = etablissements.getByUai(Uai.of(uaiLycee));
        String boite = "college." + Donnees.unique() + "@ac-creteil.fr";
        Etablissement college = donnees.nouveauCollege();
        college.changerMailFonctionnel(boite);
        college = etablissements.save(college);
        String login = "chef." + Donnees.unique();
        Account chef = Account.pourEtablissement(login, "Chef", "Test", login + "@ac-creteil.fr", Role.ORIGINE, true,
                college);
        chef.changerMotDePasse(hasher.hash(Connexion.MOT_DE_PASSE_DEMO.toCharArray()));
        chef = accounts.save(chef);
        String mailReferent = "ref." + Donnees.unique() + "@ac-creteil.fr";
        Referent referent = referents.save(Referent.designer(college, "Referent", "Retrait", mailReferent));
        Instant instant = campagne.getDateOuverture().atStartOfDay(Campagne.ZONE).toInstant().plusSeconds(3600);
        LocalDate naissance = campagne.getDateOuverture().minusYears(14).withDayOfYear(100);
        List<String> noms = new java.util.ArrayList<>();
        for (String code : codes) {
            Formation formation = catalogue.findFormation(campagneId, code, lycee.getId()).orElseThrow();
            String nom = "Retrait" + Donnees.unique();
            Eleve eleve = eleves.save(Eleve.nouveau(college, campagne, nom, "Inès", naissance, "3e R",
                    Dispositif.TROISIEME, null, instant));
            inscriptions.ajouter(Inscription.inscrire(eleve, formation.getDomaine(), formation.getAccueilReferent(),
                    referent, List.of(formation), chef, instant));
            noms.add(nom);
        }
        return new Jeu(college.getId(), boite, mailReferent, noms);
    }

    /** An admin of the académie de Paris (whose scope does not hold Créteil's catalogue), with the demo password. */
    public String adminDeParis() {
        String login = "admin.paris." + Donnees.unique();
        Account admin = Account.pourAcademie(login, "Admin", "Paris", login + "@ac-paris.fr",
                academies.getByCode(Academie.PARIS));
        admin.changerMotDePasse(hasher.hash(Connexion.MOT_DE_PASSE_DEMO.toCharArray()));
        accounts.save(admin);
        return login;
    }
}
