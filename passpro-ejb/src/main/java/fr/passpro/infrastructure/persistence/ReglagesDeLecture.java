package fr.passpro.infrastructure.persistence;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.infrastructure.audit.JournalDesChangements;
import java.time.Duration;
import java.util.Map;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.invalidation.TimeToLiveCacheInvalidationPolicy;
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
 * <li><b>Reference data is kept in EclipseLink's shared cache</b> for a short time: académies, départements,
 * domaines, établissements and campagnes, which every request reads (the caller's établissement, the current
 * campagne) and which change a few times a year. A change made through Passpro on this instance updates the cache at
 * commit. A change made on another Payara instance sharing the database (or directly in the database) is seen here
 * once the entry expires: there is no cache coordination between instances, deliberately (no JMS or RMI to run), so
 * the expiry is the longest time an instance may show an older value: 2 s for the campagne, whose dates decide what
 * staff may do; 30 s for établissements (a name, a mail address, an opening); 5 minutes for académies,
 * départements and domaines. Every query that reads rows refreshes the cached objects from them ({@code
 * alwaysRefresh}), so a search, a list or an import never works on an older copy than the rows it read; only look-ups
 * by id (a relation, {@code find}) are served from the cache. Writes are checked by the {@code version} column
 * (optimistic locking), so an older copy can never overwrite a newer row. Nothing here is static mutable state: the
 * cache belongs to the persistence unit of each instance.</li>
 * </ul>
 *
 * <p>Installed as the persistence unit's session customizer; it first installs the audit journal
 * ({@link JournalDesChangements}).
 */
public class ReglagesDeLecture implements SessionCustomizer {

    /** The entities kept in the shared cache, and for how long an entry is trusted without reading its row. */
    static final Map<Class<?>, Duration> REFERENCES = Map.of(
            Academie.class, Duration.ofMinutes(5),
            Departement.class, Duration.ofMinutes(5),
            Domaine.class, Duration.ofMinutes(5),
            Etablissement.class, Duration.ofSeconds(30),
            Campagne.class, Duration.ofSeconds(2));

    @Override
    public void customize(Session session) throws Exception {
        new JournalDesChangements().customize(session);
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof ForeignReferenceMapping relation) {
                    relation.setBatchFetchType(BatchFetchType.IN);
                }
            }
            Duration expiration = REFERENCES.get(descriptor.getJavaClass());
            if (expiration != null) {
                descriptor.getCachePolicy().setCacheIsolation(CacheIsolationType.SHARED);
                descriptor.setCacheInvalidationPolicy(new TimeToLiveCacheInvalidationPolicy(expiration.toMillis()));
                descriptor.setShouldAlwaysRefreshCache(true);
            }
        }
    }
}
