package fr.passpro.application.inscription;

import fr.passpro.domain.inscription.Dispositif;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the collège types to create a pupil.
 *
 * @param ine may be null or blank (the INE is optional)
 */
public record NouvelEleve(String nom, String prenom, LocalDate dateNaissance, String classe, Dispositif dispositif,
                          String ine) implements Serializable {
}
