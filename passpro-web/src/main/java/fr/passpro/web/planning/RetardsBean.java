package fr.passpro.web.planning;

import fr.passpro.application.entretien.EntretienService;
import fr.passpro.domain.entretien.CompteRenduEnRetard;
import fr.passpro.domain.entretien.RetardsLycee;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The overdue comptes rendus on the dashboards (issue 6): the lycée's own, each with a link to its interview, and
 * for the académie every lycée that has some, the most overdue first.
 */
@Named
@RequestScoped
public class RetardsBean {

    private static final DateTimeFormatter JOUR_HEURE = DateTimeFormatter.ofPattern("EEEE d MMMM 'à' H 'h' mm",
            Textes.LOCALE);

    @Inject
    private EntretienService entretiens;

    @Inject
    private Clock clock;

    private List<CompteRenduEnRetard> duLycee;
    private List<RetardsLycee> deLAcademie;

    public List<CompteRenduEnRetard> getDuLycee() {
        if (duLycee == null) {
            duLycee = entretiens.comptesRendusEnRetard();
        }
        return duLycee;
    }

    public List<RetardsLycee> getDeLAcademie() {
        if (deLAcademie == null) {
            deLAcademie = entretiens.comptesRendusEnRetardDeLAcademie();
        }
        return deLAcademie;
    }

    public int getTotalAcademie() {
        return getDeLAcademie().stream().mapToInt(RetardsLycee::nombre).sum();
    }

    /** « Lina Martin (Collège Jean Jaurès, Bâtiment) : entretien du mardi 4 mai à 14 h, 2 jours de retard ». */
    public String ligne(CompteRenduEnRetard r) {
        return Textes.text("retards.ligne", r.eleve(), r.college(), r.domaine(), JOUR_HEURE.format(r.debutEntretien()),
                r.joursDeRetard(LocalDate.ofInstant(clock.instant(), Textes.PARIS)), r.manque());
    }

    /** The oldest overdue interview of a lycée, in days. */
    public long plusAncien(RetardsLycee lycee) {
        LocalDate aujourdhui = LocalDate.ofInstant(clock.instant(), Textes.PARIS);
        return lycee.retards().stream().mapToLong(r -> r.joursDeRetard(aujourdhui)).max().orElse(0);
    }
}
