package fr.passpro.application.tableau;

import fr.passpro.domain.tableau.TableauDeBordAcademie;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The académie dashboards computed in the last minute (issue 14): the dashboard runs about ten campagne-wide GROUP BY
 * queries; every admin of an académie who opens it, and the export of each of its tables, within a minute of the
 * last computation reads the same figures instead of running them again: they are at most a minute old, which is
 * fine for figures that follow a campagne over weeks. Each Payara instance keeps its own copy (nothing another instance needs: it
 * computes its own); a dashboard is a few KB per académie and département.
 *
 * <p>The duration is {@value #DUREE} in seconds (60 by default; 0 computes on every view, as the tests of the
 * figures do).
 */
@ApplicationScoped
public class TableauxRecents {

    public static final String DUREE = "passpro.tableau-de-bord.cache-secondes";

    /** What a dashboard depends on: the académie, the département filter (or none), the campagne. */
    record Cle(String academie, String departement, long campagneId) {
    }

    private record Calcul(long faitA, TableauDeBordAcademie tableau) {
    }

    private final Map<Cle, Calcul> recents = new ConcurrentHashMap<>();
    private long dureeNanos;

    @PostConstruct
    void configurer() {
        long secondes = ConfigProvider.getConfig(TableauxRecents.class.getClassLoader())
                .getOptionalValue(DUREE, Long.class).orElse(60L);
        dureeNanos = Duration.ofSeconds(Math.max(0, secondes)).toNanos();
    }

    /** The dashboard computed less than the duration ago for this key, or computed now (and kept). */
    TableauDeBordAcademie lire(Cle cle, Supplier<TableauDeBordAcademie> calcul) {
        long maintenant = System.nanoTime();
        Calcul recent = recents.get(cle);
        if (recent != null && maintenant - recent.faitA() < dureeNanos) {
            return recent.tableau();
        }
        TableauDeBordAcademie tableau = calcul.get();
        if (dureeNanos > 0) {
            recents.put(cle, new Calcul(maintenant, tableau));
        }
        return tableau;
    }
}
