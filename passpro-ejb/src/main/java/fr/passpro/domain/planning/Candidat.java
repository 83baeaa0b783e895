package fr.passpro.domain.planning;

import fr.passpro.domain.catalogue.ModaliteEntretien;
import java.util.Objects;
import java.util.Set;

/**
 * One inscription still without an interview, as the {@link Planificateur} sees it.
 *
 * @param formationIds the formations of the inscription's vœux
 * @param cleTri       a stable key (e.g. "NOM PRENOM") that orders the pupils of one collège
 */
public record Candidat(long inscriptionId, long eleveId, long collegeId, long domaineId, ModaliteEntretien modalite,
        Set<Long> formationIds, String cleTri) {

    public Candidat {
        Objects.requireNonNull(modalite, "modalite");
        formationIds = Set.copyOf(Objects.requireNonNull(formationIds, "formationIds"));
        cleTri = Objects.requireNonNullElse(cleTri, "");
    }
}
