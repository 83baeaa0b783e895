package fr.passpro.domain.planning;
import java.time.LocalDateTime;
public record Creneau(LocalDateTime debut, LocalDateTime fin) {}
