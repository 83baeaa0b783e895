package fr.passpro.it.academie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.passpro.application.audit.JournalService;
import fr.passpro.application.campagne.CampagneService;
import fr.passpro.application.catalogue.CatalogueService;
import fr.passpro.application.etablissement.EtablissementsService;
import fr.passpro.application.tableau.TableauDeBordAcademieService;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.catalogue.consultation.FiltreCatalogue;
import fr.passpro.domain.catalogue.consultation.FormationVue;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.tableau.Effectif;
import fr.passpro.domain.tableau.TableauDeBordAcademie;
import fr.passpro.it.Deployments;
import fr.passpro.it.catalogue.CatalogueFixture;
import fr.passpro.it.support.Connexion;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;

/**
 * One deployment, several académies (issue 14): the administrator of Paris, beside the demo's Créteil, sees only its
 * own établissements, catalogue, campagne, figures and audit journal, and Créteil's sees nothing of Paris's.
 */
@ExtendWith(ArquillianExtension.class)
class AcademiesIsoleesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.passproWithTestClock(AcademiesIsoleesIT.class, AcademieDeParis.class, CatalogueFixture.class);
    }

    @Inject
    AcademieDeParis paris;

    @Inject
    CatalogueFixture catalogue;

    @Inject
    TableauDeBordAcademieService tableauDeBord;

    @Inject
    EtablissementsService etablissements;

    @Inject
    CatalogueService catalogueService;

    @Inject
    CampagneService campagnes;

    @Inject
    JournalService journal;

    @Resource(lookup = "jdbc/passpro")
    DataSource base;

    private Campagne campagneDeParis;
    private Etablissement lyceeDeParis;
    private Formation formationDeParis;
    private String adminParis;

    @BeforeEach
    void unLyceeDeParisAvecUneFormationDansLaCampagneDeParis() {
        campagneDeParis = paris.campagne();
        lyceeDeParis = catalogue.lyceeDeParis();
        adminParis = paris.admin();
        formationDeParis = catalogue.formation(campagneDeParis.getId(), "500" + ThreadLocalRandom.current().nextInt(10_000, 100_000),
                "CAP Isolement Paris " + UUID.randomUUID().toString().substring(0, 6), Diplome.CAP, null,
                catalogue.domaine("Domaine de Paris " + UUID.randomUUID().toString().substring(0, 6)), lyceeDeParis,
                lyceeDeParis, ModaliteEntretien.INDIVIDUEL);
    }

    @Test
    void theDashboardOfEachAcademieCountsItsOwnCampagneOnly() {
        Connexion.en(adminParis);
        TableauDeBordAcademie deParis = tableauDeBord.tableau(null).orElseThrow();
        assertThat(deParis.anneeScolaire()).isEqualTo(campagneDeParis.getAnneeScolaire());
        assertThat(deParis.inscriptions()).as("inscriptions de Paris (aucune)").isZero();
        assertThat(deParis.parLycee()).extracting(Effectif::libelle).noneMatch(nom -> nom.contains("Lurçat"));
        assertThat(deParis.parCollege()).extracting(Effectif::libelle).noneMatch(nom -> nom.contains("Jaurès"));
        assertThatThrownBy(() -> tableauDeBord.tableau("094")).as("Val-de-Marne : académie de Créteil")
                .isInstanceOf(InvalidValueException.class);

        Connexion.en("admin.creteil");
        TableauDeBordAcademie deCreteil = tableauDeBord.tableau(null).orElseThrow();
        assertThat(deCreteil.inscriptions()).as("inscriptions de la démonstration").isPositive();
        assertThat(deCreteil.parLycee()).extracting(Effectif::libelle).doesNotContain(lyceeDeParis.getNom());
        assertThatThrownBy(() -> tableauDeBord.tableau("075")).as("Paris").isInstanceOf(InvalidValueException.class);
    }

    @Test
    void eachAdministratorFindsTheEtablissementsOfItsAcademieOnly() {
        Connexion.en("admin.creteil");
        long jaures = etablissements.rechercher("0931234L", null, null).get(0).getId();

        Connexion.en(adminParis);
        assertThat(etablissements.rechercher(null, null, null)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.getAcademie().getCode()).as(e.getNom()).isEqualTo(AcademieDeParis.CODE))
                .extracting(Etablissement::getId).contains(lyceeDeParis.getId());
        assertThat(etablissements.rechercher("Jaurès", null, null)).isEmpty();
        assertThatThrownBy(() -> etablissements.fiche(jaures)).isInstanceOf(AccessDeniedException.class);

        Connexion.en("admin.creteil");
        assertThat(etablissements.rechercher(null, null, null))
                .allSatisfy(e -> assertThat(e.getAcademie().getCode()).as(e.getNom()).isEqualTo("24"));
        assertThatThrownBy(() -> etablissements.fiche(lyceeDeParis.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eachAdministratorBrowsesTheCatalogueOfItsOwnCampagne() throws SQLException {
        Connexion.en(adminParis);
        assertThat(catalogueService.campagne()).hasValueSatisfying(c -> assertThat(c.getId()).isEqualTo(campagneDeParis.getId()));
        Set<Long> vues = ids(catalogueService.rechercher(FiltreCatalogue.tout(), 0, 1000, null, true));
        assertThat(vues).contains(formationDeParis.getId()).isEqualTo(formationsActives(campagneDeParis.getId()));
        assertThat(catalogueService.compter(FiltreCatalogue.tout())).isEqualTo(vues.size());

        Connexion.en("admin.creteil");
        assertThat(catalogueService.campagne()).hasValueSatisfying(c -> assertThat(c.getAcademie().getCode()).isEqualTo("24"));
        assertThat(ids(catalogueService.rechercher(FiltreCatalogue.tout(), 0, 1000, null, true)))
                .doesNotContain(formationDeParis.getId());
        assertThat(catalogueService.formation(formationDeParis.getId())).as("une formation du catalogue de Paris").isEmpty();
    }

    @Test
    void eachAdministratorManagesTheCampagnesOfItsAcademieOnly() {
        Connexion.en(adminParis);
        assertThat(campagnes.campagnesDeLAcademie()).isNotEmpty()
                .allSatisfy(v -> assertThat(v.campagne().getAcademie().getCode()).isEqualTo(AcademieDeParis.CODE));
        assertThat(campagnes.courante()).hasValueSatisfying(c -> assertThat(c.getId()).isEqualTo(campagneDeParis.getId()));

        Connexion.en("admin.creteil");
        assertThat(campagnes.campagnesDeLAcademie()).isNotEmpty()
                .allSatisfy(v -> assertThat(v.campagne().getAcademie().getCode()).isEqualTo("24"));
    }

    @Test
    void eachAdministratorReadsTheAuditJournalOfItsAcademieOnly() {
        Connexion.en(adminParis);
        etablissements.corriger(lyceeDeParis.getId(), "ce.0759901@ac-paris.fr", "Contact " + UUID.randomUUID(), null);
        JournalService.Filtre tout = new JournalService.Filtre(null, null, null, null, null);
        assertThat(journal.rechercher(tout)).extracting(l -> l.evenement().getLogin())
                .contains(adminParis).doesNotContain("admin.creteil", "chef.jaures", "referent.jaures", "lp.lurcat");

        Connexion.en("admin.creteil");
        assertThat(journal.rechercher(tout)).extracting(l -> l.evenement().getLogin()).doesNotContain(adminParis);
        assertThat(journal.rechercher(new JournalService.Filtre("0759901", null, null, null, null)))
                .as("lignes sur le lycée de Paris").isEmpty();
    }

    private static Set<Long> ids(java.util.List<FormationVue> vues) {
        Set<Long> ids = new HashSet<>();
        vues.forEach(v -> ids.add(v.id()));
        return ids;
    }

    private Set<Long> formationsActives(long campagneId) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection c = base.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT id FROM formation WHERE campagne_id = ? AND active")) {
            st.setLong(1, campagneId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
