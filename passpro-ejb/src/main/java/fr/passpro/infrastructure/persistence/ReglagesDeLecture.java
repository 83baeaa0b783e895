package fr.passpro.infrastructure.persistence;

import fr.passpro.infrastructure.audit.JournalDesChangements;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * How Passpro reads (issue 14): a bounded number of SQL statements per page, whatever the number of rows.
 *
 * <ul>
 * <li><b>Every relation is batch-fetched</b> ({@code IN}): when a list of inscriptions, convocations or séances is
 * read, the pupils, séances, formations… of all its rows are read together, in one statement per relation, the
 * first time one of them is needed, instead of one statement per row (the N+1 reads of the lists).</li>
 * <li><b>No shared cache</b>: an earlier version kept académies, départements, domaines, établissements and campagnes
 * in EclipseLink's shared cache for a short time; under concurrent load (48 sessions) requests then waited for ever in
 * {@code WriteLockManager.acquireLocksForClone} on a cache key nobody held (EclipseLink 4.0.7), so every entity stays
 * isolated in its persistence context, as before, and reference data is read with the rest, in batches.</li>
 * </ul>
 *
 * <p>Installed as the persistence unit's session customizer; it first installs the audit journal
 * ({@link JournalDesChangements}).
 */
public class ReglagesDeLecture implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        new JournalDesChangements().customize(session);
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof ForeignReferenceMapping relation) {
                    relation.setBatchFetchType(BatchFetchType.IN);
                }
            }
        }
    }
}
