package fr.passpro.web.planning;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.primefaces.PrimeFaces;

import fr.passpro.application.planning.CandidatsService;
import fr.passpro.application.planning.NouvelleSeance;
import fr.passpro.application.planning.PlanningService;
import fr.passpro.application.planning.SerieCreee;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.planning.Deroulement;
import fr.passpro.domain.planning.RegleSerie;
import fr.passpro.domain.planning.Seance;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The form that creates séances: what every séance of the form shares (domaine, formations, individual or collective,
 * place, intervenants), then either one date and its times, or the rule of a series (days of the week, from/to,
 * times, length of each séance, pause between two). A refusal keeps what was typed.
 */
@Named
@ViewScoped
public class NouvelleSeanceBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanningService planning;

    @Inject
    private CandidatsService candidats;

    @Inject
    private SeancesBean seances;

    private List<Domaine> domaines;
    private List<Formation> formations;

    private Long domaineId;
    private Long[] formationIds = {};
    private ModaliteEntretien modalite = ModaliteEntretien.INDIVIDUEL;
    private Integer capacite;
    private Deroulement deroulement = Deroulement.PRESENTIEL;
    private String salle;
    private String lienVisio;
    private String intervenants;

    private LocalDate date;
    private LocalTime debut;
    private LocalTime fin;

    private DayOfWeek[] jours = {};
    private LocalDate du;
    private LocalDate au;
    private LocalTime serieDebut;
    private LocalTime serieFin;
    private Integer duree;
    private Integer pause;

    private SerieCreee serieCreee;

    @PostConstruct
    void init() {
        domaines = candidats.domaines();
        formations = candidats.formations();
        if (domaines.size() == 1) {
            domaineId = domaines.get(0).getId();
        }
    }

    /** Creates the séance of the date and times typed. */
    public void creer() {
        serieCreee = null;
        if (domaineId == null) {
            Textes.erreurCle("creation.domaineManquant");
            return;
        }
        if (date == null || debut == null || fin == null) {
            Textes.erreurCle("creation.horairesManquants");
            return;
        }
        try {
            Seance seance = planning.creerSeance(modele(LocalDateTime.of(date, debut), LocalDateTime.of(date, fin)));
            Textes.info("creation.creee", seance.getDomaine().getLibelle(), seance.getHoraires(), seance.getLieu());
            seances.rafraichir();
            PrimeFaces.current().executeScript("PF('calendrier').calendar.gotoDate('" + date + "')");
        } catch (RuntimeException refus) {
            Textes.erreur(refus);
        }
    }

    /** Creates the séances of the series; public holidays and slots whose room is taken are reported. */
    public void creerSerie() {
        serieCreee = null;
        if (domaineId == null) {
            Textes.erreurCle("creation.domaineManquant");
            return;
        }
        if (jours.length == 0 || du == null || au == null || serieDebut == null || serieFin == null || duree == null) {
            Textes.erreurCle("serie.incomplete");
            return;
        }
        if (duree <= 0 || pause != null && pause < 0) {
            Textes.erreurCle("serie.dureeInvalide");
            return;
        }
        try {
            Set<DayOfWeek> choisis = EnumSet.copyOf(List.of(jours));
            serieCreee = planning.genererSeances(modele(null, null), new RegleSerie(choisis, du, au, serieDebut,
                    serieFin, Duration.ofMinutes(duree), Duration.ofMinutes(pause == null ? 0 : pause)));
            if (serieCreee.creees() == 0) {
                Textes.avertissement("serie.aucune");
            } else {
                Textes.info("serie.creees", serieCreee.creees());
            }
            seances.rafraichir();
            PrimeFaces.current().executeScript("PF('calendrier').calendar.gotoDate('" + du + "')");
        } catch (RuntimeException refus) {
            Textes.erreur(refus);
        }
    }

    private NouvelleSeance modele(LocalDateTime d, LocalDateTime f) {
        return new NouvelleSeance(domaineId, Set.of(formationIds), modalite, deroulement, d, f, salle, lienVisio,
                capacite == null ? 0 : capacite, intervenants);
    }

    /** « mercredi 1 mai 2027, mercredi 8 mai 2027 ». */
    public String getJoursFeries() {
        return serieCreee == null ? "" : serieCreee.joursFeriesEcartes().stream().map(Textes::jour)
                .collect(Collectors.joining(", "));
    }

    public List<DayOfWeek> getJoursSemaine() {
        return List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
    }

    /** « lundi » */
    public String nomJour(DayOfWeek jour) {
        return jour.getDisplayName(TextStyle.FULL, Textes.LOCALE);
    }

    public ModaliteEntretien[] getModalites() {
        return ModaliteEntretien.values();
    }

    public Deroulement[] getDeroulements() {
        return Deroulement.values();
    }

    public List<Domaine> getDomaines() {
        return domaines;
    }

    public List<Formation> getFormations() {
        return formations;
    }

    public SerieCreee getSerieCreee() {
        return serieCreee;
    }

    public Long getDomaineId() {
        return domaineId;
    }

    public void setDomaineId(Long domaineId) {
        this.domaineId = domaineId;
    }

    public Long[] getFormationIds() {
        return formationIds;
    }

    public void setFormationIds(Long[] formationIds) {
        this.formationIds = formationIds == null ? new Long[0] : formationIds;
    }

    public ModaliteEntretien getModalite() {
        return modalite;
    }

    public void setModalite(ModaliteEntretien modalite) {
        this.modalite = modalite;
    }

    public Integer getCapacite() {
        return capacite;
    }

    public void setCapacite(Integer capacite) {
        this.capacite = capacite;
    }

    public Deroulement getDeroulement() {
        return deroulement;
    }

    public void setDeroulement(Deroulement deroulement) {
        this.deroulement = deroulement;
    }

    public String getSalle() {
        return salle;
    }

    public void setSalle(String salle) {
        this.salle = salle;
    }

    public String getLienVisio() {
        return lienVisio;
    }

    public void setLienVisio(String lienVisio) {
        this.lienVisio = lienVisio;
    }

    public String getIntervenants() {
        return intervenants;
    }

    public void setIntervenants(String intervenants) {
        this.intervenants = intervenants;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getDebut() {
        return debut;
    }

    public void setDebut(LocalTime debut) {
        this.debut = debut;
    }

    public LocalTime getFin() {
        return fin;
    }

    public void setFin(LocalTime fin) {
        this.fin = fin;
    }

    public DayOfWeek[] getJours() {
        return jours;
    }

    public void setJours(DayOfWeek[] jours) {
        this.jours = jours == null ? new DayOfWeek[0] : jours;
    }

    public LocalDate getDu() {
        return du;
    }

    public void setDu(LocalDate du) {
        this.du = du;
    }

    public LocalDate getAu() {
        return au;
    }

    public void setAu(LocalDate au) {
        this.au = au;
    }

    public LocalTime getSerieDebut() {
        return serieDebut;
    }

    public void setSerieDebut(LocalTime serieDebut) {
        this.serieDebut = serieDebut;
    }

    public LocalTime getSerieFin() {
        return serieFin;
    }

    public void setSerieFin(LocalTime serieFin) {
        this.serieFin = serieFin;
    }

    public Integer getDuree() {
        return duree;
    }

    public void setDuree(Integer duree) {
        this.duree = duree;
    }

    public Integer getPause() {
        return pause;
    }

    public void setPause(Integer pause) {
        this.pause = pause;
    }
}
