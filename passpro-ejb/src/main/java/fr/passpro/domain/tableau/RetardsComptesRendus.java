package fr.passpro.domain.tableau;

import java.io.Serializable;

/** How many individual interviews of one lycée have their compte rendu or avis overdue today. */
public record RetardsComptesRendus(long lyceeId, String nom, String uai, String departement, long enRetard)
        implements Serializable {
}
