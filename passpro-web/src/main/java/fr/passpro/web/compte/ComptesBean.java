package fr.passpro.web.compte;

import fr.passpro.application.compte.ComptesService;
import fr.passpro.application.compte.NouveauCompte;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.shared.BusinessException;
import fr.passpro.web.util.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * The accounts page, for an admin ({@code /academie/comptes.xhtml}: the établissements of the académie) and for a
 * chef d'établissement ({@code /etablissement/comptes.xhtml}: the own établissement, the own profile). The service
 * decides what each may do; this bean only shows it.
 */
@Named
@ViewScoped
public class ComptesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String BUNDLE = "fr.passpro.web.compte";
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm")
            .withZone(ZoneId.of("Europe/Paris"));

    @Inject
    private ComptesService service;

    @Inject
    private CurrentUser currentUser;

    private boolean admin;
    private Role roleDuChef;
    private List<Etablissement> etablissements;
    private List<Account> comptes;

    private Long filtreEtablissement;
    private String filtreTexte;

    private String prenom;
    private String nom;
    private String email;
    private String login;
    private Long etablissementId;
    private Role role;
    private boolean chef;

    @PostConstruct
    void charger() {
        Account moi = currentUser.require();
        admin = moi.getRole() == Role.ADMIN;
        etablissements = service.etablissements();
        if (!admin) {
            roleDuChef = moi.getRole();
            etablissementId = moi.getEtablissement().getId();
            role = roleDuChef;
        }
        rechercher();
    }

    public void rechercher() {
        comptes = service.rechercher(filtreEtablissement, filtreTexte);
    }

    public void creer() {
        if (admin && etablissementId == null) {
            Messages.ajouter(FacesMessage.SEVERITY_ERROR, texte("comptes.requis", texte("comptes.etablissement")));
            return;
        }
        if (admin && role == null) {
            Messages.ajouter(FacesMessage.SEVERITY_ERROR, texte("comptes.requis", texte("comptes.profil")));
            return;
        }
        Account cree = agir(() -> service.creer(new NouveauCompte(login, prenom, nom, email, etablissementId,
                admin ? role : roleDuChef, chef)));
        if (cree != null) {
            Messages.ajouter(FacesMessage.SEVERITY_INFO, texte("comptes.cree", cree.getLogin(), cree.getPrenom(), cree.getNom()));
            prenom = null;
            nom = null;
            email = null;
            login = null;
            chef = false;
            if (admin) {
                etablissementId = null;
                role = null;
            }
            filtreTexte = cree.getLogin();
            filtreEtablissement = null;
            rechercher();
        }
    }

    public void desactiver(long accountId) {
        Account compte = agir(() -> service.desactiver(accountId));
        if (compte != null) {
            Messages.ajouter(FacesMessage.SEVERITY_INFO, texte("comptes.desactive", compte.getLogin()));
        }
        rechercher();
    }

    public void reactiver(long accountId) {
        Account compte = agir(() -> service.reactiver(accountId));
        if (compte != null) {
            Messages.ajouter(FacesMessage.SEVERITY_INFO, texte("comptes.reactive", compte.getLogin()));
        }
        rechercher();
    }

    public void envoyerLien(Account compte) {
        Instant expire = agir(() -> service.envoyerLien(compte.getId()));
        if (expire != null) {
            Messages.ajouter(FacesMessage.SEVERITY_INFO, texte("comptes.lienEnvoye", compte.getLogin(), compte.getEmail(),
                    DATE_HEURE.format(expire)));
        }
        rechercher();
    }

    /** The service's answer, or null after putting its refusal on the page in French. */
    private static <T> T agir(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (BusinessException e) {
            Messages.ajouter(FacesMessage.SEVERITY_ERROR, e.getMessage());
        } catch (EJBException e) {
            if (e.getCausedByException() instanceof BusinessException b) {
                Messages.ajouter(FacesMessage.SEVERITY_ERROR, b.getMessage());
            } else {
                throw e;
            }
        }
        return null;
    }

    static String texte(String cle, Object... arguments) {
        return Messages.texte(BUNDLE, cle, arguments);
    }

    public String dateHeure(Instant instant) {
        return instant == null ? null : DATE_HEURE.format(instant);
    }

    public String profil(Role r) {
        return r == null ? "" : texte("comptes.profil." + r.name());
    }

    public List<Role> getRoles() {
        return List.of(Role.ORIGINE, Role.ACCUEIL);
    }

    public String getNombre() {
        return texte("comptes.nombre", comptes.size());
    }

    public boolean isTrop() {
        return comptes.size() >= ComptesService.MAX_RESULTATS;
    }

    public int getMax() {
        return ComptesService.MAX_RESULTATS;
    }

    public String getEtablissementDuChef() {
        return etablissements.isEmpty() ? "" : libelle().apply(etablissements.get(0));
    }

    private static Function<Etablissement, String> libelle() {
        return e -> e.getNom() + " – " + e.getCommune() + " (" + e.getUai() + ")";
    }

    public boolean isAdmin() {
        return admin;
    }

    public List<Etablissement> getEtablissements() {
        return etablissements;
    }

    public List<Account> getComptes() {
        return comptes;
    }

    public Long getFiltreEtablissement() {
        return filtreEtablissement;
    }

    public void setFiltreEtablissement(Long filtreEtablissement) {
        this.filtreEtablissement = filtreEtablissement;
    }

    public String getFiltreTexte() {
        return filtreTexte;
    }

    public void setFiltreTexte(String filtreTexte) {
        this.filtreTexte = filtreTexte;
    }

    public String getPrenom() {
        return prenom;
    }

    public void setPrenom(String prenom) {
        this.prenom = prenom;
    }

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public Long getEtablissementId() {
        return etablissementId;
    }

    public void setEtablissementId(Long etablissementId) {
        this.etablissementId = etablissementId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isChef() {
        return chef;
    }

    public void setChef(boolean chef) {
        this.chef = chef;
    }
}
