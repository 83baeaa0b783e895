package fr.passpro.it.purge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.batch.purge.PurgeCampagneJob;
import fr.passpro.batch.purge.PurgeCampagneService;
import fr.passpro.batch.purge.PurgeQuotidienne;
import fr.passpro.batch.purge.PurgeSteps;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.campagne.PurgeCampagne;
import fr.passpro.domain.campagne.PurgeEnCoursException;
import fr.passpro.domain.campagne.StatutPurge;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.infrastructure.mail.EnvoiCourriers;
import fr.passpro.it.Deployments;
import fr.passpro.it.catalogue.CatalogueFixture;
import fr.passpro.it.purge.PurgeFixture.Campagne2021;
import fr.passpro.it.support.Donnees;
import fr.passpro.it.support.HorlogeDeTest;
import fr.passpro.it.support.Connexion;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The purge of a closed campagne on the real Payara and MariaDB, with the outbox worker stopped (old mails of the
 * test campagnes would otherwise leave): refused before the end of retention, then nothing of a pupil stays in any
 * text column of any table while the anonymous statistics do; a second run changes nothing and mails nobody; a failure
 * in the middle then a restart purge every pupil once; one purge at a time per campagne; admins only.
 */
@ExtendWith(ArquillianExtension.class)
class PurgeCampagneIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withConfig(Deployments.passproWithTestClock(PurgeCampagneIT.class, PurgeFixture.class,
                CatalogueFixture.class), EnvoiCourriers.AUTOMATIQUE + "=false\n");
    }

    @Inject
    fr.passpro.infrastructure.persistence.CampagneRepository campagnes;

    @Inject
    PurgeFixture fixture;

    @Inject
    Donnees donnees;

    @Inject
    PurgeCampagneService service;

    @Inject
    PurgeQuotidienne quotidienne;

    @Inject
    JournalAudit journal;

    @Resource(lookup = "jdbc/passpro")
    DataSource base;

    @AfterEach
    void realTimeAgain() {
        HorlogeDeTest.regler(null);
    }

    @Test
    void afterTheRetentionNothingOfThePupilsStaysButTheStatisticsAndASecondRunChangesNothing() throws Exception {
        Campagne campagne = fixture.campagneFermee();
        String nom = "Nom" + PurgeFixture.lettres();
        Campagne2021 donneesPurgees = fixture.remplir(campagne.getId(), nom);
        Campagne autre = fixture.campagneFermee();
        String nomAutre = "Nom" + PurgeFixture.lettres();
        fixture.inscrits(autre.getId(), nomAutre, 2);
        List<String> noms = new ArrayList<>(donneesPurgees.prenoms());
        noms.add(nom);
        noms.add(donneesPurgees.preinscriptionPrenom());
        assertThat(occurrences(nom)).as("la recherche trouve l'élève avant la purge")
                .containsKeys("eleve.nom", "preinscription.eleve_nom", "courrier.objet", "courrier_piece_jointe.nom_fichier",
                        "inscription_historique.apres", "entretien.compte_rendu", "exception_delai.motif");
        assertThat(occurrences(donneesPurgees.prenoms().get(0))).containsKey("voeu.commentaire_origine");
        long courriersAvant = count("SELECT COUNT(*) FROM courrier");
        // the closure job's Excel archive lists every pupil: it goes with them
        campagnes.archiver(campagne.getId(), "archive.xlsx", nom.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Instant.now());

        // the last second of the retention (28 May 2022, Paris): refused, nothing changed
        Instant purgeable = paris(PurgeFixture.FERMETURE.plusYears(1).plusDays(1));
        HorlogeDeTest.regler(purgeable.minusSeconds(1));
        Connexion.en("admin.creteil");
        assertThatThrownBy(() -> service.purger(campagne.getId()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ne peut pas être purgée avant le 29/05/2022")
                .hasMessageContaining("conservées 12 mois après la fermeture du 28/05/2021");
        assertThat(service.historique(campagne.getId())).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM eleve WHERE campagne_id = " + campagne.getId())).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM statistique_campagne WHERE campagne_id = " + campagne.getId())).isZero();

        // from 00:00 on 29 May 2022, Paris time
        HorlogeDeTest.regler(purgeable);
        PurgeCampagne purge = attendre(service.purger(campagne.getId()));

        assertThat(purge.getStatut()).as(purge.getMessage()).isEqualTo(StatutPurge.TERMINEE);
        assertThat(purge.getDemarreePar()).isEqualTo("admin.creteil");
        assertThat(purge.getEleves()).isEqualTo(5);
        assertThat(purge.getInscriptions()).isEqualTo(5);
        assertThat(purge.getPreinscriptions()).isEqualTo(1);
        assertThat(purge.getCourriers()).isEqualTo(donneesPurgees.courriers().size());
        assertThat(purge.getReferents()).isGreaterThanOrEqualTo(1);
        assertThat(purge.getMessage()).contains("5 élève(s)").doesNotContain(nom);
        for (String texte : noms) {
            assertThat(occurrences(texte)).as("« %s » dans la base après la purge", texte).isEmpty();
        }
        String mails = donneesPurgees.courriers().stream().map(String::valueOf).collect(Collectors.joining(","));
        assertThat(count("SELECT COUNT(*) FROM courrier WHERE id IN (" + mails + ")")).isZero();
        assertThat(count("SELECT COUNT(*) FROM courrier_piece_jointe WHERE courrier_id IN (" + mails + ")")).isZero();
        assertThat(count("SELECT COUNT(*) FROM courrier")).isEqualTo(courriersAvant - donneesPurgees.courriers().size());
        assertThat(count("SELECT COUNT(*) FROM referent WHERE id = " + donneesPurgees.referentExterneId())).isZero();
        assertThat(count("SELECT COUNT(*) FROM inscription WHERE campagne_id = " + campagne.getId())).isZero();
        assertThat(count("SELECT COUNT(*) FROM archive_campagne WHERE campagne_id = " + campagne.getId())).isZero();
        assertThat(count("SELECT COUNT(*) FROM exception_delai WHERE campagne_id = " + campagne.getId()))
                .as("le délai reste, sans son motif").isEqualTo(1);
        assertThat(statistiques(campagne.getId())).isEqualTo(statistiquesAttendues(donneesPurgees));
        assertThat(purgeeLe(campagne.getId())).contains(purgeable);
        assertThat(journal.lignesSur("campagne", String.valueOf(campagne.getId())))
                .filteredOn(l -> l.getAction().equals(PurgeSteps.AUDIT_PURGE)).singleElement()
                .extracting(AuditEvent::getDetail).asString().contains("5 élève(s)", "1 pré-inscription(s)");
        // another closed campagne of the académie is untouched
        assertThat(count("SELECT COUNT(*) FROM eleve WHERE campagne_id = " + autre.getId())).isEqualTo(2);
        assertThat(occurrences(nomAutre)).containsKey("eleve.nom");
        assertThat(purgeeLe(autre.getId())).isEmpty();

        // twice: the same state, no mail
        Map<String, Long> avant = etat(campagne.getId());
        PurgeCampagne seconde = attendre(service.purger(campagne.getId()));
        assertThat(seconde.getStatut()).isEqualTo(StatutPurge.DEJA_PURGEE);
        assertThat(seconde.getMessage()).contains("déjà purgée", "rien n'a changé");
        assertThat(etat(campagne.getId())).isEqualTo(avant);
        assertThat(statistiques(campagne.getId())).isEqualTo(statistiquesAttendues(donneesPurgees));
        assertThat(purgeeLe(campagne.getId())).contains(purgeable);
    }

    @Test
    void aFailureInTheMiddleThenARestartPurgesEveryPupilOnce() throws Exception {
        Campagne campagne = fixture.campagneFermee();
        String nom = "Nom" + PurgeFixture.lettres();
        List<Long> eleves = fixture.inscrits(campagne.getId(), nom, 5);

        PurgeCampagne echec = attendre(service.purgerTraitement(campagne.getId(), "test",
                Map.of(PurgeCampagneJob.OPTION_TAILLE_PAQUET, "2", PurgeCampagneJob.OPTION_ECHEC_ELEVE, "3")));

        assertThat(echec.getStatut()).isEqualTo(StatutPurge.ECHEC);
        assertThat(echec.getMessage()).contains("Échec simulé", "Relancez-la");
        assertThat(echec.getEleves()).as("le premier paquet est enregistré").isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM eleve WHERE campagne_id = " + campagne.getId())).isEqualTo(3);
        assertThat(purgeeLe(campagne.getId())).isEmpty();

        service.relancer(echec.getId());
        PurgeCampagne reprise = attendre(echec.getId());

        assertThat(reprise.getStatut()).as(reprise.getMessage()).isEqualTo(StatutPurge.TERMINEE);
        assertThat(reprise.getEleves()).as("chaque élève une fois").isEqualTo(eleves.size());
        assertThat(reprise.getInscriptions()).isEqualTo(eleves.size());
        assertThat(count("SELECT COUNT(*) FROM eleve WHERE campagne_id = " + campagne.getId())).isZero();
        assertThat(occurrences(nom)).isEmpty();
        assertThat(count("SELECT SUM(inscriptions) FROM statistique_campagne WHERE campagne_id = " + campagne.getId()))
                .as("statistiques calculées avant la panne").isEqualTo(5);
        assertThat(purgeeLe(campagne.getId())).isPresent();
    }

    @Test
    void aSecondPurgeIsRefusedWhileOneRunsAndOnlyAnAdminStartsOne() throws Exception {
        Campagne campagne = fixture.campagneFermee();
        long enCours = service.enregistrer(campagne.getId(), "autre instance");

        assertThatThrownBy(() -> service.purgerTraitement(campagne.getId(), "test", Map.of()))
                .isInstanceOf(PurgeEnCoursException.class).hasMessageContaining("déjà en cours");
        // the guard is the database's: another instance writing a second running purge is refused too
        assertThatThrownBy(() -> execute("INSERT INTO purge_campagne (campagne_id, statut, demarree_par, demarree_le)"
                + " VALUES (" + campagne.getId() + ", 'EN_COURS', 'x', NOW(6))"))
                .isInstanceOf(SQLException.class).hasMessageContaining("uk_purge_campagne_en_cours");
        service.echouer(enCours, "Test : purge abandonnée.");

        Connexion.en(donnees.nouveauCompte(donnees.nouveauCollege()));
        assertThatThrownBy(() -> service.purger(campagne.getId())).isInstanceOf(EJBAccessException.class);
        assertThat(service.historique(campagne.getId())).hasSize(1);
    }

    @Test
    void theDailyRunStartsTheDuePurgesOncePerDayWhicheverInstanceWakesUp() throws Exception {
        Campagne campagne = fixture.campagneFermee();
        String nom = "Nom" + PurgeFixture.lettres();
        fixture.inscrits(campagne.getId(), nom, 1);
        LocalDate jour = LocalDate.of(1900 + ThreadLocalRandom.current().nextInt(99), 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(364));

        Optional<List<Long>> premiere = quotidienne.purger(jour);
        Optional<List<Long>> seconde = quotidienne.purger(jour);

        assertThat(seconde).as("le jour est déjà pris").isEmpty();
        assertThat(premiere).isPresent();
        List<PurgeCampagne> lancees = new ArrayList<>();
        for (long id : premiere.get()) {
            lancees.add(attendre(id));
        }
        assertThat(lancees).filteredOn(p -> p.getCampagne().getId().equals(campagne.getId())).singleElement()
                .satisfies(p -> {
                    assertThat(p.getStatut()).as(p.getMessage()).isEqualTo(StatutPurge.TERMINEE);
                    assertThat(p.getDemarreePar()).isEqualTo("purge quotidienne");
                });
        assertThat(occurrences(nom)).isEmpty();
        assertThat(quotidienne.purger(jour.plusDays(1)).orElseThrow())
                .as("une campagne purgée n'est plus relancée").doesNotContain(lancees.stream()
                        .filter(p -> p.getCampagne().getId().equals(campagne.getId())).map(PurgeCampagne::getId)
                        .toArray(Long[]::new));
    }

    /** The counts expected from what {@link PurgeFixture#remplir} made, per collège (A then B). */
    private static Map<String, List<Long>> statistiquesAttendues(Campagne2021 d) {
        // inscriptions, retirees, convoquees, entretiens_tenus, absences, absences_excusees, voeux,
        // avis d'origine favorable, assez favorable, réservé, avis d'accueil favorable, assez favorable, réservé
        Map<String, List<Long>> attendu = new TreeMap<>();
        attendu.put(d.domaineId() + "/" + d.lyceeId() + "/" + d.colleges().get(0),
                List.of(3L, 1L, 2L, 1L, 1L, 0L, 3L, 1L, 0L, 1L, 1L, 0L, 0L));
        attendu.put(d.domaineId() + "/" + d.lyceeId() + "/" + d.colleges().get(1),
                List.of(2L, 0L, 1L, 0L, 0L, 1L, 2L, 0L, 1L, 0L, 0L, 0L, 0L));
        return attendu;
    }

    private Map<String, List<Long>> statistiques(long campagneId) throws SQLException {
        Map<String, List<Long>> lignes = new TreeMap<>();
        try (Connection c = base.getConnection(); PreparedStatement s = c.prepareStatement("SELECT domaine_id, lycee_id,"
                + " college_id, inscriptions, retirees, convoquees, entretiens_tenus, absences, absences_excusees, voeux,"
                + " avis_origine_favorable, avis_origine_assez_favorable, avis_origine_reserve, avis_accueil_favorable,"
                + " avis_accueil_assez_favorable, avis_accueil_reserve FROM statistique_campagne WHERE campagne_id = ?")) {
            s.setLong(1, campagneId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    List<Long> valeurs = new ArrayList<>();
                    for (int i = 4; i <= 16; i++) {
                        valeurs.add(r.getLong(i));
                    }
                    lignes.put(r.getLong(1) + "/" + r.getLong(2) + "/" + r.getLong(3), valeurs);
                }
            }
        }
        return lignes;
    }

    /**
     * Every text column (char, varchar, text, json…) of every table of the database that holds this text, ignoring
     * case and accents, with its number of rows: « table.colonne » → rows.
     */
    private Map<String, Long> occurrences(String texte) throws SQLException {
        Map<String, Long> trouve = new LinkedHashMap<>();
        try (Connection c = base.getConnection()) {
            List<String[]> colonnes = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'tinytext', 'text',"
                    + " 'mediumtext', 'longtext', 'json', 'enum', 'set')"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    colonnes.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            assertThat(colonnes).hasSizeGreaterThan(100);
            for (String[] col : colonnes) {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM `" + col[0] + "` WHERE CONVERT(`"
                        + col[1] + "` USING utf8mb4) COLLATE utf8mb4_unicode_ci LIKE ?")) {
                    s.setString(1, "%" + texte + "%");
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        if (r.getLong(1) > 0) {
                            trouve.put(col[0].toLowerCase() + "." + col[1].toLowerCase(), r.getLong(1));
                        }
                    }
                }
            }
        }
        return trouve;
    }

    /** Row counts of the tables a run could touch, for the campagne and overall. */
    private Map<String, Long> etat(long campagneId) throws SQLException {
        Map<String, Long> etat = new TreeMap<>();
        for (String table : List.of("courrier", "courrier_piece_jointe", "eleve", "inscription", "preinscription",
                "referent", "statistique_campagne", "exception_delai", "audit_event")) {
            etat.put(table, count("SELECT COUNT(*) FROM " + table));
        }
        etat.put("version campagne", count("SELECT version FROM campagne WHERE id = " + campagneId));
        return etat;
    }

    private Optional<Instant> purgeeLe(long campagneId) throws SQLException {
        try (Connection c = base.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT purgee_le FROM campagne WHERE id = ?")) {
            s.setLong(1, campagneId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Timestamp t = r.getTimestamp(1);
                return Optional.ofNullable(t).map(Timestamp::toInstant);
            }
        }
    }

    /** Polls the run until it and its job are over. */
    private PurgeCampagne attendre(long purgeId) throws InterruptedException {
        Instant limite = Instant.now().plus(TIMEOUT);
        while (service.enCours(purgeId) && Instant.now().isBefore(limite)) {
            Thread.sleep(100);
        }
        assertThat(service.enCours(purgeId)).as("purge %s finie avant %s", purgeId, TIMEOUT).isFalse();
        return service.etat(purgeId);
    }

    private long count(String sql) throws SQLException {
        try (Connection c = base.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = base.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    private static Instant paris(LocalDate jour) {
        return jour.atStartOfDay(Campagne.ZONE).toInstant();
    }
}
