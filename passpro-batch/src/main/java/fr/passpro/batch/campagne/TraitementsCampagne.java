package fr.passpro.batch.campagne;

import fr.passpro.application.traitement.ConsoleTraitements;
import fr.passpro.batch.console.Traitement;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Properties;

/**
 * The campagne's jobs in the console: started there for the académie's current campagne (the page « Campagnes »
 * starts them for any campagne of the académie); one run at a time per campagne.
 */
public final class TraitementsCampagne {

    private TraitementsCampagne() {
    }

    /** What both jobs share. */
    abstract static class DeLaCampagne implements Traitement {

        @Inject
        CampagneRepository campagnes;

        @Override
        public void completer(Properties parametres, String academie) {
            if (parametres.getProperty(CampagneJobs.PARAM_CAMPAGNE) == null) {
                campagnes.findCourante(academie).ifPresent(c ->
                        parametres.setProperty(CampagneJobs.PARAM_CAMPAGNE, String.valueOf(c.getId())));
            }
        }

        @Override
        public String cle(Properties parametres) {
            return cle(parametres.getProperty(CampagneJobs.PARAM_CAMPAGNE));
        }

        static String cle(Object campagneId) {
            return CampagneJobs.PARAM_CAMPAGNE + "=" + campagneId;
        }

        @Override
        public boolean concerne(Properties parametres, String academie) {
            return academie.equals(parametres.getProperty(ConsoleTraitements.PARAM_ACADEMIE));
        }
    }

    @ApplicationScoped
    public static class Cloture extends DeLaCampagne {

        @Override
        public String nom() {
            return CampagneJobs.CLOTURE;
        }
    }

    @ApplicationScoped
    public static class Fermeture extends DeLaCampagne {

        @Override
        public String nom() {
            return CampagneJobs.FERMETURE;
        }
    }
}
