package fr.passpro.batch.annuaire;

import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * An accepted line of the directory: an établissement of the académie that Passpro manages, checked and normalised.
 *
 * @param natureIncertaine the file says « Lycée » with nothing more precise: a known lycée keeps its own nature
 * @param mail             null when the file gives none (a known mailbox is then kept)
 * @param fermeture        the day it closes, or null while it is open
 */
public record LigneAnnuaire(int ligne, String uai, String nom, Nature nature, boolean natureIncertaine, Secteur secteur,
                            String commune, String departement, String mail, LocalDate fermeture)
        implements Serializable {

    public boolean ferme() {
        return fermeture != null;
    }
}
