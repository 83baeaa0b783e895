package fr.passpro.infrastructure.convocation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The calendar invitation (.ics, RFC 5545 / iTIP RFC 5546) attached to a convocation, so that the collège and the
 * référent find the interview in their agenda, and so that a change or a cancellation replaces it there: the UID
 * stays the same for an inscription and the SEQUENCE rises.
 * <p>
 * Times are Europe/Paris wall-clock times with their VTIMEZONE, taken from the zone data bundled in ical4j; ical4j is
 * told never to fetch a newer definition over the network ({@code ical4j.properties}).
 */
public final class InvitationCalendrier {

    static final String PRODID = "-//Académie//Passpro//FR";
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
    private static final int OCTETS_PAR_LIGNE = 75;
    private static final Pattern METHODE = Pattern.compile("(?im)^METHOD(?:;[^:\\r\\n]*)?:([A-Za-z-]+)\\s*$");

    /**
     * Europe/Paris as ical4j bundles it, reduced to the rules in force since 1996 (summer time from the last Sunday
     * of March to the last Sunday of October): the full history since 1891 would weigh five times the invitation.
     */
    private static final VTimeZone PARIS_ACTUEL = reglesEnVigueur(
            TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(PARIS.getId()).getVTimeZone());

    private InvitationCalendrier() {
    }

    /** The invitation (METHOD:REQUEST, STATUS:CONFIRMED), for a new or a changed convocation, in UTF-8. */
    public static byte[] requete(ConvocationDocument d) {
        return ics(d, ImmutableMethod.REQUEST, ImmutableStatus.VEVENT_CONFIRMED);
    }

    /**
     * The cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the invitation with the same UID, in UTF-8; the caller
     * gives a SEQUENCE above that of the last invitation sent.
     */
    public static byte[] annulation(ConvocationDocument d) {
        return ics(d, ImmutableMethod.CANCEL, ImmutableStatus.VEVENT_CANCELLED);
    }

    /**
     * The iTIP method of a calendar, in capitals (« REQUEST », « CANCEL »), or empty when it has none (a published
     * calendar rather than an invitation).
     */
    public static Optional<String> methode(byte[] ics) {
        String text = deplier(new String(ics, StandardCharsets.UTF_8));
        Matcher m = METHODE.matcher(text);
        return m.find() ? Optional.of(m.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    private static byte[] ics(ConvocationDocument d, Method method, Status status) {
        VEvent event = new VEvent(d.debut().atZone(PARIS), d.fin().atZone(PARIS), resume(d));
        event.add(new Uid(d.uid()));
        event.add(new Sequence(d.sequence()));
        // the constructor stamped the event with the current instant
        event.replace(new DtStamp(d.horodatage()));
        event.add(status);
        event.add(ImmutableTransp.OPAQUE);
        event.add(new Location(d.distanciel() ? d.lienVisio().strip() : Redaction.lieuSurPlace(d)));
        event.add(new Description(description(d, status == ImmutableStatus.VEVENT_CANCELLED)));
        if (d.distanciel()) {
            event.add(new Url(URI.create(d.lienVisio().strip())));
        }
        event.add(new Organizer(mailto(d.lyceeMail())).add(new Cn(d.lyceeNom())));
        event.add(participant(d.collegeMail(), d.collegeNom()));
        if (!Redaction.vide(d.referentEmail()) && !d.referentEmail().strip().equalsIgnoreCase(d.collegeMail().strip())) {
            event.add(participant(d.referentEmail(), Redaction.vide(d.referentNom()) ? null : d.referentNom()));
        }

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(PARIS_ACTUEL);
        calendar.add(event);

        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Invitation de calendrier invalide pour " + d.uid() + " : " + e.getMessage(), e);
        }
        return plier(deplier(out.toString())).getBytes(StandardCharsets.UTF_8);
    }

    /** A copy of the zone with its TZID and the observances whose rule has no end; the registry's copy is left as is. */
    static VTimeZone reglesEnVigueur(VTimeZone zone) {
        List<Observance> enVigueur = zone.getObservances().stream()
                .filter(o -> o.<RRule<?>>getProperty(Property.RRULE).map(r -> r.getRecur().getUntil() == null).orElse(false))
                .map(o -> (Observance) o.copy())
                .toList();
        if (enVigueur.isEmpty()) {
            throw new IllegalStateException("Aucune règle en vigueur pour le fuseau " + zone.getTimeZoneId());
        }
        Property tzid = zone.getProperty(Property.TZID).orElseThrow();
        return new VTimeZone(new PropertyList(List.of(tzid)), new ComponentList<>(enVigueur));
    }

    /** « Entretien Passpro – Électricité, énergie – Éloïse Lefèvre ». */
    static String resume(ConvocationDocument d) {
        return Redaction.uneLigne("Entretien Passpro – " + d.domaine() + " – " + d.eleve());
    }

    private static String description(ConvocationDocument d, boolean annule) {
        StringBuilder text = new StringBuilder();
        if (annule) {
            text.append("Cet entretien est annulé.\n\n");
        }
        text.append(Redaction.modalite(d)).append(" d'information Passpro.\n");
        text.append("Élève : ").append(Redaction.eleveEtClasse(d)).append(", ").append(Redaction.college(d)).append('\n');
        text.append("Domaine : ").append(d.domaine()).append('\n');
        text.append(d.formations().size() > 1 ? "Formations demandées :\n" : "Formation demandée :\n");
        d.formations().forEach(f -> text.append("- ").append(f).append('\n'));
        text.append("Lieu : ").append(d.distanciel() ? "à distance, " + d.lienVisio().strip() : Redaction.lieuSurPlace(d))
                .append('\n');
        if (!Redaction.vide(d.intervenants())) {
            text.append("Intervenants : ").append(d.intervenants().strip()).append('\n');
        }
        if (!annule) {
            text.append("À apporter : ").append(Redaction.A_APPORTER).append(". ").append(Redaction.SANS_BULLETIN)
                    .append('\n');
            text.append(Redaction.FAMILLE).append('\n');
        }
        text.append("Contact : ").append(d.lyceeNom()).append(", ").append(d.lyceeMail());
        return text.toString();
    }

    private static Attendee participant(String mail, String nom) {
        Attendee attendee = new Attendee(mailto(mail));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.NEEDS_ACTION);
        // Passpro reads no reply: the collège answers through the application.
        attendee.add(Rsvp.FALSE);
        if (nom != null) {
            attendee.add(new Cn(nom));
        }
        return attendee;
    }

    private static URI mailto(String mail) {
        return URI.create("mailto:" + mail.strip());
    }

    /** Undoes RFC 5545 folding. */
    static String deplier(String ics) {
        return ics.replaceAll("\r?\n[ \t]", "");
    }

    /**
     * Folds every line at 75 octets of UTF-8 without cutting a character, with CRLF line breaks: ical4j folds at
     * 75 characters, which an accented French text exceeds in octets.
     */
    static String plier(String ics) {
        StringBuilder out = new StringBuilder(ics.length() + ics.length() / 50);
        for (String line : ics.split("\r?\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length();) {
                int cp = line.codePointAt(i);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > OCTETS_PAR_LIGNE) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
