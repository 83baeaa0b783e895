package fr.passpro.domain.planning.consultation;

import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.planning.Convocation;
import java.io.Serializable;

/**
 * One row of a lycée's list of candidates: the inscription (pupil, collège, domaine, vœux with their avis d'origine)
 * and, when it is convoked, its active convocation (séance, last mail).
 *
 * @param convocation null while the candidate is not convoked
 */
public record LigneCandidat(Inscription inscription, Convocation convocation) implements Serializable {

    public boolean isConvoque() {
        return convocation != null;
    }
}
