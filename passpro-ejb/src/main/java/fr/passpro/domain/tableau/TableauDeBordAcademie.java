package fr.passpro.domain.tableau;

import fr.passpro.domain.planning.suivi.Echeance;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the académie's dashboard shows for the current campagne, optionally for one département: the filter
 * keeps the lycées (and their formations) of that département on the lycée side, the pupils of its collèges on the
 * pupils' side (domaines, collèges, avis).
 *
 * @param departement the département code the figures are filtered on, null for the whole académie
 */
public record TableauDeBordAcademie(String anneeScolaire, String departement, LocalDate dateLimiteConvocations,
                                    Echeance echeance, List<Effectif> parDomaine, List<Effectif> parFormation,
                                    List<Effectif> parLycee, List<Effectif> parCollege,
                                    List<ConvocationsLycee> convocations, List<EntretiensLycee> entretiens,
                                    List<RetardsComptesRendus> comptesRendusEnRetard, List<AvisDomaine> avis,
                                    List<Retardataire> lyceesEnRetard, List<Retardataire> collegesEnRetard)
        implements Serializable {

    public TableauDeBordAcademie {
        parDomaine = List.copyOf(parDomaine);
        parFormation = List.copyOf(parFormation);
        parLycee = List.copyOf(parLycee);
        parCollege = List.copyOf(parCollege);
        convocations = List.copyOf(convocations);
        entretiens = List.copyOf(entretiens);
        comptesRendusEnRetard = List.copyOf(comptesRendusEnRetard);
        avis = List.copyOf(avis);
        lyceesEnRetard = List.copyOf(lyceesEnRetard);
        collegesEnRetard = List.copyOf(collegesEnRetard);
    }

    /** The département filter, empty for the whole académie. */
    public Optional<String> filtre() {
        return Optional.ofNullable(departement);
    }

    /** Inscriptions not withdrawn, counted by domaine (each inscription is of one domaine). */
    public long inscriptions() {
        return parDomaine.stream().mapToLong(Effectif::inscriptions).sum();
    }

    public long candidats() {
        return convocations.stream().mapToLong(ConvocationsLycee::candidats).sum();
    }

    public long convoques() {
        return convocations.stream().mapToLong(ConvocationsLycee::convoques).sum();
    }

    /** Convoked candidates of the whole scope in percent, rounded down. */
    public int tauxConvocation() {
        long candidats = candidats();
        return candidats == 0 ? 100 : (int) (convoques() * 100 / candidats);
    }

    public long entretiensTenus() {
        return entretiens.stream().mapToLong(EntretiensLycee::tenus).sum();
    }

    public long absences() {
        return entretiens.stream().mapToLong(EntretiensLycee::absences).sum();
    }

    public long comptesRendusEnRetardTotal() {
        return comptesRendusEnRetard.stream().mapToLong(RetardsComptesRendus::enRetard).sum();
    }
}
