package fr.passpro.it.preinscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.application.preinscription.PreinscriptionService;
import fr.passpro.application.preinscription.TropDeSoumissionsException;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.domain.preinscription.DemandePreinscription;
import fr.passpro.domain.preinscription.LimiteDebit;
import fr.passpro.domain.preinscription.Preinscription;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.it.Deployments;
import fr.passpro.it.support.Donnees;
import fr.passpro.it.support.HorlogeDeTest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public form's service: robots are dropped silently, and every submission counts against the address's limit. */
@ExtendWith(ArquillianExtension.class)
class PreinscriptionServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.passproWithTestClock(PreinscriptionServiceIT.class);
    }

    @Inject
    Donnees donnees;

    @Inject
    PreinscriptionService service;

    @Resource(lookup = "jdbc/passpro")
    DataSource dataSource;

    @BeforeEach
    void duringRegistration() {
        Campagne campagne = donnees.campagne();
        HorlogeDeTest.regler(ZonedDateTime.of(campagne.getDateOuverture().withMonth(3).withDayOfMonth(16),
                LocalTime.of(10, 0), Campagne.ZONE).toInstant());
    }

    @AfterEach
    void realTimeAgain() {
        HorlogeDeTest.regler(null);
    }

    private DemandePreinscription demande(String email, Long formationId) {
        return new DemandePreinscription("CFA " + email, Nature.CFA, null, "Bobigny", "093", "Durand", "Léa", email,
                "Martin", "Noah", donnees.campagne().getDateOuverture().minusYears(14), null, Dispositif.TROISIEME,
                formationId == null ? List.of() : List.of(formationId));
    }

    private long enregistrees(String email) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM preinscription WHERE contact_email = ?")) {
            s.setString(1, email);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void aSubmissionWithTheHiddenFieldFilledIsDroppedSilently() throws SQLException {
        String email = "robot." + Donnees.unique() + "@test.passpro.fr";
        Long formation = donnees.formations().get(0).getId();

        Optional<Preinscription> resultat = service.soumettre(demande(email, formation), "http://spam.example",
                "10.1." + Math.abs(Donnees.unique().hashCode() % 200) + ".1");

        assertThat(resultat).isEmpty();
        assertThat(enregistrees(email)).isZero();
    }

    @Test
    void aPersonsSubmissionIsStoredAndEvenRefusedOnesCountAgainstTheLimit() throws SQLException {
        String adresse = "10.2." + Math.abs(Donnees.unique().hashCode() % 250) + "." + Math.abs(Donnees.unique().hashCode() % 250);
        Long formation = donnees.formations().get(0).getId();
        String email = "cfa." + Donnees.unique() + "@test.passpro.fr";

        assertThat(service.soumettre(demande(email, formation), null, adresse)).isPresent();
        assertThat(enregistrees(email)).isEqualTo(1);
        for (int i = 2; i <= LimiteDebit.MAX_PAR_FENETRE; i++) {
            assertThatThrownBy(() -> service.soumettre(demande("sans-voeu@test.passpro.fr", null), null, adresse))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("au moins une formation");
        }

        assertThatThrownBy(() -> service.soumettre(demande(email, formation), null, adresse))
                .isInstanceOf(TropDeSoumissionsException.class)
                .hasMessageContaining("5 par heure au plus");
        assertThat(enregistrees(email)).isEqualTo(1);
    }
}
