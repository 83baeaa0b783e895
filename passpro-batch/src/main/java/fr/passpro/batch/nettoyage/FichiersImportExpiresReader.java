package fr.passpro.batch.nettoyage;

import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;

/**
 * The ids of the académie's ended imports older than the retention whose file is still stored, by id. The checkpoint
 * is the last id read: a restart goes on after it (and a file already deleted is not found again anyway).
 */
@Dependent
@Named("fichiersImportExpiresReader")
public class FichiersImportExpiresReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String academie;

    @Inject
    @BatchProperty
    private String joursConservation;

    @Inject
    private CatalogueImportRepository imports;

    @Inject
    private Clock clock;

    private Iterator<Long> ids;
    private long dernier;

    @Override
    public void open(Serializable checkpoint) {
        dernier = checkpoint == null ? 0 : (Long) checkpoint;
        int jours = joursConservation == null || joursConservation.isBlank() ? NettoyageImports.JOURS_PAR_DEFAUT
                : Integer.parseInt(joursConservation.strip());
        Instant avant = clock.instant().minus(Duration.ofDays(jours));
        ids = imports.findFichiersExpires(academie, avant, dernier).iterator();
    }

    @Override
    public Object readItem() {
        if (!ids.hasNext()) {
            return null;
        }
        dernier = ids.next();
        return dernier;
    }

    @Override
    public Serializable checkpointInfo() {
        return dernier;
    }
}
