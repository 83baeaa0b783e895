package fr.passpro.domain.planning;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import java.time.LocalDateTime;
import java.util.Set;
public record SeanceLibre(long seanceId, long domaineId, ModaliteEntretien modalite, Set<Long> formationIds, LocalDateTime debut, LocalDateTime fin, int placesLibres) {}
