package fr.passpro.application.audit;

import fr.passpro.application.inscription.InscriptionService;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.InscriptionHistorique;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What happened to an inscription's convocations, for its own history on the collège's page (issue 18, item 10):
 * each convocation changed, sent again or cancelled, and each move of a séance the pupil is convoked to (the
 * convocation itself is already a line of the inscription's history) — read from the
 * audit journal, in French, with names.
 */
@Stateless
@RolesAllowed({ Roles.ORIGINE, Roles.ADMIN })
public class HistoriqueConvocations {

    /** One line of the inscription's history; {@code avant} may be null. */
    public record Ligne(Instant survenuLe, String action, String auteur, String avant, String apres)
            implements Serializable {
    }

    /** The changes of a séance that a convoked pupil's collège needs to know. */
    private static final Set<String> SEANCE_VISIBLE = Set.of("début", "fin", "salle", "lien de visioconférence",
            "statut", "annulée le", "déroulement");

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    @Inject
    private InscriptionService inscriptions;

    /**
     * The whole history of an inscription, the latest first: its own lines (creation, vœux, avis, référent…) and those
     * of its convocations and séances, authors by name. The caller must be allowed to see the inscription (checked and
     * audited otherwise).
     */
    public List<Ligne> historique(long inscriptionId) {
        Inscription inscription = inscriptions.get(inscriptionId);
        List<Ligne> lignes = new ArrayList<>(lignes(inscriptionId));
        List<InscriptionHistorique> propres = inscription.getHistorique();
        Set<String> logins = new java.util.HashSet<>();
        propres.forEach(h -> logins.add(h.getAuteur()));
        LectureJournal.Noms noms = JournalService.noms(em,
                new LectureJournal.ARechercher(logins, Set.of(), Set.of(), Set.of()));
        for (InscriptionHistorique h : propres) {
            lignes.add(new Ligne(h.getSurvenuLe(), h.getAction().libelle(), LectureJournal.auteur(h.getAuteur(), noms),
                    h.getAvant(), h.getApres()));
        }
        lignes.sort(java.util.Comparator.comparing(Ligne::survenuLe).reversed());
        return lignes;
    }

    /** The lines of the convocations and séances, oldest first. */
    List<Ligne> lignes(long inscriptionId) {
        List<Object[]> convocations = em.createQuery("SELECT c.id, c.seance.id FROM Convocation c"
                + " WHERE c.inscription.id = :id", Object[].class).setParameter("id", inscriptionId).getResultList();
        if (convocations.isEmpty()) {
            return List.of();
        }
        List<String> convocationIds = convocations.stream().map(r -> String.valueOf(r[0])).toList();
        List<String> seanceIds = convocations.stream().map(r -> String.valueOf(r[1])).distinct().toList();
        List<AuditEvent> evenements = em.createQuery("SELECT a FROM AuditEvent a WHERE (a.objetType = 'convocation'"
                        + " AND a.objetId IN :convocations) OR (a.objetType = 'seance' AND a.action = :modification"
                        + " AND a.objetId IN :seances) ORDER BY a.id", AuditEvent.class)
                .setParameter("convocations", convocationIds).setParameter("seances", seanceIds)
                .setParameter("modification", "MODIFICATION").getResultList();
        // a séance's changes count from the first convocation to it
        Instant premiere = evenements.stream().filter(e -> "convocation".equals(e.getObjetType()))
                .map(AuditEvent::getSurvenuLe).findFirst().orElse(Instant.MIN);
        LectureJournal.Noms noms = JournalService.noms(em, LectureJournal.aRechercher(evenements));
        List<Ligne> lignes = new ArrayList<>();
        for (AuditEvent e : evenements) {
            String auteur = LectureJournal.auteur(e.getLogin(), noms);
            if ("seance".equals(e.getObjetType())) {
                if (e.getSurvenuLe().isBefore(premiere)) {
                    continue;
                }
                List<String> visibles = new ArrayList<>();
                for (String segment : e.getDetail().split(" ; ")) {
                    String libelle = segment.split(" : ", 2)[0];
                    if (SEANCE_VISIBLE.contains(libelle)) {
                        visibles.add(segment);
                    }
                }
                if (!visibles.isEmpty()) {
                    lignes.add(new Ligne(e.getSurvenuLe(), "Séance modifiée", auteur, null,
                            LectureJournal.objet("seance", e.getObjetId(), noms) + " : "
                                    + LectureJournal.detail(String.join(" ; ", visibles), noms)));
                }
                continue;
            }
            if ("CREATION".equals(e.getAction())) {
                // the inscription's own history has its « Convocation » line, with the séance
                continue;
            }
            String action = switch (e.getAction()) {
                case "CREATION" -> "Convocation créée";
                case "SUPPRESSION" -> "Convocation supprimée";
                default -> "Convocation modifiée";
            };
            String detail = "CREATION".equals(e.getAction()) || "SUPPRESSION".equals(e.getAction()) ? ""
                    : LectureJournal.detail(e.getDetail(), noms);
            lignes.add(new Ligne(e.getSurvenuLe(), action, auteur, null, detail));
        }
        return lignes;
    }
}
