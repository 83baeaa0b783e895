package fr.passpro.domain.planning;
public final class GenerateurSeances { public static Serie generer(RegleSerie r) { throw new UnsupportedOperationException("STUB"); } }
