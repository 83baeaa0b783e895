package fr.passpro.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.passpro.application.campagne.CampagneService;
import fr.passpro.application.security.AuthenticationResult;
import fr.passpro.application.security.AuthenticationResult.Status;
import fr.passpro.application.security.AuthenticationService;
import fr.passpro.application.security.PasswordHasher;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.it.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

/** The identity store in MariaDB: PBKDF2 passwords, groups, and the lock-out after 5 failures. */
@ExtendWith(ArquillianExtension.class)
class AuthenticationIT {

    private static final char[] DEMO_PASSWORD = "Passpro2027!".toCharArray();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.passproWithTests(AuthenticationIT.class);
    }

    @Inject
    AuthenticationService authentication;

    @Inject
    AccountRepository accounts;

    @Inject
    CampagneService campagnes;

    @Inject
    EtablissementRepository etablissements;

    @Inject
    PasswordHasher hasher;

    @Resource(lookup = "jdbc/passpro")
    DataSource dataSource;

    @Test
    void demoChefLogsInWithTheGroupsOfHisRole() {
        AuthenticationResult result = authentication.authenticate("chef.jaures", DEMO_PASSWORD);

        assertThat(result.status()).isEqualTo(Status.SUCCESS);
        assertThat(result.groups()).containsExactlyInAnyOrder(Roles.ORIGINE, Roles.CHEF_ETABLISSEMENT);
        assertThat(accounts.findByLogin("chef.jaures").orElseThrow().getDerniereConnexion()).isNotNull();
    }

    @Test
    void loginIsCaseInsensitiveAndTrimmed() {
        assertThat(authentication.authenticate("  Referent.Jaures ", DEMO_PASSWORD).groups()).containsExactly(Roles.ORIGINE);
    }

    @Test
    void passwordsAreStoredAsPbkdf2Hashes() {
        String hash = accounts.findByLogin("admin.creteil").orElseThrow().getPasswordHash().orElseThrow();

        assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("Passpro2027");
    }

    @Test
    void wrongPasswordAndUnknownLoginGetTheSameAnswer() {
        assertThat(authentication.authenticate("lp.lurcat", "mauvais".toCharArray()).status()).isEqualTo(Status.INVALID);
        assertThat(authentication.authenticate("personne.inconnue", DEMO_PASSWORD).status()).isEqualTo(Status.INVALID);
    }

    @Test
    void fifthFailureLocksTheAccountAndTheSixthAttemptIsRefusedEvenWithTheRightPassword() throws SQLException {
        String login = newAccount();
        for (int i = 1; i <= 4; i++) {
            assertThat(authentication.authenticate(login, "faux".toCharArray()).status()).as("échec %d", i).isEqualTo(Status.INVALID);
        }
        assertThat(authentication.authenticate(login, "faux".toCharArray()).status()).isEqualTo(Status.LOCKED);
        assertThat(authentication.isLocked(login)).isTrue();

        assertThat(authentication.authenticate(login, "Secret-1234".toCharArray()).status()).isEqualTo(Status.LOCKED);

        // 15 minutes later (the lock is moved into the past rather than waited for): the right password opens again.
        expireLock(login);
        assertThat(authentication.authenticate(login, "Secret-1234".toCharArray()).status()).isEqualTo(Status.SUCCESS);
        assertThat(authentication.isLocked(login)).isFalse();
    }

    @Test
    void anUnknownLoginIsLockedTooSoThatLockingRevealsNothing() {
        String login = "inconnu." + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 5; i++) {
            authentication.authenticate(login, "faux".toCharArray());
        }
        assertThat(authentication.isLocked(login)).isTrue();
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        String login = newAccount();
        Account account = accounts.findByLogin(login).orElseThrow();
        account.desactiver();
        accounts.save(account);

        assertThat(authentication.authenticate(login, "Secret-1234".toCharArray()).status()).isEqualTo(Status.INVALID);
    }

    @Test
    void servicesRefuseACallerWithoutARole() {
        // This test runs without any caller: @RolesAllowed on the service refuses it before any query.
        assertThatThrownBy(() -> campagnes.courante()).isInstanceOf(EJBAccessException.class);
    }

    private String newAccount() {
        String login = "test." + UUID.randomUUID().toString().substring(0, 8);
        Account account = Account.pourEtablissement(login, "Test", "Compte", login + "@ac-creteil.fr", Role.ACCUEIL, false,
                etablissements.getByUai(Uai.withCheckLetter("0940132")));
        account.changerMotDePasse(hasher.hash("Secret-1234".toCharArray()));
        accounts.save(account);
        return login;
    }

    private void expireLock(String login) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE login_attempt SET locked_until = ? WHERE login = ?")) {
            update.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minusSeconds(1)));
            update.setString(2, login);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
