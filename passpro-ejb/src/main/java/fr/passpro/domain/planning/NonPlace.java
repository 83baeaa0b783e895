package fr.passpro.domain.planning;
public record NonPlace(long inscriptionId, String motif) {}
