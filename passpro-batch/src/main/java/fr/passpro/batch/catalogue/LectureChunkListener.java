package fr.passpro.batch.catalogue;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * After each chunk of the reading step, stores the counts of lines read, valid and rejected, so that the import
 * page shows the progress. The counts are taken from the staging table and the report, in the chunk's transaction:
 * they always match what is committed.
 */
@Dependent
@Named("catalogueLectureChunkListener")
public class LectureChunkListener extends AbstractChunkListener {

    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    @Inject
    private CatalogueImportSteps steps;

    @Override
    public void afterChunk() {
        steps.recompter(Long.parseLong(importId));
    }
}
