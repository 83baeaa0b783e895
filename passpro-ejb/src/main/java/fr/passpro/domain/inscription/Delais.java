package fr.passpro.domain.inscription;

import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.etablissement.Etablissement;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When one collège may act on its inscriptions in one campagne. Registering pupils, changing vœux and giving avis
 * d'origine are open from the campagne's opening to the end of its cut-off day (30 April, Paris time), or until the
 * end of a delay the académie granted to this collège. Withdrawing stays possible until the last interview day: the
 * procedure asks collèges to withdraw pupils who renounce when the convocations arrive (until 17 May), so that the
 * lycées' plannings are not saturated.
 * <p>
 * Every question takes a {@link Clock} or an {@link Instant}, so that tests and batch jobs choose the time.
 */
public final class Delais {

    private final Campagne campagne;
    private final List<ExceptionDelai> exceptions;

    private Delais(Campagne campagne, List<ExceptionDelai> exceptions) {
        this.campagne = campagne;
        this.exceptions = exceptions;
    }

    /**
     * The deadlines of this collège; only the exceptions granted to it for this campagne count.
     *
     * @param exceptions may contain other collèges' exceptions: they are ignored
     */
    public static Delais pour(Campagne campagne, Etablissement college, Collection<ExceptionDelai> exceptions) {
        Objects.requireNonNull(campagne, "La campagne est obligatoire.");
        Objects.requireNonNull(college, "Le collège est obligatoire.");
        List<ExceptionDelai> siennes = exceptions == null ? List.of() : exceptions.stream()
                .filter(x -> x.getCollege().equals(college))
                .filter(x -> x.getCampagne() == campagne
                        || x.getCampagne().getId() != null && x.getCampagne().getId().equals(campagne.getId()))
                .toList();
        return new Delais(campagne, siennes);
    }

    /** Whether the collège may register pupils, change vœux and give avis d'origine at this instant. */
    public boolean isOuvert(Instant instant) {
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        return campagne.isInscriptionOuverte(instant) || exceptions.stream().anyMatch(x -> x.couvre(instant));
    }

    /** The delay that keeps registration open at this instant after the normal end, if any. */
    public Optional<ExceptionDelai> exceptionEnCours(Instant instant) {
        if (campagne.isInscriptionOuverte(instant)) {
            return Optional.empty();
        }
        return exceptions.stream().filter(x -> x.couvre(instant))
                .max(java.util.Comparator.comparing(ExceptionDelai::getJusquA));
    }

    /** The first instant when registration is closed for this collège: the latest of the cut-off and its delays. */
    public Instant finEffective() {
        return exceptions.stream().map(ExceptionDelai::getJusquA)
                .filter(fin -> fin.isAfter(campagne.finInscriptions()))
                .max(Instant::compareTo)
                .orElse(campagne.finInscriptions());
    }

    /**
     * @param action what the person tried, for the message, e.g. « inscrire un élève »
     * @throws DelaiDepasseException saying until when (Paris date) it was open, or from when it will be
     */
    public void verifierOuvert(Clock clock, String action) {
        Instant maintenant = clock.instant();
        if (isOuvert(maintenant)) {
            return;
        }
        if (maintenant.isBefore(campagne.debutInscriptions())) {
            throw new DelaiDepasseException("Les inscriptions Passpro ouvriront le "
                    + Textes.date(campagne.getDateOuverture()) + " : " + action + " n'est pas encore possible.");
        }
        Instant fin = finEffective();
        boolean prolonge = fin.isAfter(campagne.finInscriptions());
        throw new DelaiDepasseException("Les inscriptions et les avis d'origine étaient ouverts jusqu'au "
                + Textes.fin(fin) + " (heure de Paris)" + (prolonge ? ", délai accordé par l'académie compris" : "")
                + " : " + action + " n'est plus possible. En cas de besoin, l'académie peut accorder un délai"
                + " à votre établissement.");
    }

    /** The first instant when withdrawing is no longer possible: the day after the last interview day, Paris time. */
    public Instant finRetraits() {
        return campagne.getDateLimiteEntretiens().plusDays(1).atStartOfDay(Campagne.ZONE).toInstant();
    }

    /** Whether the collège may withdraw an inscription at this instant. */
    public boolean isRetraitPossible(Instant instant) {
        Objects.requireNonNull(instant, "L'instant est obligatoire.");
        return !instant.isBefore(campagne.debutInscriptions()) && instant.isBefore(finRetraits());
    }

    /**
     * @throws DelaiDepasseException after the last interview day
     */
    public void verifierRetraitPossible(Clock clock) {
        Instant maintenant = clock.instant();
        if (!isRetraitPossible(maintenant)) {
            throw new DelaiDepasseException("Les retraits d'inscription étaient possibles jusqu'au "
                    + Textes.fin(finRetraits()) + " (heure de Paris), dernier jour des entretiens.");
        }
    }
}
