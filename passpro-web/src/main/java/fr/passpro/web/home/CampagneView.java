package fr.passpro.web.home;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import fr.passpro.application.campagne.CampagneService;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.web.util.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Where the campagne of the person's académie stands today, and its calendar, as the dashboards show them. */
@Named
@RequestScoped
public class CampagneView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    @Inject
    private CampagneService campagnes;

    /** The services' clock, so that the banner and the services agree (also under a rehearsal clock). */
    @Inject
    private Clock clock;

    private Optional<Campagne> campagne;

    @PostConstruct
    void load() {
        campagne = campagnes.courante();
    }

    public boolean isPresente() {
        return campagne.isPresent();
    }

    public Campagne getCampagne() {
        return campagne.orElse(null);
    }

    /** One sentence: registration not yet open, open until when, or closed since when. */
    public String getSituation() {
        if (campagne.isEmpty()) {
            return Messages.text("campagne.aucune");
        }
        Campagne c = campagne.get();
        Instant now = clock.instant();
        if (now.isBefore(c.debutInscriptions())) {
            return Messages.text("campagne.situation.avant", c.getAnneeScolaire(), date(c.getDateOuverture()),
                    date(c.getDateClotureInscriptions()));
        }
        if (c.isInscriptionOuverte(now)) {
            return Messages.text("campagne.situation.ouverte", c.getAnneeScolaire(), date(c.getDateClotureInscriptions()));
        }
        if (!c.isFermee(now)) {
            return Messages.text("campagne.situation.close", c.getAnneeScolaire(), date(c.getDateClotureInscriptions()),
                    date(c.getDateFermeture()));
        }
        return Messages.text("campagne.situation.fermee", c.getAnneeScolaire(), date(c.getDateFermeture()));
    }

    /** A date as French staff write it: « 1er février 2027 », « 30 avril 2027 ». */
    public String date(LocalDate date) {
        String text = DATE.format(date);
        return date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
    }
}
