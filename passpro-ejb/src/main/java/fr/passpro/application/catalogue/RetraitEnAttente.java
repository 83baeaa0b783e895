package fr.passpro.application.catalogue;

import fr.passpro.domain.catalogue.importation.RetraitFormation;
import java.io.Serializable;
import java.time.Instant;

/**
 * A formation that an imported file no longer lists but that pupils ask for, as the import page lists it for the
 * admin's decision.
 *
 * @param inscriptions the inscriptions (not withdrawn) asking for it when the import found it absent
 */
public record RetraitEnAttente(long id, String formation, String codeFormation, String diplome, String lycee,
                               String uaiLycee, String commune, int inscriptions, long importId, String nomFichier,
                               Instant importeLe) implements Serializable {

    static RetraitEnAttente of(RetraitFormation r) {
        var f = r.getFormation();
        var i = r.getCatalogueImport();
        return new RetraitEnAttente(r.getId(), f.getLibelle(), f.getCode().code(), f.getDiplome().libelle(),
                f.getEtablissement().getNom(), f.getEtablissement().getUai().code(), f.getEtablissement().getCommune(),
                r.getInscriptions(), i.getId(), i.getNomFichier(), i.getDemarreLe());
    }
}
