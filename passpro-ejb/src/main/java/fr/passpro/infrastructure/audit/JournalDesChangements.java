package fr.passpro.infrastructure.audit;

import fr.passpro.application.audit.OrigineRequete;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.entretien.Entretien;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Voeu;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Seance;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectReferenceChangeRecord;

/**
 * Writes a line of the audit journal for every insert, update and delete of the audited entities, in the same
 * transaction (a change rolled back leaves no line): who (the caller's login, or « traitement » for a job or timer),
 * from which address, what (each changed attribute « avant → après »), and which académie, établissement and pupil it
 * concerns. No personal value is copied into the journal, which is never purged: a changed text (a compte rendu, a
 * commentaire, a name) reads « modifié » — its versions are in the inscription's own history, purged with the pupil.
 *
 * <p>Installed on the persistence unit as its session customizer ({@code eclipselink.session.customizer}).
 */
public class JournalDesChangements implements SessionCustomizer {

    /**
     * The audited entities and their object type in the journal. Accounts are not here: the accounts service writes
     * its own, more precise lines (creation, deactivation, password link) in the same transaction.
     */
    static final Map<Class<?>, String> TYPES = Map.of(Inscription.class, "inscription", Voeu.class, "voeu",
            Seance.class, "seance", Convocation.class, "convocation", Entretien.class, "entretien",
            Campagne.class, "campagne", Etablissement.class, "etablissement");

    /** Entities whose creation and removal are not journaled, only their changes (établissements come by import). */
    static final Set<String> MODIFICATIONS_SEULES = Set.of("etablissement");

    /** Text attributes that hold no personal data: their values are written. */
    static final Set<String> TEXTES_PUBLICS = Set.of("salle", "lienVisio", "mailFonctionnel", "contact", "telephone",
            "commune", "anneeScolaire", "login");

    /** How staff read the attributes in the journal; an attribute not listed keeps its name. */
    static final Map<String, String> LIBELLES = Map.ofEntries(
            Map.entry("statut", "statut"), Map.entry("referent", "personne référente"),
            Map.entry("retireeLe", "retirée le"), Map.entry("retireePar", "retirée par"),
            Map.entry("avisOrigine", "avis d'origine"), Map.entry("commentaireOrigine", "commentaire d'origine"),
            Map.entry("avisOriginePar", "avis d'origine donné par"), Map.entry("avisOrigineLe", "avis d'origine donné le"),
            Map.entry("avisAccueil", "avis du lycée"), Map.entry("avisAccueilPar", "avis du lycée donné par"),
            Map.entry("avisAccueilLe", "avis du lycée donné le"), Map.entry("rang", "rang"),
            Map.entry("seance", "séance"), Map.entry("sequence", "version de l'invitation"),
            Map.entry("annuleeLe", "annulée le"), Map.entry("modifieeLe", "modifiée le"), Map.entry("accuse", "réponse du collège"),
            Map.entry("accuseLe", "réponse le"), Map.entry("accusePar", "réponse par"), Map.entry("debut", "début"),
            Map.entry("fin", "fin"), Map.entry("salle", "salle"), Map.entry("lienVisio", "lien de visioconférence"),
            Map.entry("capacite", "capacité"), Map.entry("placesPrises", "places prises"),
            Map.entry("deroulement", "déroulement"), Map.entry("intervenants", "intervenants"),
            Map.entry("presence", "présence"), Map.entry("presenceLe", "présence saisie le"),
            Map.entry("presencePar", "présence saisie par"), Map.entry("compteRendu", "compte rendu"),
            Map.entry("compteRenduLe", "compte rendu saisi le"), Map.entry("compteRenduPar", "compte rendu saisi par"),
            Map.entry("retourCompletLe", "retour complet le"), Map.entry("dateOuverture", "ouverture"),
            Map.entry("dateClotureInscriptions", "clôture des inscriptions"),
            Map.entry("dateLimiteConvocations", "date limite des convocations"),
            Map.entry("dateLimiteEntretiens", "date limite des entretiens"), Map.entry("dateFermeture", "fermeture"),
            Map.entry("delaiCompteRenduJours", "délai du compte rendu (jours)"),
            Map.entry("inscriptionsClosesLe", "inscriptions closes le"), Map.entry("fermeeLe", "fermée le"),
            Map.entry("purgeeLe", "purgée le"), Map.entry("dureeConservationMois", "conservation (mois)"),
            Map.entry("mailFonctionnel", "boîte fonctionnelle"), Map.entry("contact", "contact"),
            Map.entry("telephone", "téléphone"), Map.entry("ouvert", "ouvert"), Map.entry("nom", "nom"),
            Map.entry("commune", "commune"), Map.entry("formationRetireeLe", "formation retirée du catalogue le"));

