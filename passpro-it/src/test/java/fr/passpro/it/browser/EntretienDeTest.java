package fr.passpro.it.browser;

import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Deroulement;
import fr.passpro.domain.planning.Seance;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test data of {@link EntretienBrowserIT}, made inside Payara: a pupil of the Collège Jean Jaurès registered at the
 * Lycée Jean Lurçat for « Métiers du commerce et de la vente », convoked to an individual séance held yesterday
 * (the registration period is open around today, see {@link CampagneDeTest}). Only in the test deployment, at
 * {@code /test/entretien}; it answers « inscriptionId;nom de l'élève;eleveId;classe ».
 */
@WebServlet("/test/entretien")
public class EntretienDeTest extends HttpServlet {

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
        AccountRepository accounts;

        @Inject
        EleveRepository eleves;

        @Inject
        ReferentRepository referents;

        @Inject
        InscriptionRepository inscriptions;

        @Inject
        PlanningRepository planning;

        public String creer() {
            Campagne campagne = campagnes.getCourante("24");
            Etablissement jaures = etablissements.getByUai(Uai.of("0931234L"));
            Etablissement lurcat = etablissements.getByUai(Uai.withCheckLetter("0940132"));
            Account chef = accounts.findByLogin("chef.jaures").orElseThrow();
            Account lp = accounts.findByLogin("lp.lurcat").orElseThrow();
            Formation commerce = inscriptions.findFormationsActives(campagne.getId()).stream()
                    .filter(f -> f.getLibelle().equals("Métiers du commerce et de la vente")
                            && f.getEtablissement().equals(lurcat))
                    .findFirst().orElseThrow();
            // Registered and convoked two days ago, for a séance held yesterday.
            Instant avant = Instant.now().minus(Duration.ofDays(2));
            String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            String nom = "Entretien" + unique;
            String classe = "3e E" + unique.substring(0, 3);
            Eleve eleve = eleves.save(Eleve.nouveau(jaures, campagne, nom, "Éloïse",
                    campagne.getDateOuverture().minusYears(14).withDayOfYear(90), classe, Dispositif.TROISIEME, null,
                    avant));
            Referent referent = referents.save(Referent.designer(jaures, "Reftest", "Anaïs", "anais." + unique
                    + "@ac-creteil.fr"));
            Inscription inscription = inscriptions.ajouter(Inscription.inscrire(eleve, commerce.getDomaine(), lurcat,
                    referent, List.of(commerce), chef, avant));
            LocalDate hier = LocalDate.now(Campagne.ZONE).minusDays(1);
            int minute = ThreadLocalRandom.current().nextInt(0, 12) * 5;
            Seance seance = Seance.creer(campagne, lurcat, commerce.getDomaine(), List.of(), ModaliteEntretien.INDIVIDUEL,
                    Deroulement.PRESENTIEL, hier.atTime(11, minute), hier.atTime(11, minute).plusMinutes(30),
                    "Salle E" + unique.substring(0, 4), null, 1, null, lp, avant);
            planning.ajouter(seance);
            planning.ajouter(Convocation.convoquer(inscription, seance, "passpro.ac-creteil.fr", lp, avant));
            planning.flush();
            return inscription.getId() + ";" + nom + ";" + eleve.getId() + ";" + classe;
        }
    }
}
