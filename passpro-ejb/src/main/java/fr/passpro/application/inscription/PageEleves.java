package fr.passpro.application.inscription;

import fr.passpro.domain.inscription.Dispositif;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A page of the collège's pupils read from the database, with how many pupils the collège has in all (issue 14).
 *
 * @param premier the position of the page's first row (0 when the page asked for lay beyond the last)
 */
public record PageEleves(List<Ligne> lignes, long total, int premier) implements Serializable {

    public PageEleves {
        lignes = List.copyOf(lignes);
    }

    public static PageEleves vide() {
        return new PageEleves(List.of(), 0, 0);
    }

    /** A pupil as the list shows it, with its inscriptions that are not withdrawn. */
    public record Ligne(long id, String nom, String prenom, LocalDate dateNaissance, String classe,
                        Dispositif dispositif, long inscriptions) implements Serializable {

        public String nomComplet() {
            return prenom + " " + nom;
        }
    }
}
