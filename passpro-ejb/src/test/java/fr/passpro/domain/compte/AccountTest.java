package fr.passpro.domain.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class AccountTest {

    private final Academie creteil = new Academie(Academie.CRETEIL, "Créteil");
    private final Departement seineSaintDenis = new Departement("093", "Seine-Saint-Denis", creteil);
    private final Etablissement college = new Etablissement(Uai.withCheckLetter("0930001"), "Collège Jean Jaurès",
            Nature.COLLEGE, Secteur.PUBLIC, "Montreuil", seineSaintDenis);
    private final Etablissement lycee = new Etablissement(Uai.withCheckLetter("0930002"), "Lycée professionnel Voillaume",
            Nature.LYCEE_PROFESSIONNEL, Secteur.PUBLIC, "Aulnay-sous-Bois", seineSaintDenis);

    @Test
    void anOrigineAccountBelongsToACollegeAndTakesItsAcademie() {
        Account account = Account.pourEtablissement("mdupont", "Dupont", "Marie", "marie.dupont@ac-creteil.fr",
                Role.ORIGINE, false, college);

        assertThat(account.getRole()).isEqualTo(Role.ORIGINE);
        assertThat(account.getEtablissement()).isEqualTo(college);
        assertThat(account.getAcademie()).isEqualTo(creteil);
        assertThat(account.isActif()).isTrue();
        assertThat(account.getPasswordHash()).isEmpty();
        assertThat(account.groups()).containsExactly(Roles.ORIGINE);
    }

    @Test
    void anOrigineAccountCannotBelongToALyceeProfessionnel() {
        assertThatThrownBy(() -> Account.pourEtablissement("mdupont", "Dupont", "Marie", "marie.dupont@ac-creteil.fr",
                Role.ORIGINE, false, lycee))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("« Établissement d'origine »")
                .hasMessageContaining("Lycée professionnel");
    }

    @Test
    void anAccueilAccountCannotBelongToACollege() {
        assertThatThrownBy(() -> Account.pourEtablissement("jmartin", "Martin", "Jean", "jean.martin@ac-creteil.fr",
                Role.ACCUEIL, false, college))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("« Établissement d'accueil-référent »");
    }

    @Test
    void anAdminAccountNeedsAnAcademieNotAnEtablissement() {
        assertThatThrownBy(() -> Account.pourEtablissement("saio", "Saio", "Paul", "saio@ac-creteil.fr",
                Role.ADMIN, false, college))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("académie");
        assertThatThrownBy(() -> Account.pourAcademie("saio", "Saio", "Paul", "saio@ac-creteil.fr", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("doit être rattaché à une académie");

        Account admin = Account.pourAcademie("saio", "Saio", "Paul", "saio@ac-creteil.fr", creteil);

        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.getEtablissement()).isNull();
        assertThat(admin.getAcademie()).isEqualTo(creteil);
        assertThat(admin.groups()).containsExactly(Roles.ADMIN);
        assertThat(admin.scope().isAcademie()).isTrue();
        assertThat(admin.scope().academieCode()).isEqualTo("24");
    }

    @Test
    void theHeadOfAnEtablissementIsAlsoInTheChefGroup() {
        Account chef = Account.pourEtablissement("principal", "Durand", "Anne", "ce.0930001@ac-creteil.fr",
                Role.ORIGINE, true, college);
        Account adjoint = Account.pourEtablissement("cpe", "Bernard", "Luc", "luc.bernard@ac-creteil.fr",
                Role.ORIGINE, false, college);

        assertThat(chef.groups()).containsExactlyInAnyOrder(Roles.ORIGINE, Roles.CHEF_ETABLISSEMENT);
        assertThat(adjoint.groups()).doesNotContain(Roles.CHEF_ETABLISSEMENT);
    }

    @Test
    void roleNamesAreTheGroupNames() {
        assertThat(Role.ORIGINE.name()).isEqualTo(Roles.ORIGINE);
        assertThat(Role.ACCUEIL.name()).isEqualTo(Roles.ACCUEIL);
        assertThat(Role.ADMIN.name()).isEqualTo(Roles.ADMIN);
        assertThat(Role.ACCUEIL.libelle()).isEqualTo("Établissement d'accueil-référent");
    }

    @Test
    void refusesAMalformedEmail() {
        assertThatThrownBy(() -> Account.pourEtablissement("mdupont", "Dupont", "Marie", "marie.dupont",
                Role.ORIGINE, false, college))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("marie.dupont");
    }

    @Test
    void recordsPasswordsAndDeactivation() {
        Account account = Account.pourEtablissement("mdupont", "Dupont", "Marie", "marie.dupont@ac-creteil.fr",
                Role.ORIGINE, false, college);
        account.changerMotDePasse("$pbkdf2$hash");
        account.desactiver();

        assertThat(account.getPasswordHash()).contains("$pbkdf2$hash");
        assertThat(account.isActif()).isFalse();
        account.reactiver();
        assertThat(account.isActif()).isTrue();
        assertThatThrownBy(() -> account.changerMotDePasse(" ")).isInstanceOf(InvalidValueException.class);
    }
}
