package fr.passpro.domain.planning;
import java.util.List;
public record Plan(List<Affectation> affectations, List<NonPlace> nonPlaces) {}
