package fr.passpro.web.inscription;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.passpro.application.inscription.EleveService;
import fr.passpro.application.inscription.InscriptionService;
import fr.passpro.domain.inscription.Eleve;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The collège's pupils of the current campagne, with how many inscriptions each has (withdrawn ones apart). */
@Named
@RequestScoped
public class ElevesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EleveService eleves;

    @Inject
    private InscriptionService inscriptions;

    private List<Eleve> liste;
    private Map<Long, Long> inscriptionsParEleve;

    @PostConstruct
    void load() {
        liste = eleves.lister();
        inscriptionsParEleve = inscriptions.tableauDeBord().inscriptions().stream()
                .filter(i -> !i.isRetiree())
                .collect(Collectors.groupingBy(i -> i.getEleve().getId(), Collectors.counting()));
    }

    public List<Eleve> getListe() {
        return liste;
    }

    public long inscriptions(Eleve eleve) {
        return inscriptionsParEleve.getOrDefault(eleve.getId(), 0L);
    }

    public String ficheAria(Eleve eleve) {
        return Pages.text("eleves.fiche.aria", eleve.getNomComplet());
    }

    public String dateNaissance(Eleve eleve) {
        return Pages.dateCourte(eleve.getDateNaissance());
    }
}
