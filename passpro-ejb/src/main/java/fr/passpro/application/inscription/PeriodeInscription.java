package fr.passpro.application.inscription;

import java.io.Serializable;
import java.time.Instant;

/**
 * Whether the caller's collège may act now, for the pages: they are read-only outside the period, with a banner saying
 * why and until when. The services check the same deadlines on every change.
 */
public final class PeriodeInscription implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean ouverte;
    private final boolean pasEncoreOuverte;
    private final Instant debut;
    private final Instant fin;
    private final boolean prolongee;
    private final boolean retraitPossible;
    private final Instant finRetraits;

    PeriodeInscription(boolean ouverte, boolean pasEncoreOuverte, Instant debut, Instant fin, boolean prolongee,
                       boolean retraitPossible, Instant finRetraits) {
        this.ouverte = ouverte;
        this.pasEncoreOuverte = pasEncoreOuverte;
        this.debut = debut;
        this.fin = fin;
        this.prolongee = prolongee;
        this.retraitPossible = retraitPossible;
        this.finRetraits = finRetraits;
    }

    /** No campagne is prepared: nothing can be done. */
    static PeriodeInscription aucune() {
        return new PeriodeInscription(false, false, null, null, false, false, null);
    }

    /** Pupils, inscriptions, vœux and avis d'origine may be changed now. */
    public boolean isOuverte() {
        return ouverte;
    }

    /** The campagne has not opened yet. */
    public boolean isPasEncoreOuverte() {
        return pasEncoreOuverte;
    }

    /** First instant of the period; null without a campagne. */
    public Instant getDebut() {
        return debut;
    }

    /** First instant after the period (cut-off day or the delay granted to the collège); null without a campagne. */
    public Instant getFin() {
        return fin;
    }

    /** The académie granted this collège a delay beyond the cut-off day. */
    public boolean isProlongee() {
        return prolongee;
    }

    public boolean isRetraitPossible() {
        return retraitPossible;
    }

    public Instant getFinRetraits() {
        return finRetraits;
    }

    public boolean isCampagnePresente() {
        return debut != null;
    }
}
