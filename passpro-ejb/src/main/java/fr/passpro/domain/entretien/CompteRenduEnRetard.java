package fr.passpro.domain.entretien;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An individual interview whose compte rendu and avis are not all in after their last day: the presence was not
 * entered, or the pupil was present and the compte rendu or an avis is missing. A line of the lycée's and the
 * académie's dashboards and of the lycée's daily reminder.
 *
 * @param eleve          « Prénom Nom »
 * @param debutEntretien Paris wall-clock start of the séance
 * @param dateLimite     the last day (inclusive) the compte rendu was due
 * @param presenceSaisie false when the lycée did not even enter the presence
 */
public record CompteRenduEnRetard(long inscriptionId, String eleve, String college, String domaine, long lyceeId,
                                  String lycee, LocalDateTime debutEntretien, LocalDate dateLimite,
                                  boolean presenceSaisie) {

    public CompteRenduEnRetard {
        Objects.requireNonNull(debutEntretien, "La date de l'entretien est obligatoire.");
        Objects.requireNonNull(dateLimite, "La date limite est obligatoire.");
    }

    /** Days past the last day: 1 the day after it. */
    public long joursDeRetard(LocalDate aujourdhui) {
        return ChronoUnit.DAYS.between(dateLimite, aujourdhui);
    }

    /** What is missing, as the dashboards and the reminder say it. */
    public String manque() {
        return presenceSaisie ? "compte rendu ou avis à saisir" : "présence, compte rendu et avis à saisir";
    }
}
