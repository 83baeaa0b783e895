package fr.passpro.domain.planning;
import java.time.Duration;
import java.util.*;
public final class Planificateur {
    public static final Duration BATTEMENT_TRAJET_STANDARD = Duration.ofMinutes(60);
    public Planificateur(Duration b) {}
    public Plan planifier(long lyceeId, List<Candidat> c, List<SeanceLibre> s, List<EntretienPrevu> e) { throw new UnsupportedOperationException("STUB"); }
    public Optional<String> conflit(EntretienPrevu n, List<EntretienPrevu> a) { return Optional.empty(); }
}
