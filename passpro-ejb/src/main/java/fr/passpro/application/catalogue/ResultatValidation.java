package fr.passpro.application.catalogue;

import fr.passpro.domain.catalogue.importation.Rejet;
import java.util.List;
import java.util.Optional;

/**
 * What the validator made of one line: the validated line when it has no error, and every problem found
 * (errors and warnings), so that the admin corrects a line in one go.
 */
public record ResultatValidation(int ligne, Optional<LigneValidee> ligneValidee, List<Rejet> rejets) {

    public ResultatValidation {
        rejets = List.copyOf(rejets);
    }

    public boolean isValide() {
        return ligneValidee.isPresent();
    }

    public List<Rejet> erreurs() {
        return rejets.stream().filter(Rejet::isErreur).toList();
    }

    public List<Rejet> alertes() {
        return rejets.stream().filter(r -> !r.isErreur()).toList();
    }
}
