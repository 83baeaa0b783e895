package fr.passpro.domain.planning.suivi;

import java.io.Serializable;
import java.time.Instant;

/** A candidate of a lycée registered by the cut-off that no séance holds yet. */
public record CandidatAConvoquer(long inscriptionId, String nom, String prenom, String college, String domaine,
                                 Instant inscritLe) implements Serializable {
}
