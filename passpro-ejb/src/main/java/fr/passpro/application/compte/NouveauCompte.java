package fr.passpro.application.compte;

import fr.passpro.domain.compte.Role;
import java.io.Serializable;

/**
 * What a form gives to create an établissement account.
 *
 * @param login           the login wanted, or null/blank to derive it from prénom and nom
 * @param etablissementId the établissement of the account
 * @param role            ORIGINE (collège) or ACCUEIL (lycée)
 * @param chef            whether the person is the chef d'établissement
 */
public record NouveauCompte(String login, String prenom, String nom, String email, Long etablissementId, Role role,
                            boolean chef) implements Serializable {
}
