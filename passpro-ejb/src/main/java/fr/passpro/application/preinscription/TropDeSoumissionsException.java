package fr.passpro.application.preinscription;

import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.shared.BusinessException;
import jakarta.ejb.ApplicationException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** A client address sent too many submissions of a public form in the window; says when to try again. */
@ApplicationException(rollback = true, inherited = true)
public class TropDeSoumissionsException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("HH'h'mm");

    private final Instant reessayerApres;

    public TropDeSoumissionsException(Instant reessayerApres, int max) {
        super("Trop de pré-inscriptions ont été envoyées depuis votre connexion (" + max + " par heure au plus)."
                + " Vous pourrez en envoyer de nouveau à partir de " + HEURE.format(reessayerApres.atZone(Campagne.ZONE))
                + " (heure de Paris). Pour un grand nombre d'élèves, écrivez au service académique d'information"
                + " et d'orientation.");
        this.reessayerApres = reessayerApres;
    }

    public Instant getReessayerApres() {
        return reessayerApres;
    }
}
