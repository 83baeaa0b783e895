package fr.passpro.domain.preinscription;

import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.inscription.Dispositif;
import java.time.LocalDate;
import java.util.List;

/**
 * What a school typed in the public form, as is (nothing checked yet: {@link Preinscription#soumettre} checks).
 *
 * @param uai          may be blank: the académie then finds it before validating
 * @param eleveClasse  may be blank
 * @param formationIds the vœux, in order; blanks (null) are ignored
 */
public record DemandePreinscription(String etablissementNom, Nature nature, String uai, String commune,
                                    String departementCode, String contactNom, String contactPrenom, String contactEmail,
                                    String eleveNom, String elevePrenom, LocalDate eleveDateNaissance, String eleveClasse,
                                    Dispositif eleveDispositif, List<Long> formationIds) {
}
