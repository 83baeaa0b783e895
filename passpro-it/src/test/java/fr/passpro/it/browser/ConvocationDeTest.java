package fr.passpro.it.browser;

import fr.passpro.application.security.PasswordHasher;
import fr.passpro.domain.campagne.Campagne;
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
import fr.passpro.infrastructure.persistence.CourrierRepository;
import fr.passpro.infrastructure.persistence.EleveRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.PlanningRepository;
import fr.passpro.infrastructure.persistence.ReferentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data of {@link ConvocationsCollegeBrowserIT}, made inside Payara through the repositories and entities: a pupil
 * of the Collège Jean Jaurès registered at the Lycée Jean Lurçat, a séance of the lycée and the pupil's convocation
 * (its mail failed), a second pupil's cancelled convocation, and a second collège with an account of its own. Only in the test deployment, at
 * {@code /test/convocation}; it answers « convocationId;nom de l'élève;identifiant du second collège;convocationId annulée ».
 */
@WebServlet("/test/convocation")
public class ConvocationDeTest extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Fabrique fabrique;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(fabrique.creer());
    }

    /** The data, in one transaction. */
    @ApplicationScoped
    @Transactional
    public static class Fabrique {

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
        PlanningRepository planning;

        @Inject
        CourrierRepository courriers;

        @Inject
        PasswordHasher hasher;

        public String creer() {
            Campagne campagne = campagnes.getCourante("24");
            Etablissement jaures = etablissements.getByUai(Uai.of("0931234L"));
            Etablissement lurcat = etablissements.getByUai(Uai.withCheckLetter("0940132"));
            Account chef = accounts.findByLogin("chef.jaures").orElseThrow();
            Account lp = accounts.findByLogin("lp.lurcat").orElseThrow();
            Formation accueil = inscriptions.findFormationsActives(campagne.getId()).stream()
                    .filter(f -> f.getLibelle().equals("Métiers de l'accueil") && f.getEtablissement().equals(lurcat))
                    .findFirst().orElseThrow();
            Instant maintenant = Instant.now();
            String nom = "Convoque" + unique();
            Eleve eleve = eleves.save(Eleve.nouveau(jaures, campagne, nom, "Lou",
                    campagne.getDateOuverture().minusYears(14).withDayOfYear(120), "3e C", Dispositif.TROISIEME, null,
                    maintenant));
            Referent referent = referents.save(Referent.designer(jaures, "Reftest", "Zoé", "zoe." + unique()
                    + "@ac-creteil.fr"));
            Inscription inscription = inscriptions.ajouter(Inscription.inscrire(eleve, accueil.getDomaine(), lurcat,
                    referent, List.of(accueil), chef, maintenant));
            LocalDate jour = campagne.getDateLimiteEntretiens();
            int minute = ThreadLocalRandom.current().nextInt(0, 12) * 5;
            Seance seance = Seance.creer(campagne, lurcat, accueil.getDomaine(), List.of(), ModaliteEntretien.INDIVIDUEL,
                    Deroulement.PRESENTIEL, jour.atTime(15, minute), jour.atTime(16, minute), "Salle T" + unique().substring(0, 3),
                    null, 1, null, lp, maintenant);
            planning.ajouter(seance);
            Convocation convocation = Convocation.convoquer(inscription, seance, "passpro.ac-creteil.fr", lp, maintenant);
            planning.ajouter(convocation);
            Courrier courrier = courriers.ajouter(Courrier.nouveau(List.of(referent.getEmail()), "Convocation de test",
                    "Test.\n", null, maintenant));
            for (int i = 0; i < Courrier.TENTATIVES_MAX; i++) {
                courrier.echec("550 boîte inconnue", maintenant);
            }
            convocation.envoyeePar(courrier);
            planning.flush();

            // A second pupil, convoked then taken out of the séance: the collège sees the cancellation.
            Eleve annule = eleves.save(Eleve.nouveau(jaures, campagne, nom + "Annule", "Tom",
                    campagne.getDateOuverture().minusYears(14).withDayOfYear(150), "3e C", Dispositif.TROISIEME, null,
                    maintenant));
            Inscription inscriptionAnnulee = inscriptions.ajouter(Inscription.inscrire(annule, accueil.getDomaine(),
                    lurcat, referent, List.of(accueil), chef, maintenant));
            Seance seanceAnnulee = Seance.creer(campagne, lurcat, accueil.getDomaine(), List.of(), ModaliteEntretien.INDIVIDUEL,
                    Deroulement.PRESENTIEL, jour.atTime(8, minute), jour.atTime(8, minute).plusMinutes(30), "Salle A" + unique().substring(0, 3),
                    null, 1, null, lp, maintenant);
            planning.ajouter(seanceAnnulee);
            Convocation annulee = Convocation.convoquer(inscriptionAnnulee, seanceAnnulee, "passpro.ac-creteil.fr", lp, maintenant);
            planning.ajouter(annulee);
            annulee.annuler(lp, maintenant);
            planning.flush();

            // A collège no other test of the run has drawn: it must have no convocation at all.
            Uai uai;
            do {
                uai = Uai.withCheckLetter("093" + (1000 + ThreadLocalRandom.current().nextInt(9000)));
            } while (etablissements.findByUai(uai).isPresent());
            Etablissement autre = etablissements.save(new Etablissement(uai, "Collège de test " + uai, Nature.COLLEGE,
                    Secteur.PUBLIC, "Bobigny", academies.getDepartement("093")));
            String login = "test." + unique();
            Account compte = Account.pourEtablissement(login, "Test", "Autre", login + "@ac-creteil.fr", Role.ORIGINE,
                    false, autre);
            compte.changerMotDePasse(hasher.hash("Passpro2027!".toCharArray()));
            accounts.save(compte);
            return convocation.getId() + ";" + nom + ";" + login + ";" + annulee.getId();
        }

        private static String unique() {
            return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        }
    }
}
