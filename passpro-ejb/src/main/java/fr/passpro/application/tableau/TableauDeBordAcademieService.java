package fr.passpro.application.tableau;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.courrier.Courriers;
import fr.passpro.application.inscription.Acces;
import fr.passpro.application.planning.DocumentsConvocation;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.planning.suivi.Echeance;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.tableau.ConvocationsLycee;
import fr.passpro.domain.tableau.Effectif;
import fr.passpro.domain.tableau.EcheancesRelance;
import fr.passpro.domain.tableau.Retardataire;
import fr.passpro.domain.tableau.RetardsComptesRendus;
import fr.passpro.domain.tableau.Tableau;
import fr.passpro.domain.tableau.TableauDeBordAcademie;
import fr.passpro.infrastructure.export.TableauWorkbook;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.EntretienRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.infrastructure.persistence.TableauDeBordQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The académie's live dashboard (issue 8) for the current campagne of the caller's académie, optionally for one of
 * its départements: every figure is an aggregate query ({@link TableauDeBordQueries}, and the overdue comptes rendus
 * of {@link EntretienRepository}), never a loop over entities. Each table exports to Excel; the lagging
 * établissements can be mailed a reminder that says what is late.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class TableauDeBordAcademieService {

    private static final Logger LOGGER = Logger.getLogger(TableauDeBordAcademieService.class.getName());

    /** The audit action of a reminder sent from the dashboard. */
    public static final String ACTION_RELANCE = "RELANCE_TABLEAU_DE_BORD";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private AcademieRepository academies;

    @Inject
    private EtablissementRepository etablissements;

    @Inject
    private TableauDeBordQueries queries;

    @Inject
    private TableauxRecents recents;

    @Inject
    private EntretienRepository entretiens;

    @Inject
    private Courriers courriers;

    @Inject
    private JournalAudit journal;

    @Inject
    private Clock clock;

    /** The départements of the caller's académie, by code: the choices of the filter. */
    public List<Departement> departements() {
        return academies.findDepartements(academie(currentUser.require()));
    }

    /**
     * The figures of the current campagne; empty when the académie has none.
     *
     * @param departement a département code of the caller's académie (« 094 »), or null / blank for all of them
     * @throws InvalidValueException for a département that is not of the caller's académie
     */
    public Optional<TableauDeBordAcademie> tableau(String departement) {
        Account compte = currentUser.require();
        String academie = academie(compte);
        String filtre = departement(academie, departement);
        return campagnes.findCourante(academie).map(c -> recents.lire(new TableauxRecents.Cle(academie, filtre, c.getId()),
                () -> calculer(academie, filtre, c)));
    }

    /**
     * The deadlines the établissements of the reminder list are measured against (issue 18: « en retard » only past
     * them, « à surveiller » before), for the current campagne of the caller's académie.
     */
    public Optional<EcheancesRelance> echeancesRelance() {
        String academie = academie(currentUser.require());
        return campagnes.findCourante(academie).map(c -> new EcheancesRelance(Campagne.dateA(clock.instant()),
                c.getDateClotureInscriptions(), c.getDateLimiteConvocations()));
    }

    /**
     * Writes one table of the dashboard as an .xlsx workbook, with the same figures as the page.
     *
     * @param table a key of {@link Tableau} (« domaines »)
     * @throws InvalidValueException for an unknown table or département, or without current campagne
     */
    public void exporter(String table, String departement, OutputStream out) {
        Tableau quoi = Tableau.deCle(table);
        TableauDeBordAcademie tableau = tableau(departement).orElseThrow(() -> new InvalidValueException(
                "L'académie n'a pas de campagne en cours : il n'y a rien à exporter."));
        String perimetre = "campagne " + tableau.anneeScolaire() + ", "
                + tableau.filtre().map(d -> "département " + d).orElse("toute l'académie");
        TableauWorkbook.ecrire(quoi.titre(), perimetre, quoi.enTetes(), quoi.lignes(tableau), out);
    }

    /**
     * Mails each chosen établissement that still lags a French reminder of what is late (candidates to convoke,
     * overdue comptes rendus, vœux without avis d'origine), queued in this transaction; one audit line per mail.
     * An établissement that no longer lags is not mailed.
     *
     * @return how many établissements were mailed
     * @throws AccessDeniedException for an établissement outside the caller's académie (audited)
     */
    public int relancer(Collection<Long> etablissementIds) {
        Account compte = currentUser.require();
        String academie = academie(compte);
        Set<Long> choisis = new LinkedHashSet<>(etablissementIds == null ? List.of() : etablissementIds);
        if (choisis.isEmpty()) {
            throw new InvalidValueException("Cochez au moins un établissement à relancer.");
        }
        Campagne campagne = campagnes.findCourante(academie).orElseThrow(() -> new InvalidValueException(
                "L'académie n'a pas de campagne en cours : il n'y a personne à relancer."));
        Map<Long, Etablissement> visibles = new LinkedHashMap<>();
        for (Long id : choisis) {
            visibles.put(id, etablissements.findVisibleById(compte.scope(), id).orElseThrow(() ->
                    Acces.introuvableOuRefuse(compte, "l'établissement", id, etablissements.exists(id))));
        }
        TableauDeBordAcademie tableau = calculer(academie, null, campagne);
        Map<Long, Retardataire> enRetard = new LinkedHashMap<>();
        tableau.lyceesEnRetard().forEach(r -> enRetard.put(r.etablissementId(), r));
        tableau.collegesEnRetard().forEach(r -> enRetard.put(r.etablissementId(), r));
        int relances = 0;
        for (Long id : choisis) {
            Retardataire retard = enRetard.get(id);
            if (retard == null) {
                continue;
            }
            Etablissement etablissement = visibles.get(id);
            courriers.deposer(Courrier.nouveau(List.of(DocumentsConvocation.boite(etablissement)),
                    objet(retard), texte(retard, campagne), null, clock.instant()));
            journal.enregistrer(compte.getLogin(), ACTION_RELANCE, "etablissement", String.valueOf(id),
                    "Relance " + fr.passpro.domain.shared.Francais.de(etablissement.getNom()) + " (" + etablissement.getUai() + ") : "
                            + String.join(", ", retard.motifs()));
            relances++;
        }
        LOGGER.log(Level.INFO, "{0} établissement(s) relancé(s) par {1} depuis le tableau de bord",
                new Object[] { relances, compte.getLogin() });
        return relances;
    }

    private TableauDeBordAcademie calculer(String academie, String departement, Campagne campagne) {
        long id = campagne.getId();
        List<ConvocationsLycee> convocations = new ArrayList<>(queries.convocationsParLycee(academie, departement, id,
                campagne.finInscriptions()));
        convocations.sort(Comparator.comparingLong(ConvocationsLycee::aConvoquer).reversed()
                .thenComparing(ConvocationsLycee::nom, String.CASE_INSENSITIVE_ORDER));
        List<RetardsComptesRendus> retards = new ArrayList<>(entretiens.countComptesRendusEnRetardParLycee(academie,
                departement, campagne, Campagne.dateA(clock.instant())));
        retards.sort(Comparator.comparingLong(RetardsComptesRendus::enRetard).reversed()
                .thenComparing(RetardsComptesRendus::nom, String.CASE_INSENSITIVE_ORDER));
        List<Retardataire> colleges = new ArrayList<>(queries.collegesSansAvisOrigine(academie, departement, id));
        colleges.sort(Comparator.comparingLong(Retardataire::avisOrigineManquants).reversed()
                .thenComparing(Retardataire::nom, String.CASE_INSENSITIVE_ORDER));
        var entretiensParLycee = new ArrayList<>(queries.entretiensParLycee(academie, departement, id));
        entretiensParLycee.sort(Comparator.comparing(fr.passpro.domain.tableau.EntretiensLycee::nom,
                String.CASE_INSENSITIVE_ORDER));
        var avis = new ArrayList<>(queries.avisParDomaine(academie, departement, id));
        avis.sort(Comparator.comparing(fr.passpro.domain.tableau.AvisDomaine::domaine, String.CASE_INSENSITIVE_ORDER));
        return new TableauDeBordAcademie(campagne.getAnneeScolaire(), departement,
                campagne.getDateLimiteConvocations(),
                Echeance.de(campagne.getDateLimiteConvocations(), Campagne.dateA(clock.instant())),
                parNombre(queries.inscriptionsParDomaine(academie, departement, id)),
                parNombre(queries.inscriptionsParFormation(academie, departement, id)),
                parNombre(queries.inscriptionsParLycee(academie, departement, id)),
                parNombre(queries.inscriptionsParCollege(academie, departement, id)),
                convocations, entretiensParLycee, retards, avis, lyceesEnRetard(convocations, retards), colleges);
    }

    /** Lycées with candidates left to convoke or comptes rendus overdue: both aggregates, joined by lycée. */
    private static List<Retardataire> lyceesEnRetard(List<ConvocationsLycee> convocations,
                                                     List<RetardsComptesRendus> retards) {
        Map<Long, Retardataire> lycees = new LinkedHashMap<>();
        for (ConvocationsLycee c : convocations) {
            if (c.aConvoquer() > 0) {
                lycees.put(c.lyceeId(), new Retardataire(c.lyceeId(), c.nom(), c.uai(), c.departement(), true,
                        c.aConvoquer(), 0, 0));
            }
        }
        for (RetardsComptesRendus r : retards) {
            Retardataire avant = lycees.get(r.lyceeId());
            lycees.put(r.lyceeId(), new Retardataire(r.lyceeId(), r.nom(), r.uai(), r.departement(), true,
                    avant == null ? 0 : avant.aConvoquer(), r.enRetard(), 0));
        }
        return lycees.values().stream().sorted(Comparator
                .comparingLong((Retardataire r) -> r.aConvoquer() + r.comptesRendusEnRetard()).reversed()
                .thenComparing(Retardataire::nom, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static List<Effectif> parNombre(List<Effectif> effectifs) {
        return effectifs.stream().sorted(Comparator.comparingLong(Effectif::inscriptions).reversed()
                .thenComparing(Effectif::libelle, String.CASE_INSENSITIVE_ORDER).thenComparing(Effectif::precision))
                .toList();
    }

    private static String academie(Account compte) {
        if (!compte.scope().isAcademie()) {
            throw new AccessDeniedException("le tableau de bord de l'académie est réservé à ses services.");
        }
        return compte.scope().academieCode();
    }

    private String departement(String academie, String departement) {
        if (departement == null || departement.isBlank()) {
            return null;
        }
        String code = departement.strip();
        return academies.findDepartements(academie).stream().map(Departement::getCode).filter(code::equals)
                .findFirst().orElseThrow(() -> new InvalidValueException("Le département « " + code
                        + " » ne fait pas partie de votre académie : choisissez-en un de la liste."));
    }

    static String objet(Retardataire retard) {
        return "Passpro : relance de l'académie – " + String.join(", ", retard.motifs());
    }

    static String texte(Retardataire retard, Campagne campagne) {
        StringBuilder texte = new StringBuilder("Madame, Monsieur,\n\n")
                .append("Le suivi de la campagne Passpro ").append(campagne.getAnneeScolaire())
                .append(" montre, pour ").append(retard.nom()).append(" (UAI ").append(retard.uai()).append(") :\n\n");
        for (String motif : retard.motifs()) {
            texte.append("  – ").append(motif).append("\n");
        }
        texte.append("\n");
        if (retard.aConvoquer() > 0) {
            texte.append("Chaque élève inscrit doit être convoqué à un entretien ; les convocations sont possibles")
                    .append(" jusqu'au ").append(DATE.format(campagne.getDateLimiteConvocations())).append(" inclus.\n");
        }
        if (retard.comptesRendusEnRetard() > 0) {
            texte.append("Après un entretien individuel, le compte rendu et les avis sont attendus dans les ")
                    .append(campagne.getDelaiCompteRenduJours()).append(" jours.\n");
        }
        if (retard.avisOrigineManquants() > 0) {
            texte.append("Le chef d'établissement donne un avis d'origine, avec un commentaire, sur chaque formation")
                    .append(" demandée par l'élève.\n");
        }
        return texte.append("\nMerci de compléter ces éléments dans Passpro dès que possible.\n\n")
                .append("Les services académiques de l'orientation\n").toString();
    }
}
