package fr.passpro.batch.nettoyage;

import fr.passpro.batch.console.Parametre;
import fr.passpro.batch.console.Traitement;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/**
 * The {@value #NAME} job in the console. Each catalogue import keeps the file it read (up to 20 Mo) for as long as it
 * may be restarted; once the import is over (TERMINE or REFUSE) and older than the retention, the file is of no use.
 */
@ApplicationScoped
public class NettoyageImports implements Traitement {

    static final String NAME = "nettoyageImports";
    static final String PARAM_JOURS = "joursConservation";
    static final int JOURS_PAR_DEFAUT = 90;

    @Override
    public String nom() {
        return NAME;
    }

    @Override
    public List<Parametre> parametres() {
        return List.of(Parametre.entier(PARAM_JOURS, JOURS_PAR_DEFAUT, 0, 3650));
    }

    @Override
    public Duration dureeMax() {
        return Duration.ofMinutes(30);
    }
}
