package fr.passpro.batch.catalogue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** The last step of the job in its own transaction: deactivation of the absent formations and the final counts. */
@Stateless
public class CatalogueImportFinisher {

    @Inject
    private CatalogueImportSteps steps;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int desactiverEtTerminer(long importId) {
        int desactivees = steps.desactiverAbsentes(importId);
        steps.terminer(importId, desactivees);
        return desactivees;
    }
}
