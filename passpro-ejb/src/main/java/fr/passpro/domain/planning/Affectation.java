package fr.passpro.domain.planning;
public record Affectation(long inscriptionId, long seanceId) {}
