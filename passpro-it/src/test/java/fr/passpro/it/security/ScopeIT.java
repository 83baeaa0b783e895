package fr.passpro.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.scope.Scope;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.it.Deployments;
import jakarta.inject.Inject;

/** Queries take the caller's scope: an établissement sees itself only, an académie its own établissements only. */
@ExtendWith(ArquillianExtension.class)
class ScopeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.passproWithTests(ScopeIT.class);
    }

    @Inject
    AccountRepository accounts;

    @Inject
    EtablissementRepository etablissements;

    @Inject
    AcademieRepository academies;

    private Etablissement versaillesCollege;

    @BeforeEach
    void aCollegeOfVersaillesWithItsOwnAccount() {
        Uai uai = Uai.withCheckLetter("0781234");
        versaillesCollege = etablissements.findByUai(uai).orElseGet(() -> etablissements.save(new Etablissement(uai,
                "Collège de Versailles (test)", Nature.COLLEGE, Secteur.PUBLIC, "Versailles", academies.getDepartement("078"))));
        String login = "versailles." + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(Account.pourEtablissement(login, "Test", "Versailles", login + "@ac-versailles.fr", Role.ORIGINE,
                false, versaillesCollege));
    }

    @Test
    void aCollegeSeesOnlyItsOwnAccounts() {
        Scope jaures = accounts.findByLogin("chef.jaures").orElseThrow().scope();

        List<Account> visible = accounts.findVisible(jaures);

        assertThat(visible).extracting(Account::getLogin).contains("chef.jaures", "referent.jaures");
        assertThat(visible).allSatisfy(a -> assertThat(a.getEtablissement().getUai().code()).isEqualTo("0931234L"));
    }

    @Test
    void aCollegeSeesOnlyItself() {
        Scope jaures = accounts.findByLogin("chef.jaures").orElseThrow().scope();

        assertThat(etablissements.findVisible(jaures)).extracting(e -> e.getUai().code()).containsExactly("0931234L");
        assertThat(etablissements.findVisibleById(jaures, versaillesCollege.getId())).isEmpty();
    }

    @Test
    void theAcademieSeesItsEtablissementsAndAccountsButNotThoseOfAnotherAcademie() {
        Scope creteil = accounts.findByLogin("admin.creteil").orElseThrow().scope();

        assertThat(etablissements.findVisible(creteil)).extracting(e -> e.getUai().code())
                .contains("0931234L", "0940132H", "0770942F")
                .doesNotContain(versaillesCollege.getUai().code());
        assertThat(accounts.findVisible(creteil)).extracting(Account::getLogin)
                .contains("admin.creteil", "chef.jaures", "lp.lurcat")
                .noneMatch(login -> login.startsWith("versailles."));
        assertThat(accounts.findVisible(Scope.academie(Academie.VERSAILLES))).extracting(Account::getLogin)
                .isNotEmpty()
                .allMatch(login -> login.startsWith("versailles."));
    }
}
