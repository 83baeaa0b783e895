package fr.passpro.domain.planning;
import java.time.*;
import java.util.Set;
public record RegleSerie(Set<DayOfWeek> jours, LocalDate du, LocalDate au, LocalTime debut, LocalTime fin, Duration duree, Duration pause) {}
