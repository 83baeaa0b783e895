package fr.passpro.it.academie;

import fr.passpro.application.security.PasswordHasher;
import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.compte.Account;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.it.support.Connexion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * A second académie in the same deployment as the demo's Créteil: Paris, with its current campagne and its own
 * administrator (the demo password), each made once and found again by later tests.
 */
@Stateless
public class AcademieDeParis {

    public static final String CODE = "01";
    public static final String ADMIN = "admin.paris.test";

    @Inject
    private AcademieRepository academies;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    /** The current campagne of Paris: the school year of today (the test domain keeps the real time). */
    public Campagne campagne() {
        String annee = Campagne.anneeScolaireDe(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")));
        return campagnes.findAll(CODE).stream().filter(c -> c.getAnneeScolaire().equals(annee)).findFirst()
                .orElseGet(() -> campagnes.save(Campagne.standard(paris(), Integer.parseInt(annee.substring(0, 4)))));
    }

    /** The administrator of Paris, with the demo accounts' password. */
    public String admin() {
        if (accounts.findByLogin(ADMIN).isEmpty()) {
            Account admin = Account.pourAcademie(ADMIN, "Administrateur", "Paris", "saio.test@ac-paris.fr", paris());
            admin.changerMotDePasse(hasher.hash(Connexion.MOT_DE_PASSE_DEMO.toCharArray()));
            accounts.save(admin);
        }
        return ADMIN;
    }

    private Academie paris() {
        return academies.getByCode(CODE);
    }
}
