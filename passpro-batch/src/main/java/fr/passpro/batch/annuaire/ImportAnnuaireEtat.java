package fr.passpro.batch.annuaire;

import fr.passpro.domain.catalogue.importation.StatutImport;
import fr.passpro.domain.etablissement.annuaire.AnnuaireImport;
import java.io.Serializable;

/** Where an import of the directory stands, for whoever follows it (a page, the scanner's log, the tests). */
public record ImportAnnuaireEtat(long id, String nomFichier, StatutImport statut, int lignesTotal, int lignesLues,
                                 int lignesAcceptees, int lignesHorsAcademie, int lignesNonGerees, int lignesRejetees,
                                 int crees, int modifies, int fermes, String message) implements Serializable {

    static ImportAnnuaireEtat of(AnnuaireImport i) {
        return new ImportAnnuaireEtat(i.getId(), i.getNomFichier(), i.getStatut(), i.getLignesTotal(),
                i.getLignesLues(), i.getLignesAcceptees(), i.getLignesHorsAcademie(), i.getLignesNonGerees(),
                i.getLignesRejetees(), i.getEtablissementsCrees(), i.getEtablissementsModifies(),
                i.getEtablissementsFermes(), i.getMessage());
    }

    public boolean termine() {
        return statut.isFinal();
    }
}
