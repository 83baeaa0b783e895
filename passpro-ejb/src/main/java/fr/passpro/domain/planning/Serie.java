package fr.passpro.domain.planning;
import java.time.LocalDate;
import java.util.List;
public record Serie(List<Creneau> creneaux, List<LocalDate> joursFeriesEcartes) {}
