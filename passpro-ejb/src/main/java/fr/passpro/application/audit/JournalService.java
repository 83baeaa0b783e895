package fr.passpro.application.audit;

import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.Pagination;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail as the académie's admins read it (issue 8): the lines of their académie — changes of its data and
 * refused accesses of its people — filtered by établissement, person, pupil and dates, the latest first. Read only:
 * nothing in the application changes or removes a line.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class JournalService {

    /** The most lines a search shows: past that, the page asks for narrower filters. */
    public static final int LIGNES_MAX = 200;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /**
     * What the admin filters on; every field may be null.
     *
     * @param etablissement a UAI or part of a name
     * @param personne      part of a login
     * @param eleve         part of a pupil's name or first name
     * @param du            first day (Paris), inclusive
     * @param au            last day (Paris), inclusive
     */
    public record Filtre(String etablissement, String personne, String eleve, LocalDate du, LocalDate au)
            implements Serializable {
    }

    /**
     * A line with the name of the établissement it concerns, and its columns as staff read them (names, French
     * words and dates, a readable address: {@link LectureJournal}).
     */
    public record Ligne(AuditEvent evenement, String etablissement, String quand, String auteur, String adresse,
                        String objet, String detail) implements Serializable {

        Ligne(AuditEvent evenement, String etablissement, LectureJournal.Noms noms) {
            this(evenement, etablissement, LectureJournal.quand(evenement.getSurvenuLe()),
                    LectureJournal.auteur(evenement.getLogin(), noms), LectureJournal.adresse(evenement.getAdresse()),
                    LectureJournal.objet(evenement.getObjetType(), evenement.getObjetId(), noms),
                    LectureJournal.detail(evenement.getDetail(), noms));
        }
    }

    @PersistenceContext(unitName = "passpro")
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    /** The latest {@value #LIGNES_MAX} lines that the filter gives. */
    public List<Ligne> rechercher(Filtre filtre) {
        return lire(filtre, 0, LIGNES_MAX);
    }

    /**
     * One page of the lines that the filter gives, the latest first, read and counted in the database (issue 14);
     * a page beyond the last gives the first page (see {@link Pagination}).
     */
    public PageJournal page(Filtre filtre, int first, int taille) {
        long total = compter(filtre);
        int lignes = Pagination.taille(taille);
        int premier = Pagination.premier(first, lignes, total);
        return new PageJournal(lire(filtre, premier, lignes), total, premier);
    }

    /** A page of the journal, with how many lines the filter gives in all. */
    public record PageJournal(List<Ligne> lignes, long total, int premier) implements Serializable {
    }

    /** How many lines the filter gives. */
    public long compter(Filtre filtre) {
        Map<String, Object> parametres = new HashMap<>();
        var query = em.createQuery("SELECT COUNT(a)" + where(filtre, parametres), Long.class);
        parametres.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private List<Ligne> lire(Filtre filtre, int premier, int nombre) {
        Map<String, Object> parametres = new HashMap<>();
        var query = em.createQuery("SELECT a" + where(filtre, parametres) + " ORDER BY a.id DESC", AuditEvent.class);
        parametres.forEach(query::setParameter);
        List<AuditEvent> lignes = query.setFirstResult(premier).setMaxResults(nombre).getResultList();
        Map<Long, String> noms = new HashMap<>();
        List<Long> ids = lignes.stream().map(AuditEvent::getEtablissementId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT e.id, e.nom FROM Etablissement e WHERE e.id IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> noms.put((Long) r[0], (String) r[1]));
        }
        LectureJournal.Noms personnes = noms(em, LectureJournal.aRechercher(lignes));
        return lignes.stream().map(a -> new Ligne(a, noms.get(a.getEtablissementId()), personnes)).toList();
    }

    /** The FROM and WHERE clauses of the admin's académie and the filter; fills the parameters. */
    private String where(Filtre filtre, Map<String, Object> parametres) {
        var scope = currentUser.require().scope();
        if (!scope.isAcademie()) {
            throw new AccessDeniedException("le journal d'audit est réservé aux services de l'académie.");
        }
        String academie = scope.academieCode();
        StringBuilder jpql = new StringBuilder(" FROM AuditEvent a WHERE (a.academieCode = :academie"
                + " OR a.login IN (SELECT c.login FROM Account c WHERE c.academie.code = :academie"
                + " OR c.etablissement.departement.academie.code = :academie))");
        parametres.put("academie", academie);
        if (present(filtre.etablissement())) {
            jpql.append(" AND a.etablissementId IN (SELECT e.id FROM Etablissement e WHERE e.uai.code = :uai"
                    + " OR e.nom LIKE :etablissement)");
            parametres.put("uai", filtre.etablissement().strip().toUpperCase(java.util.Locale.ROOT));
            parametres.put("etablissement", motif(filtre.etablissement()));
        }
        if (present(filtre.personne())) {
            jpql.append(" AND a.login LIKE :personne");
            parametres.put("personne", motif(filtre.personne()));
        }
        if (present(filtre.eleve())) {
            jpql.append(" AND a.eleveId IN (SELECT el.id FROM Eleve el WHERE el.college.departement.academie.code"
                    + " = :academie AND (el.nom LIKE :eleve OR el.prenom LIKE :eleve))");
            parametres.put("eleve", motif(filtre.eleve()));
        }
        if (filtre.du() != null) {
            jpql.append(" AND a.survenuLe >= :du");
            parametres.put("du", filtre.du().atStartOfDay(PARIS).toInstant());
        }
        if (filtre.au() != null) {
            jpql.append(" AND a.survenuLe < :au");
            parametres.put("au", filtre.au().plusDays(1).atStartOfDay(PARIS).toInstant());
        }
        return jpql.toString();
    }

    /** The names the lines mention: one query per kind for all the lines. */
    static LectureJournal.Noms noms(EntityManager em, LectureJournal.ARechercher quoi) {
        Map<String, String> parLogin = new HashMap<>();
        Map<Long, String> comptes = new HashMap<>();
        Map<Long, String> referents = new HashMap<>();
        Map<Long, java.time.LocalDateTime> seances = new HashMap<>();
        if (!quoi.logins().isEmpty() || !quoi.comptes().isEmpty()) {
            em.createQuery("SELECT c.id, c.login, c.prenom, c.nom FROM Account c WHERE c.login IN :logins"
                            + " OR c.id IN :ids", Object[].class)
                    .setParameter("logins", quoi.logins().isEmpty() ? List.of("") : List.copyOf(quoi.logins()))
                    .setParameter("ids", quoi.comptes().isEmpty() ? List.of(-1L) : List.copyOf(quoi.comptes()))
                    .getResultList().forEach(r -> {
                        String nom = r[2] + " " + r[3];
                        comptes.put((Long) r[0], nom);
                        parLogin.put((String) r[1], nom);
                    });
        }
        if (!quoi.referents().isEmpty()) {
            em.createQuery("SELECT r.id, r.prenom, r.nom FROM Referent r WHERE r.id IN :ids", Object[].class)
                    .setParameter("ids", List.copyOf(quoi.referents())).getResultList()
                    .forEach(r -> referents.put((Long) r[0], r[1] + " " + r[2]));
        }
        if (!quoi.seances().isEmpty()) {
            em.createQuery("SELECT s.id, s.debut FROM Seance s WHERE s.id IN :ids", Object[].class)
                    .setParameter("ids", List.copyOf(quoi.seances())).getResultList()
                    .forEach(r -> seances.put((Long) r[0], (java.time.LocalDateTime) r[1]));
        }
        return new LectureJournal.Noms(parLogin, comptes, referents, seances);
    }

    private static boolean present(String texte) {
        return texte != null && !texte.isBlank();
    }

    private static String motif(String texte) {
        return "%" + texte.strip().replace("%", "").replace("_", "") + "%";
    }

    /** For the page: the instant of a line in Paris time, in French (« 10 mars 2027 à 14:05:03 »). */
    public static String quand(Instant instant) {
        return LectureJournal.quand(instant);
    }
}
