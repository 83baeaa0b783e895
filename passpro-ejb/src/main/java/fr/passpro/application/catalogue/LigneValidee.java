package fr.passpro.application.catalogue;

import fr.passpro.domain.catalogue.CodeFormation;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.catalogue.importation.LigneCatalogue;
import fr.passpro.domain.etablissement.Uai;

/**
 * A catalogue line whose every value has been checked and normalised; optional texts are null when absent.
 *
 * @param departement the code on 3 digits, e.g. "077"
 * @param uaiAccueilReferent the UAI établissement when the file gives none
 */
public record LigneValidee(int ligne, String domaine, String departement, String ville, Uai uaiEtablissement,
                           String etablissement, Uai uaiAccueilReferent, CodeFormation codeFormation,
                           String libelleFormation, Diplome diplome, String familleMetiers,
                           ModaliteEntretien modalite, String observations) {

    /** The staging row of this line for an import. */
    public LigneCatalogue toLigneCatalogue(long importId) {
        return new LigneCatalogue(importId, ligne, domaine, departement, ville, uaiEtablissement.code(), etablissement,
                uaiAccueilReferent.code(), codeFormation.code(), libelleFormation, diplome.name(), familleMetiers,
                modalite.name(), observations);
    }
}
