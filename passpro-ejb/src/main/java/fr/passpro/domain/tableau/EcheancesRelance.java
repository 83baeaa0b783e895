package fr.passpro.domain.tableau;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The deadlines an établissement on the reminder list is measured against (issue 18): a collège is late with its
 * avis d'origine only after the end of registration, a lycée with its convocations only after the convocation
 * deadline; an overdue compte rendu is late at once (each has its own delay). Before its deadline an établissement is
 * « à surveiller », with what remains and until when.
 *
 * @param aujourdhui          today, in Paris
 * @param clotureInscriptions the last day (inclusive) of registration and of the avis d'origine
 * @param limiteConvocations  the last day (inclusive) convocations may be sent
 */
public record EcheancesRelance(LocalDate aujourdhui, LocalDate clotureInscriptions, LocalDate limiteConvocations)
        implements Serializable {

    /** Where an établissement stands. */
    public enum Situation {
        /** A deadline is past with work left, or a compte rendu is overdue. */
        EN_RETARD,
        /** Work left, but its deadline is still ahead. */
        A_SURVEILLER
    }

    public EcheancesRelance {
        Objects.requireNonNull(aujourdhui, "La date du jour est obligatoire.");
        Objects.requireNonNull(clotureInscriptions, "La date de clôture des inscriptions est obligatoire.");
        Objects.requireNonNull(limiteConvocations, "La date limite des convocations est obligatoire.");
    }

    public Situation situation(Retardataire r) {
        boolean enRetard = r.comptesRendusEnRetard() > 0
                || r.aConvoquer() > 0 && aujourdhui.isAfter(limiteConvocations)
                || r.avisOrigineManquants() > 0 && aujourdhui.isAfter(clotureInscriptions);
        return enRetard ? Situation.EN_RETARD : Situation.A_SURVEILLER;
    }

    public boolean enRetard(Retardataire r) {
        return situation(r) == Situation.EN_RETARD;
    }

    /**
     * The deadline of what remains to do, for an établissement « à surveiller »: the convocation deadline for a lycée,
     * the end of registration for a collège; empty once late.
     */
    public Optional<LocalDate> echeance(Retardataire r) {
        if (enRetard(r)) {
            return Optional.empty();
        }
        if (r.aConvoquer() > 0) {
            return Optional.of(limiteConvocations);
        }
        return r.avisOrigineManquants() > 0 ? Optional.of(clotureInscriptions) : Optional.empty();
    }

    /** Days left until {@link #echeance}, the deadline day counted as 0; empty once late. */
    public Optional<Long> joursRestants(Retardataire r) {
        return echeance(r).map(date -> ChronoUnit.DAYS.between(aujourdhui, date));
    }
}
