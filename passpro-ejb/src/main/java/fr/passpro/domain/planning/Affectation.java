package fr.passpro.domain.planning;

/** The {@link Planificateur}'s answer for one placed inscription: the séance it goes to. */
public record Affectation(long inscriptionId, long seanceId) {
}
