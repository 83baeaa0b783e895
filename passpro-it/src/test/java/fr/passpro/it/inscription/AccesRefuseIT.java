package fr.passpro.it.inscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.inscription.EleveService;
import fr.passpro.application.inscription.InscriptionService;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.it.Deployments;
import fr.passpro.it.support.Connexion;
import fr.passpro.it.support.Donnees;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A collège user who reads or changes another collège's pupil (an id changed in a URL or a form) is refused, and the
 * refusal is written to the audit journal of the database, which cannot be changed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class AccesRefuseIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.passproWithTests(AccesRefuseIT.class, Connexion.class, Donnees.class);
    }

    @Inject
    Donnees donnees;

    @Inject
    EleveService eleveService;

    @Inject
    InscriptionService inscriptionService;

    @Inject
    JournalAudit journal;

    @Resource(lookup = "jdbc/passpro")
    DataSource dataSource;

    @Test
    void readingAnotherCollegesPupilIsRefusedAndAudited() {
        Eleve autre = donnees.nouvelEleve(donnees.nouveauCollege());
        Connexion.en("referent.jaures");

        assertThatThrownBy(() -> eleveService.get(autre.getId()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("Accès refusé : l'élève demandé(e) ne fait pas partie de votre établissement");

        List<AuditEvent> lignes = journal.lignesSur("eleve", String.valueOf(autre.getId()));
        assertThat(lignes).hasSize(1);
        AuditEvent ligne = lignes.get(0);
        assertThat(ligne.getLogin()).isEqualTo("referent.jaures");
        assertThat(ligne.getAction()).isEqualTo(AuditEvent.ACCES_REFUSE);
        assertThat(ligne.getDetail()).contains("l'élève", String.valueOf(autre.getId()));
        assertThat(ligne.getAdresse()).as("adresse du client de la requête").isNotBlank();
        assertThat(ligne.getSurvenuLe()).isNotNull();
    }

    @Test
    void registeringAnotherCollegesPupilIsRefusedAndAuditedToo() {
        Eleve autre = donnees.nouvelEleve(donnees.nouveauCollege());
        Connexion.en("chef.jaures");

        assertThatThrownBy(() -> inscriptionService.inscrire(autre.getId(), 1L, 1L, 1L, List.of(1L)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(journal.lignesSur("eleve", String.valueOf(autre.getId())))
                .extracting(AuditEvent::getLogin).containsExactly("chef.jaures");
    }

    @Test
    void aMissingPupilIsNotAnAuditedRefusal() {
        Connexion.en("referent.jaures");

        assertThatThrownBy(() -> eleveService.get(Long.MAX_VALUE))
                .isNotInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("n'existe pas");
        assertThat(journal.lignesSur("eleve", String.valueOf(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void theJournalRefusesChangesAndDeletions() throws SQLException {
        Eleve autre = donnees.nouvelEleve(donnees.nouveauCollege());
        Connexion.en("referent.jaures");
        assertThatThrownBy(() -> eleveService.get(autre.getId())).isInstanceOf(AccessDeniedException.class);
        long id = journal.lignesSur("eleve", String.valueOf(autre.getId())).get(0).getId();

        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement update = c.prepareStatement("UPDATE audit_event SET login = 'effacé' WHERE id = ?")) {
                update.setLong(1, id);
                assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class)
                        .hasMessageContaining("ne se modifie pas");
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM audit_event WHERE id = ?")) {
                delete.setLong(1, id);
                assertThatThrownBy(delete::executeUpdate).isInstanceOf(SQLException.class)
                        .hasMessageContaining("ne se supprime pas");
            }
        }
        assertThat(journal.lignesSur("eleve", String.valueOf(autre.getId())))
                .extracting(AuditEvent::getLogin).containsExactly("referent.jaures");
    }
}
