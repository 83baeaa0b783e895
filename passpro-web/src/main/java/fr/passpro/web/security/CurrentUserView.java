package fr.passpro.web.security;

import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.etablissement.Etablissement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The connected person as the pages show it: name, profile, établissement or académie, home page. */
@Named("currentUser")
@RequestScoped
public class CurrentUserView {

    @Inject
    private CurrentUser currentUser;

    public boolean isAuthenticated() {
        return currentUser.isAuthenticated();
    }

    public String getDisplayName() {
        return currentUser.account().map(a -> (a.getPrenom() + " " + a.getNom()).strip()).orElse(null);
    }

    public String getRoleLabel() {
        return currentUser.account().map(a -> a.getRole().libelle()).orElse(null);
    }

    public String getEtablissementNom() {
        return etablissement() == null ? null : etablissement().getNom();
    }

    public String getEtablissementUai() {
        return etablissement() == null ? null : etablissement().getUai().toString();
    }

    public String getAcademieNom() {
        return currentUser.account().map(CurrentUserView::academieNom).orElse("Créteil");
    }

    public boolean isChefEtablissement() {
        return currentUser.account().map(Account::isChefEtablissement).orElse(false);
    }

    /** The home page of the caller's role, relative to the context root. */
    public String getHomePath() {
        Role role = currentUser.account().map(Account::getRole).orElse(null);
        if (role == null) {
            return "/login.xhtml";
        }
        return switch (role) {
            case ORIGINE -> "/college/index.xhtml";
            case ACCUEIL -> "/lycee/index.xhtml";
            case ADMIN -> "/academie/index.xhtml";
        };
    }

    private Etablissement etablissement() {
        return currentUser.account().map(Account::getEtablissement).orElse(null);
    }

    private static String academieNom(Account account) {
        return account.getEtablissement() != null ? account.getEtablissement().getAcademie().getNom()
                : account.getAcademie().getNom();
    }
}
