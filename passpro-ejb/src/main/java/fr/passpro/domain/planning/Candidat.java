package fr.passpro.domain.planning;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import java.util.Set;
public record Candidat(long inscriptionId, long eleveId, long collegeId, long domaineId, ModaliteEntretien modalite, Set<Long> formationIds, String cleTri) {}
