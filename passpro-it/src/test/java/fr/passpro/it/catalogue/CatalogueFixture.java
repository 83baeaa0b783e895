package fr.passpro.it.catalogue;

import java.util.concurrent.ThreadLocalRandom;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.CodeFormation;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Test data of the catalogue, each method in its own transaction, through the repositories of the EJB module (its
 * persistence unit is not visible from the test web module).
 */
@Stateless
public class CatalogueFixture {

    @Inject
    private CatalogueImportRepository catalogue;

    @Inject
    private EtablissementRepository etablissements;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private AcademieRepository academies;

    public Domaine domaine(String libelle) {
        return catalogue.saveDomaine(Domaine.nomme(libelle));
    }

    public Etablissement lycee(String uai) {
        return etablissements.getByUai(Uai.of(uai));
    }

    /** A lycée professionnel of Paris (created once). */
    public Etablissement lyceeDeParis() {
        Uai uai = Uai.withCheckLetter("0759901");
        return etablissements.findByUai(uai).orElseGet(() -> etablissements.save(new Etablissement(uai,
                "Lycée professionnel de Paris (test)", Nature.LYCEE_PROFESSIONNEL, Secteur.PUBLIC, "Paris 11e",
                academies.getDepartement("075"))));
    }

    /**
     * A past campagne of Créteil (a year of its own), never the current one. A year drawn twice in one run (the unique
     * key académie + year refuses it) is drawn again: each attempt in a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Campagne ancienneCampagne() {
        for (int essai = 1; ; essai++) {
            try {
                return campagnes.save(Campagne.standard(academies.getByCode(Academie.CRETEIL),
                        ThreadLocalRandom.current().nextInt(1000, 1999)));
            } catch (EJBException anneeDejaPrise) {
                if (essai == 20) {
                    throw anneeDejaPrise;
                }
            }
        }
    }

    public Formation formation(long campagneId, String cfd, String libelle, Diplome diplome, String famille,
                               Domaine domaine, Etablissement lycee, Etablissement accueil, ModaliteEntretien modalite) {
        catalogue.saveFormation(new Formation(catalogue.findCampagne(campagneId).orElseThrow(), CodeFormation.of(cfd),
                libelle, diplome, famille, domaine, lycee, accueil, modalite, "Observations de test"));
        return catalogue.findFormation(campagneId, cfd, lycee.getId()).orElseThrow(); // flushed: it has its id
    }

    public void desactiver(long campagneId, Formation formation) {
        catalogue.findFormation(campagneId, formation.getCode().code(), formation.getEtablissement().getId())
                .orElseThrow().desactiver();
    }
}
