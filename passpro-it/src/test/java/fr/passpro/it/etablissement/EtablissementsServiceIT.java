package fr.passpro.it.etablissement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.etablissement.EtablissementsService;
import fr.passpro.application.etablissement.EtablissementsService.FicheEtablissement;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.it.Deployments;
import fr.passpro.it.catalogue.CatalogueFixture;
import fr.passpro.it.support.Connexion;
import fr.passpro.it.support.Donnees;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The académie's établissements on the real Payara and MariaDB: the search by text, type and département; one
 * établissement's counts against counts taken in SQL; the correction of its contact written to the audit trail with
 * what was there before; a bad phone refused with nothing changed; another académie's établissement refused and
 * audited; a collège refused.
 */
@ExtendWith(ArquillianExtension.class)
class EtablissementsServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.passproWithTestClock(EtablissementsServiceIT.class, CatalogueFixture.class);
    }

    @Inject
    EtablissementsService service;

    @Inject
    Donnees donnees;

    @Inject
    CatalogueFixture catalogue;

    @Inject
    JournalAudit journal;

    @Resource(lookup = "jdbc/passpro")
    DataSource base;

    @Test
    void theSearchFindsByNameCommuneOrUaiWithinTheTypeAndDepartement() {
        catalogue.lyceeDeParis();
        Connexion.en("admin.creteil");

        assertThat(service.rechercher("0931234L", null, null)).extracting(Etablissement::getNom)
                .containsExactly("Collège Jean Jaurès");
        assertThat(service.rechercher("jaures", Nature.COLLEGE, "093")).extracting(Etablissement::getNom)
                .contains("Collège Jean Jaurès");
        assertThat(service.rechercher("Jaurès", Nature.LYCEE_PROFESSIONNEL, null)).isEmpty();
        assertThat(service.rechercher("Jaurès", null, "094")).isEmpty();
        assertThat(service.rechercher("Paris (test)", null, null)).as("un lycée d'une autre académie").isEmpty();
    }

    @Test
    void theFicheCountsWhatTheEtablissementHasAsSqlCountsIt() throws SQLException {
        Connexion.en("admin.creteil");
        Etablissement lurcat = catalogue.lycee("0940132H");
        Etablissement jaures = donnees.jaures();

        FicheEtablissement lycee = service.fiche(lurcat.getId());
        FicheEtablissement college = service.fiche(jaures.getId());

        long campagne = donnees.campagne().getId();
        assertThat(lycee.candidats()).isEqualTo(compter("SELECT COUNT(*) FROM inscription WHERE lycee_id = ?"
                + " AND campagne_id = ? AND statut <> 'RETIREE'", lurcat.getId(), campagne));
        assertThat(lycee.seances()).isEqualTo(compter("SELECT COUNT(*) FROM seance WHERE lycee_id = ?"
                + " AND campagne_id = ? AND annulee_le IS NULL", lurcat.getId(), campagne));
        assertThat(lycee.formations()).hasSize((int) compter("SELECT COUNT(*) FROM formation WHERE campagne_id = ?"
                + " AND (etablissement_id = ? OR accueil_referent_id = ?)", campagne, lurcat.getId(), lurcat.getId()));
        assertThat(lycee.comptes()).extracting(a -> a.getLogin()).contains("lp.lurcat");
        assertThat(college.eleves()).isEqualTo(compter("SELECT COUNT(*) FROM eleve WHERE college_id = ?"
                + " AND campagne_id = ?", jaures.getId(), campagne)).isPositive();
        assertThat(college.comptes()).extracting(a -> a.getLogin()).contains("chef.jaures", "referent.jaures");
    }

    @Test
    void aCorrectionIsAuditedWithWhatWasThereBeforeAndABadPhoneChangesNothing() {
        Etablissement college = donnees.nouveauCollege();
        Connexion.en("admin.creteil");

        service.corriger(college.getId(), "ce.test@ac-creteil.fr", "Mme Durand, CPE", "01 45 17 60 00");
        assertThatThrownBy(() -> service.corriger(college.getId(), "autre@ac-creteil.fr", "M. Martin", "12"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("n'est pas un numéro valide");

        Etablissement lu = service.fiche(college.getId()).etablissement();
        assertThat(lu.getMailFonctionnel()).isEqualTo("ce.test@ac-creteil.fr");
        assertThat(lu.getContact()).isEqualTo("Mme Durand, CPE");
        assertThat(lu.getTelephone()).isEqualTo("01 45 17 60 00");
        assertThat(journal.lignesSur("etablissement", String.valueOf(college.getId())))
                .filteredOn(ligne -> ligne.getAction().equals("MODIFICATION"))
                .as("la correction refusée n'a laissé aucune ligne").singleElement().satisfies(ligne -> {
                    assertThat(ligne.getLogin()).isEqualTo("admin.creteil");
                    assertThat(ligne.getAdresse()).isNotBlank();
                    assertThat(ligne.getDetail()).contains("boîte fonctionnelle : (vide) → ce.test@ac-creteil.fr",
                            "contact : (vide) → Mme Durand, CPE", "téléphone : (vide) → 01 45 17 60 00");
                });
    }

    @Test
    void anotherAcademiesEtablissementIsRefusedAndAuditedAndACollegeMayNotSearch() {
        Etablissement paris = catalogue.lyceeDeParis();
        Connexion.en("admin.creteil");
        assertThatThrownBy(() -> service.fiche(paris.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.corriger(paris.getId(), "x@ac-paris.fr", null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(journal.lignesSur("etablissement", String.valueOf(paris.getId())))
                .extracting(AuditEvent::getAction).contains(AuditEvent.ACCES_REFUSE);

        Connexion.en("referent.jaures");
        assertThatThrownBy(() -> service.rechercher("Jaurès", null, null)).isInstanceOf(EJBAccessException.class);
    }

    private long compter(String sql, long... parametres) throws SQLException {
        try (Connection c = base.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parametres.length; i++) {
                st.setLong(i + 1, parametres[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
