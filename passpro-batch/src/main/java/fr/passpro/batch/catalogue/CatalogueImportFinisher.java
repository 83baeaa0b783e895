package fr.passpro.batch.catalogue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** The last step of the job in its own transaction: withdrawal of the absent formations (or the decisions it awaits) and the final counts. */
@Stateless
public class CatalogueImportFinisher {

    @Inject
    private CatalogueImportSteps steps;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public CatalogueImportSteps.Retraits retirerEtTerminer(long importId) {
        CatalogueImportSteps.Retraits retraits = steps.retirerAbsentes(importId);
        steps.terminer(importId, retraits);
        return retraits;
    }
}
