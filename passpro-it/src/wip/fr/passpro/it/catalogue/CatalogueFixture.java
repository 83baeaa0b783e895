package fr.passpro.it.catalogue;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.academie.Departement;
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
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test data of the catalogue, each method in its own transaction. */
@Stateless
public class CatalogueFixture {

    // the persistence unit lives in the EJB module, beside this test web module in the EAR
    @PersistenceContext(unitName = "passpro-ejb.jar#passpro")
    private EntityManager em;

    public Domaine domaine(String libelle) {
        Domaine d = Domaine.nomme(libelle);
        em.persist(d);
        return d;
    }

    public Etablissement lycee(String uai) {
        return em.createNamedQuery(Etablissement.FIND_BY_UAI, Etablissement.class).setParameter("uai", uai)
                .getSingleResult();
    }

    /** A lycée professionnel of Paris (created once). */
    public Etablissement lyceeDeParis() {
        Uai uai = Uai.withCheckLetter("0759901");
        return em.createNamedQuery(Etablissement.FIND_BY_UAI, Etablissement.class).setParameter("uai", uai.code())
                .getResultStream().findFirst().orElseGet(() -> {
                    Etablissement e = new Etablissement(uai, "Lycée professionnel de Paris (test)",
                            Nature.LYCEE_PROFESSIONNEL, Secteur.PUBLIC, "Paris 11e", em.find(Departement.class, "075"));
                    em.persist(e);
                    return e;
                });
    }

    /** An old campagne of Créteil (2019-2020), never the current one. */
    public Campagne ancienneCampagne() {
        return em.createQuery("SELECT c FROM Campagne c WHERE c.academie.code = '24' AND c.anneeScolaire = '2019-2020'",
                        Campagne.class).getResultStream().findFirst().orElseGet(() -> {
                    Campagne c = Campagne.standard(em.find(Academie.class, Academie.CRETEIL), 2019);
                    em.persist(c);
                    return c;
                });
    }

    public Formation formation(long campagneId, String cfd, String libelle, Diplome diplome, String famille,
                               long domaineId, long lyceeId, long accueilId, ModaliteEntretien modalite) {
        Formation f = new Formation(em.find(Campagne.class, campagneId), CodeFormation.of(cfd), libelle, diplome, famille,
                em.find(Domaine.class, domaineId), em.find(Etablissement.class, lyceeId),
                em.find(Etablissement.class, accueilId), modalite, "Observations de test");
        em.persist(f);
        return f;
    }

    public void desactiver(long formationId) {
        em.find(Formation.class, formationId).desactiver();
    }
}
