package fr.passpro.application.inscription;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.NotFoundException;
import jakarta.enterprise.inject.spi.CDI;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The refusals the services share (inscriptions, planning), with their audit line: in the log, and in the audit journal of
 * the database ({@link JournalAudit}, looked up here so that every service that refuses writes it).
 */
public final class Acces {

    /** The audit logger: one WARNING line per refused access to another établissement's data. */
    static final Logger AUDIT = Logger.getLogger("fr.passpro.audit");

    private Acces() {
    }

    /** The établissement d'origine of the caller; refuses an account of a lycée or of the académie. */
    public static Etablissement collegeDe(Account compte) {
        Etablissement etablissement = compte.getEtablissement();
        if (compte.getRole() != Role.ORIGINE || etablissement == null || !etablissement.isOrigine()) {
            throw new AccessDeniedException("seul un établissement d'origine (collège) inscrit des élèves.");
        }
        return etablissement;
    }

    /** The lycée d'accueil-référent of the caller; refuses an account of a collège or of the académie. */
    public static Etablissement lyceeDe(Account compte) {
        Etablissement etablissement = compte.getEtablissement();
        if (compte.getRole() != Role.ACCUEIL || etablissement == null || !etablissement.isAccueil()) {
            throw new AccessDeniedException("seul un lycée accueil-référent planifie des entretiens.");
        }
        return etablissement;
    }

    /**
     * What to throw when a scoped lookup found nothing: an {@link AccessDeniedException} (audited) when the thing
     * exists outside the caller's scope, a {@link NotFoundException} otherwise.
     *
     * @param quoi e.g. « l'élève »
     */
    public static RuntimeException introuvableOuRefuse(Account compte, String quoi, long id, boolean existe) {
        if (!existe) {
            return new NotFoundException(capitalise(quoi) + " demandé(e) n'existe pas ou plus : rechargez la page.");
        }
        AUDIT.log(Level.WARNING, "audit : accès refusé à {0} n° {1} pour {2} ({3}, périmètre {4})",
                new Object[] { quoi, String.valueOf(id), compte.getLogin(), compte.getRole(), compte.scope() });
        journaliser(compte, quoi, id);
        return new AccessDeniedException(quoi + " demandé(e) ne fait pas partie de votre établissement.");
    }

    /** The journal line; outside a container (unit tests with fakes) only the log line is written. */
    private static void journaliser(Account compte, String quoi, long id) {
        JournalAudit journal;
        try {
            journal = CDI.current().select(JournalAudit.class).get();
        } catch (IllegalStateException horsConteneur) {
            return;
        }
        try {
            journal.enregistrer(compte.getLogin(), AuditEvent.ACCES_REFUSE, typeObjet(quoi), String.valueOf(id),
                    "Accès refusé à " + quoi + " n° " + id + " (profil « " + compte.getRole().libelle() + " », " + compte.scope().libelle() + ")");
        } catch (RuntimeException e) {
            AUDIT.log(Level.SEVERE, "audit : la ligne du journal n'a pas pu être enregistrée", e);
        }
    }

    /** « l'élève » → « eleve », « la personne référente » → « referent ». */
    static String typeObjet(String quoi) {
        if (quoi.contains("élève")) {
            return "eleve";
        }
        if (quoi.contains("référent")) {
            return "referent";
        }
        if (quoi.contains("séance")) {
            return "seance";
        }
        if (quoi.contains("convocation")) {
            return "convocation";
        }
        if (quoi.contains("inscription")) {
            return "inscription";
        }
        if (quoi.contains("établissement")) {
            return "etablissement";
        }
        return quoi;
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