    static final String CREATION = "CREATION";
    static final String MODIFICATION = "MODIFICATION";
    static final String SUPPRESSION = "SUPPRESSION";

    private static final Logger LOGGER = Logger.getLogger(JournalDesChangements.class.getName());
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Paris"));
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter JOUR_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** Not worth a line: bookkeeping (version, last login, last mail of a convocation) and collections. */
    private static final Set<String> IGNORES = Set.of("version", "passwordHash", "historique", "voeux",
            "derniereConnexion", "dernierCourrier");
    private static final int DETAIL_MAX = 1000;

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            String type = TYPES.get(descriptor.getJavaClass());
            if (type != null) {
                descriptor.getEventManager().addListener(new Ecouteur(type));
            }
        }
    }

    /** The listener of one audited entity. */
    static final class Ecouteur extends DescriptorEventAdapter {

        private final String type;

        Ecouteur(String type) {
            this.type = type;
        }

        @Override
        public void postInsert(DescriptorEvent event) {
            if (!MODIFICATIONS_SEULES.contains(type)) {
                ecrire(event, CREATION, "création");
            }
        }

        @Override
        public void postUpdate(DescriptorEvent event) {
            // The event carries a change set only after a merge: the update's own query has it.
            ObjectChangeSet changes = event.getQuery() instanceof ObjectLevelModifyQuery modification
                    ? (ObjectChangeSet) modification.getObjectChangeSet() : null;
            if (changes == null) {
                return;
            }
            List<String> lignes = new ArrayList<>();
            for (ChangeRecord record : changes.getChanges()) {
                String attribut = record.getAttribute();
                if (IGNORES.contains(attribut)) {
                    continue;
                }
                String libelle = LIBELLES.getOrDefault(attribut, attribut);
                if (record instanceof DirectToFieldChangeRecord direct) {
                    lignes.add(libelle + " : " + valeur(attribut, direct.getOldValue()) + " → "
                            + valeur(attribut, direct.getNewValue()));
                } else if (record instanceof ObjectReferenceChangeRecord reference) {
                    lignes.add(libelle + " : " + reference(reference.getOldValue()) + " → "
                            + reference(reference.getNewValue()));
                } else {
                    lignes.add(libelle + " : modifié");
                }
            }
            if (!lignes.isEmpty()) {
                ecrire(event, MODIFICATION, String.join(" ; ", lignes));
            }
        }

        @Override
        public void postDelete(DescriptorEvent event) {
            if (!MODIFICATIONS_SEULES.contains(type)) {
                ecrire(event, SUPPRESSION, "suppression");
            }
        }

        private void ecrire(DescriptorEvent event, String action, String detail) {
            Object objet = event.getSource();
            try {
                Concerne concerne = Concerne.de(objet);
                DataModifyQuery insert = new DataModifyQuery(new SQLCall("INSERT INTO audit_event (survenu_le, login,"
                        + " adresse, action, objet_type, objet_id, detail, academie_code, etablissement_id, eleve_id)"
                        + " VALUES (#T, #L, #A, #ACT, #TYPE, #ID, #D, #ACA, #ETA, #ELE)"));
                for (String argument : List.of("T", "L", "A", "ACT", "TYPE", "ID", "D", "ACA", "ETA", "ELE")) {
                    insert.addArgument(argument);
                }
                List<Object> valeurs = new ArrayList<>();
                valeurs.add(Timestamp.from(maintenant()));
                valeurs.add(login());
                valeurs.add(adresse());
                valeurs.add(action);
                valeurs.add(type);
                valeurs.add(String.valueOf(id(objet)));
                valeurs.add(detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX - 1) + "…" : detail);
                valeurs.add(concerne.academie());
                valeurs.add(concerne.etablissementId());
                valeurs.add(concerne.eleveId());
                event.getSession().executeQuery(insert, valeurs);
            } catch (RuntimeException e) {
                // The change itself must fail rather than go unrecorded.
                LOGGER.log(Level.SEVERE, "Journal d''audit impossible pour " + type + " " + id(objet), e);
                throw e;
            }
        }
    }

    /** « avant » or « après » of a direct attribute as the journal may show it. */
    static String valeur(String attribut, Object valeur) {
        if (valeur == null) {
            return "(vide)";
        }
        if (valeur instanceof String && !TEXTES_PUBLICS.contains(attribut)) {
            return "modifié";
        }
        if (valeur instanceof Instant instant) {
            return INSTANT.format(instant);
        }
        if (valeur instanceof Timestamp ts) {
            return INSTANT.format(ts.toInstant());
        }
        if (valeur instanceof Enum<?> e) {
            return libelle(e);
        }
        if (valeur instanceof java.time.LocalDateTime moment) {
            return JOUR_HEURE.format(moment);
        }
        if (valeur instanceof java.time.LocalDate jour) {
            return JOUR.format(jour);
        }
        if (valeur instanceof java.sql.Date jour) {
            return JOUR.format(jour.toLocalDate());
        }
        if (valeur instanceof Boolean oui) {
            return oui ? "oui" : "non";
        }
        return String.valueOf(valeur);
    }

    private static String libelle(Enum<?> e) {
        try {
            Method libelle = e.getClass().getMethod("libelle");
            return String.valueOf(libelle.invoke(e));
        } catch (ReflectiveOperationException pasDeLibelle) {
            return e.name();
        }
    }

    private static String reference(Object valeur) {
        if (valeur instanceof ObjectChangeSet changeSet) {
            Object id = changeSet.getId();
            return id == null ? "(nouveau)" : "n° " + id;
        }
        return valeur == null ? "(vide)" : "n° " + id(valeur);
    }

    static Object id(Object entite) {
        try {
            return entite.getClass().getMethod("getId").invoke(entite);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** The services' clock (a rehearsal clock included), as every other time Passpro writes. */
    private static Instant maintenant() {
        return CDI.current().select(Clock.class).get().instant();
    }

    private static String login() {
        try {
            return CDI.current().select(CurrentUser.class).get().account().map(Account::getLogin).orElse("traitement");
        } catch (ContextNotActiveException | IllegalStateException horsRequete) {
            return "traitement";
        }
    }

    private static String adresse() {
        try {
            return CDI.current().select(OrigineRequete.class).get().adresse().orElse(null);
        } catch (ContextNotActiveException | IllegalStateException horsRequete) {
            return null;
        }
    }

    /** Which académie, établissement and pupil a changed entity concerns. */
    record Concerne(String academie, Long etablissementId, Long eleveId) {

        static Concerne de(Object objet) {
            if (objet instanceof Inscription i) {
                return new Concerne(i.getCampagne().getAcademie().getCode(), i.getEleve().getCollege().getId(),
                        i.getEleve().getId());
            }
            if (objet instanceof Voeu v) {
                return de(v.getInscription());
            }
            if (objet instanceof Convocation c) {
                Concerne inscription = de(c.getInscription());
                return new Concerne(inscription.academie(), c.getSeance().getLycee().getId(), inscription.eleveId());
            }
            if (objet instanceof Entretien e) {
                Concerne inscription = de(e.getInscription());
                return new Concerne(inscription.academie(), e.getInscription().getLycee().getId(), inscription.eleveId());
            }
            if (objet instanceof Seance s) {
                return new Concerne(s.getCampagne().getAcademie().getCode(), s.getLycee().getId(), null);
            }
            if (objet instanceof Account a) {
                return new Concerne(a.getAcademie() == null ? null : a.getAcademie().getCode(),
                        a.getEtablissement() == null ? null : a.getEtablissement().getId(), null);
            }
            if (objet instanceof Campagne c) {
                return new Concerne(c.getAcademie().getCode(), null, null);
            }
            if (objet instanceof Etablissement e) {
                return new Concerne(e.getAcademie().getCode(), e.getId(), null);
            }
            return new Concerne(null, null, null);
        }
    }
}
