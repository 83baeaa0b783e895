package fr.passpro.it.browser;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import fr.passpro.application.planning.DocumentsConvocation;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.CodeFormation;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import fr.passpro.infrastructure.persistence.EleveRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.ReferentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;

/**
 * Test data of {@link ImportCatalogueBrowserIT}, made inside Payara: a formation of its own at the Lycée Jean
 * Lurçat in the current campagne of Créteil (not in the demo catalogue, so a file of the demo catalogue no longer
 * lists it), asked for by a new pupil of the Collège Jean Jaurès. Only in the test deployment, at
 * {@code /test/retrait}; it answers « code;libellé;nom de l'élève;inscriptionId;mail du référent;boîte du lycée ».
 */
@WebServlet("/test/retrait")
public class RetraitDeTest extends HttpServlet {

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
        CatalogueImportRepository catalogue;

        public String creer() {
            Campagne campagne = campagnes.getCourante("24");
            Etablissement jaures = etablissements.getByUai(Uai.of("0931234L"));
            Etablissement lurcat = etablissements.getByUai(Uai.withCheckLetter("0940132"));
            Account chef = accounts.findByLogin("chef.jaures").orElseThrow();
            Formation accueil = inscriptions.findFormationsActives(campagne.getId()).stream()
                    .filter(f -> f.getLibelle().equals("Métiers de l'accueil") && f.getEtablissement().equals(lurcat))
                    .findFirst().orElseThrow();
            String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            String code = "400" + (10000 + ThreadLocalRandom.current().nextInt(89999));
            String libelle = "Formation à retirer " + unique;
            catalogue.saveFormation(new Formation(campagne, CodeFormation.of(code), libelle, Diplome.SECONDE_PRO,
                    "Métiers de la relation client", accueil.getDomaine(), lurcat, lurcat, ModaliteEntretien.INDIVIDUEL,
                    null));
            Formation formation = catalogue.findFormation(campagne.getId(), code, lurcat.getId()).orElseThrow();
            Instant avant = Instant.now().minusSeconds(3600);
            String nom = "Retrait" + unique;
            Eleve eleve = eleves.save(Eleve.nouveau(jaures, campagne, nom, "Inès",
                    campagne.getDateOuverture().minusYears(14).withDayOfYear(80), "3e R" + unique.substring(0, 3),
                    Dispositif.TROISIEME, null, avant));
            String mailReferent = "ines." + unique + "@ac-creteil.fr";
            Referent referent = referents.save(Referent.designer(jaures, "Refretrait", "Paul", mailReferent));
            Inscription inscription = inscriptions.ajouter(Inscription.inscrire(eleve, formation.getDomaine(), lurcat,
                    referent, List.of(formation), chef, avant));
            return code + ";" + libelle + ";" + nom + ";" + inscription.getId() + ";" + mailReferent + ";"
                    + DocumentsConvocation.boite(lurcat);
        }
    }
}
