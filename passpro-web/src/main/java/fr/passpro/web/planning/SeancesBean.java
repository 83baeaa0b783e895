package fr.passpro.web.planning;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

import fr.passpro.application.planning.PlanningService;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Seance;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The lycée's séances: a calendar (day, week, month) whose events are moved by dragging or resizing, the list of the
 * séances to come (the same séances for keyboard and screen-reader users), and the dialog of one séance: its details,
 * the convoked candidates, date and time fields to move it, its cancellation.
 * <p>
 * Séance times are Europe/Paris wall-clock times. The calendar shows them as they are: server and browser both use
 * UTC as a neutral zone, so that no conversion shifts them, whatever the browser's zone and across the change to
 * summer time. A move is applied as the calendar's delta (days, minutes) to the séance's stored times.
 */
@Named
@ViewScoped
public class SeancesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The séances listed under the calendar: those of the next months. */
    private static final int MOIS_LISTE = 6;

    @Inject
    private PlanningService planning;

    @Inject
    private Clock clock;

    private final ScheduleModel calendrier = new Calendrier();

    private List<Seance> aVenir;

    /** The séance of the dialog, its convocations, and the fields that move it. */
    private Seance seance;
    private List<Convocation> convoques = List.of();
    private LocalDate date;
    private LocalTime debut;
    private LocalTime fin;

    /** A drag of a séance that holds convoked candidates, waiting for the lycée to confirm (issue 18). */
    private DeplacementEnAttente enAttente;

    @PostConstruct
    void init() {
        chargerListe();
    }

    /** Reloads the list of séances to come (after a creation, a move, a cancellation). */
    public void chargerListe() {
        LocalDate aujourdhui = LocalDate.now(clock.withZone(Textes.PARIS));
        aVenir = planning.seances(aujourdhui, aujourdhui.plusMonths(MOIS_LISTE));
    }

    /** A click on a calendar event. */
    public void onEventSelect(SelectEvent<ScheduleEvent<Long>> event) {
        ouvrir(event.getObject().getData());
    }

    /** Opens the dialog of a séance (from the calendar or the list). */
    public void ouvrir(Long seanceId) {
        try {
            seance = planning.seance(seanceId);
            convoques = planning.convocationsDe(seanceId);
            date = seance.getDebut().toLocalDate();
            debut = seance.getDebut().toLocalTime();
            fin = seance.getFin().toLocalTime();
        } catch (RuntimeException refus) {
            seance = null;
            Textes.erreur(refus);
        }
    }

    /** An event dragged to another time or day. */
    public void onEventMove(ScheduleEntryMoveEvent event) {
        Long id = idDe(event.getScheduleEvent());
        try {
            Seance actuelle = planning.seance(id);
            deplacerOuDemander(actuelle, decaler(actuelle.getDebut(), event.getYearDelta(), event.getMonthDelta(),
                    event.getDayDelta(), event.getMinuteDelta()), decaler(actuelle.getFin(), event.getYearDelta(),
                    event.getMonthDelta(), event.getDayDelta(), event.getMinuteDelta()));
        } catch (RuntimeException refus) {
            Textes.erreur(refus);
            rafraichir();
        }
    }

    /** An event whose start or end was dragged. */
    public void onEventResize(ScheduleEntryResizeEvent event) {
        Long id = idDe(event.getScheduleEvent());
        try {
            Seance actuelle = planning.seance(id);
            deplacerOuDemander(actuelle, decaler(actuelle.getDebut(), event.getYearDeltaStart(),
                    event.getMonthDeltaStart(), event.getDayDeltaStart(), event.getMinuteDeltaStart()),
                    decaler(actuelle.getFin(), event.getYearDeltaEnd(), event.getMonthDeltaEnd(),
                            event.getDayDeltaEnd(), event.getMinuteDeltaEnd()));
        } catch (RuntimeException refus) {
            Textes.erreur(refus);
            rafraichir();
        }
    }

    /**
     * A séance without convoked candidates moves at once; one with convoked candidates only after the lycée confirmed,
     * in a dialog that says how many candidates will get a new convocation: nothing is changed nor mailed before.
     */
    private void deplacerOuDemander(Seance actuelle, LocalDateTime nouveauDebut, LocalDateTime nouvelleFin) {
        int convoques = planning.convocationsDe(actuelle.getId()).size();
        if (convoques == 0) {
            deplacer(actuelle.getId(), nouveauDebut, nouvelleFin);
            return;
        }
        enAttente = new DeplacementEnAttente(actuelle.getId(), actuelle.getDomaine().getLibelle(),
                actuelle.getHoraires(), fr.passpro.domain.planning.Horaires.texte(nouveauDebut, nouvelleFin), nouveauDebut, nouvelleFin,
                convoques);
        PrimeFaces.current().ajax().update("deplacement-form");
        PrimeFaces.current().executeScript("PF('dlgDeplacement').show()");
    }

    /** « Oui, déplacer et prévenir »: the move waiting for confirmation is made, the candidates are told. */
    public void confirmerDeplacement() {
        DeplacementEnAttente d = enAttente;
        enAttente = null;
        PrimeFaces.current().executeScript("PF('dlgDeplacement').hide()");
        if (d != null) {
            deplacer(d.seanceId(), d.debut(), d.fin());
        }
    }

    /** « Non, laisser la séance »: nothing changes, the event goes back to its place. */
    public void abandonnerDeplacement() {
        if (enAttente != null) {
            Textes.info("deplacement.abandonne", enAttente.domaine(), enAttente.avant());
        }
        enAttente = null;
        PrimeFaces.current().executeScript("PF('dlgDeplacement').hide()");
        rafraichir();
    }

    /** The confirmation of the dialog's « Déplacer » button, for a séance with convoked candidates. */
    public String getConfirmationDialogue() {
        return Textes.text("deplacement.convoques", convoques.size()) + " " + Textes.text("deplacement.confirmation");
    }

    public DeplacementEnAttente getEnAttente() {
        return enAttente;
    }

    /** A move asked by a drag, not made yet. */
    public record DeplacementEnAttente(long seanceId, String domaine, String avant, String apres,
                                       LocalDateTime debut, LocalDateTime fin, int convoques) implements Serializable {
    }

    /** The « Déplacer » button of the dialog: the date and times typed in its fields. */
    public void deplacerDepuisDialogue() {
        if (seance == null) {
            return;
        }
        if (date == null || debut == null || fin == null) {
            Textes.erreurCle("seance.horairesManquants");
            return;
        }
        deplacer(seance.getId(), LocalDateTime.of(date, debut), LocalDateTime.of(date, fin));
        if (!Textes.aDesErreurs()) {
            ouvrir(seance.getId());
        }
    }

    private void deplacer(Long id, LocalDateTime nouveauDebut, LocalDateTime nouvelleFin) {
        try {
            Seance deplacee = planning.deplacerSeance(id, nouveauDebut, nouvelleFin);
            Textes.info("seance.deplacee", deplacee.getDomaine().getLibelle(), deplacee.getHoraires());
        } catch (RuntimeException refus) {
            Textes.erreur(refus);
        }
        rafraichir();
    }

    /** Cancels the séance of the dialog: each convoked candidate gets a cancellation. */
    public void annuler() {
        if (seance == null) {
            return;
        }
        try {
            planning.annulerSeance(seance.getId());
            Textes.info("seance.annulee", seance.getDomaine().getLibelle(), seance.getHoraires(), convoques.size());
            seance = null;
            convoques = List.of();
            PrimeFaces.current().executeScript("PF('dlgSeance').hide()");
        } catch (RuntimeException refus) {
            Textes.erreur(refus);
        }
        rafraichir();
    }

    /** Reloads the calendar's events (a refused drag goes back to its place) and the list. */
    void rafraichir() {
        chargerListe();
        PrimeFaces.current().executeScript("PF('calendrier').update()");
    }

    private static LocalDateTime decaler(LocalDateTime t, int annees, int mois, int jours, int minutes) {
        return t.plusYears(annees).plusMonths(mois).plusDays(jours).plusMinutes(minutes);
    }

    private static Long idDe(ScheduleEvent<?> event) {
        return Long.valueOf(event.getId());
    }

    /** « 2/5 – Métiers de la relation client »: the filling first, it stays visible on a short event. */
    static String titre(Seance s) {
        return Textes.text("calendrier.titre", s.getDomaine().getLibelle(), s.getPlacesPrises(), s.getCapacite());
    }

    /** Colour by filling: no one yet, partly filled, full (see planning.css, AA contrast). */
    public static String classe(Seance s) {
        if (s.isComplete()) {
            return "pp-seance--complete";
        }
        return s.getPlacesPrises() == 0 ? "pp-seance--vide" : "pp-seance--partielle";
    }

    public String classeSeance(Seance s) {
        return classe(s);
    }

    /** « 2 sur 5 » */
    public String remplissage(Seance s) {
        return Textes.text("seance.remplissage", s.getPlacesPrises(), s.getCapacite());
    }

    /** The calendar opens on the first séance to come, or today. */
    public LocalDate getDateInitiale() {
        return aVenir.isEmpty() ? LocalDate.now(clock.withZone(Textes.PARIS)) : aVenir.get(0).getDebut().toLocalDate();
    }

    public ScheduleModel getCalendrier() {
        return calendrier;
    }

    public List<Seance> getProchaines() {
        return aVenir;
    }

    public Seance getSeance() {
        return seance;
    }

    public List<Convocation> getConvoques() {
        return convoques;
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

    /** The events of the range the calendar shows, read when it asks (navigation, refresh). */
    private final class Calendrier extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            for (Seance s : planning.seances(start.toLocalDate(), end.minusNanos(1).toLocalDate())) {
                addEvent(DefaultScheduleEvent.<Long>builder()
                        .id(String.valueOf(s.getId()))
                        .title(titre(s))
                        .description(s.getHoraires() + " – " + s.getLieu())
                        .startDate(s.getDebut())
                        .endDate(s.getFin())
                        .styleClass(classe(s))
                        .data(s.getId())
                        // Two séances may share a time (other rooms, other staff): the service decides, not the calendar.
                        .overlapAllowed(true)
                        .build());
            }
        }
    }
}
