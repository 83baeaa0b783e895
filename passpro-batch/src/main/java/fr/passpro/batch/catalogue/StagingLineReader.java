package fr.passpro.batch.catalogue;

import fr.passpro.domain.catalogue.importation.LigneCatalogue;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reads the staging lines of the import in file order, a page at a time; the checkpoint is the last line read. */
@Dependent
@Named("catalogueStagingReader")
public class StagingLineReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    @BatchProperty(name = "importId")
    private String importId;

    @Inject
    private CatalogueImportRepository imports;

    private final Deque<LigneCatalogue> page = new ArrayDeque<>();
    private int lastLine;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastLine = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            int after = lastLine;
            page.addAll(imports.findLignesAfter(Long.parseLong(importId), after, PAGE));
            exhausted = page.size() < PAGE;
        }
        LigneCatalogue next = page.pollFirst();
        if (next != null) {
            lastLine = next.getLigne();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastLine;
    }
}
