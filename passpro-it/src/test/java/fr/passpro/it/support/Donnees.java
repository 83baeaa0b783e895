package fr.passpro.it.support;

import fr.passpro.application.security.PasswordHasher;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.EleveRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.infrastructure.persistence.PreinscriptionRepository;
import fr.passpro.infrastructure.persistence.ReferentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Test data of the académie de Créteil made through the repositories (no caller needed), unique per call. */
@ApplicationScoped
public class Donnees {

    @Inject
    CampagneRepository campagnes;

    @Inject
    EtablissementRepository etablissements;

    @Inject
    AcademieRepository academies;

    @Inject
    EleveRepository eleves;

    @Inject
    ReferentRepository referents;

    @Inject
    AccountRepository accounts;

    @Inject
    PreinscriptionRepository preinscriptions;

    @Inject
    PasswordHasher hasher;

    public Campagne campagne() {
        return campagnes.getCourante("24");
    }

    public Etablissement jaures() {
        return etablissements.getByUai(Uai.of("0931234L"));
    }

    /** A new collège of Seine-Saint-Denis with a random UAI that no other test of the run has drawn. */
    public Etablissement nouveauCollege() {
        Uai uai;
        do {
            uai = Uai.withCheckLetter("093" + (1000 + ThreadLocalRandom.current().nextInt(9000)));
        } while (etablissements.findByUai(uai).isPresent());
        return etablissements.save(new Etablissement(uai, "Collège de test " + uai, Nature.COLLEGE, Secteur.PUBLIC,
                "Bobigny", academies.getDepartement("093")));
    }

    /** A new ORIGINE account of this collège with the demo password. */
    public String nouveauCompte(Etablissement college) {
        String login = "test." + unique();
        Account compte = Account.pourEtablissement(login, "Test", "Compte", login + "@ac-creteil.fr", Role.ORIGINE,
                false, college);
        compte.changerMotDePasse(hasher.hash(Connexion.MOT_DE_PASSE_DEMO.toCharArray()));
        accounts.save(compte);
        return login;
    }

    /** A new ACCUEIL account of this lycée with the demo password. */
    public String nouveauCompteLycee(Etablissement lycee) {
        String login = "lycee." + unique();
        Account compte = Account.pourEtablissement(login, "Test", "Lycée", login + "@ac-creteil.fr", Role.ACCUEIL,
                false, lycee);
        compte.changerMotDePasse(hasher.hash(Connexion.MOT_DE_PASSE_DEMO.toCharArray()));
        accounts.save(compte);
        return login;
    }

    /** A pupil of 3e of this collège, born in the year the campagne's pupils are 14. */
    public Eleve nouvelEleve(Etablissement college) {
        Campagne campagne = campagne();
        LocalDate naissance = campagne.getDateOuverture().minusYears(14).withDayOfYear(100);
        return eleves.save(Eleve.nouveau(college, campagne, "Eleve" + unique(), "Test", naissance, "3e B",
                Dispositif.TROISIEME, null, Instant.now()));
    }

    public Referent nouveauReferent(Etablissement college) {
        return referents.save(Referent.designer(college, "Referent", "Test", "ref." + unique() + "@ac-creteil.fr"));
    }

    /** The active formations of the current campagne (the demo catalogue). */
    public List<Formation> formations() {
        return preinscriptions.formationsOuvertes(campagne().getId());
    }

    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
