package fr.passpro.it.entretien;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.entretien.EntretienService;
import fr.passpro.application.entretien.FichesService;
import fr.passpro.application.entretien.RelanceComptesRendus;
import fr.passpro.application.inscription.InscriptionService;
import fr.passpro.application.planning.DocumentsConvocation;
import fr.passpro.application.planning.NouvelleSeance;
import fr.passpro.application.planning.PlanningService;
import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.entretien.CompteRenduEnRetard;
import fr.passpro.domain.entretien.Presence;
import fr.passpro.domain.entretien.RetardsLycee;
import fr.passpro.domain.entretien.RetourEntretien;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.inscription.DelaiDepasseException;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.planning.Deroulement;
import fr.passpro.domain.planning.Seance;
import fr.passpro.domain.scope.Scope;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.infrastructure.mail.EnvoiCourriers;
import fr.passpro.infrastructure.persistence.CourrierRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.it.Deployments;
import fr.passpro.it.support.Connexion;
import fr.passpro.it.support.Donnees;
import fr.passpro.it.support.HorlogeDeTest;
import fr.passpro.it.support.TextePdf;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * After the interview, on the real server and database, with the clock set by the test and the outbox worker stopped
 * (the test reads the queued mails): presence, compte rendu and avis back to the collège, the collective interview,
 * another lycée, the closure, the history of the versions, the overdue comptes rendus and their daily reminder.
 */
@ExtendWith(ArquillianExtension.class)
class EntretienServiceIT {

    private static final String LEONARD_DE_VINCI = "0930135S";
    private static final String JEAN_LURCAT = "0940132H";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withConfig(Deployments.passproWithTestClock(EntretienServiceIT.class),
                EnvoiCourriers.AUTOMATIQUE + "=false\n");
    }

    @Inject
    Donnees donnees;

    @Inject
    EntretienService entretiens;

    @Inject
    RelanceComptesRendus relance;

    @Inject
    FichesService fiches;

    @Inject
    PlanningService planning;

    @Inject
    InscriptionService inscriptions;

    @Inject
    InscriptionRepository inscriptionsRepository;

    @Inject
    CourrierRepository courriers;

    @Inject
    JournalAudit journal;

    @Resource(lookup = "jdbc/passpro")
    DataSource base;

    private Campagne campagne;
    private Etablissement college;
    private String collegeLogin;
    private Referent referent;

    @BeforeEach
    void aCollegeWithAReferentInMarch() {
        campagne = donnees.campagne();
        college = donnees.nouveauCollege();
        collegeLogin = donnees.nouveauCompte(college);
        referent = donnees.nouveauReferent(college);
        HorlogeDeTest.regler(paris(annee(Month.MARCH, 15), LocalTime.of(10, 0)));
    }

    @AfterEach
    void realTimeAgain() {
        HorlogeDeTest.regler(null);
    }

    @Test
    void presenceThenCompteRenduAndAvisMakeTheInscriptionAvisRecusAndTheCollegeIsMailed() {
        Formation individuelle = formation(JEAN_LURCAT, ModaliteEntretien.INDIVIDUEL);
        Inscription inscription = inscrire(individuelle);
        String lycee = donnees.nouveauCompteLycee(individuelle.getAccueilReferent());
        LocalDateTime debut = mardi(Month.MAY, 4).atTime(10, 0);
        convoquer(lycee, inscription, individuelle, debut);

        HorlogeDeTest.regler(paris(debut.toLocalDate(), LocalTime.of(10, 5)));
        entretiens.noterPresence(inscription.getId(), Presence.PRESENT);
        assertThat(statut(inscription)).isEqualTo(StatutInscription.ENTRETIEN_PASSE);
        assertThatThrownBy(() -> planning.retirerDeSeance(inscription.getId()))
                .as("l'entretien enregistré garde sa séance").hasMessageContaining("a eu lieu");

        HorlogeDeTest.regler(paris(debut.toLocalDate().plusDays(1), LocalTime.of(9, 0)));
        entretiens.enregistrerRetour(inscription.getId(), "Élève motivée, a visité l'atelier.",
                Map.of(individuelle.getId(), Avis.FAVORABLE));

        assertThat(statut(inscription)).isEqualTo(StatutInscription.AVIS_RECUS);
        String domaine = individuelle.getDomaine().getLibelle();
        assertThat(courriersA(referent.getEmail())).filteredOn(c -> c.getObjet().startsWith("Compte rendu d'entretien"))
                .singleElement().satisfies(c -> {
                    assertThat(c.getObjet()).contains(inscription.getEleve().getNomComplet(), "« " + domaine + " »");
                    assertThat(texte(c)).contains("Élève motivée, a visité l'atelier.", "favorable");
                    assertThat(c.getDestinataires()).contains(DocumentsConvocation.boite(college));
                });

        Connexion.en(collegeLogin);
        RetourEntretien retour = entretiens.retourPourLeCollege(inscription.getId()).orElseThrow();
        assertThat(retour.compteRendu()).isEqualTo("Élève motivée, a visité l'atelier.");
        assertThat(retour.domaine()).isEqualTo(domaine);
        assertThat(retour.avis()).singleElement().extracting(RetourEntretien.AvisFormation::avisAccueil)
                .isEqualTo(Avis.FAVORABLE);
    }

    @Test
    void aCollectiveInterviewTakesThePresenceButRefusesACompteRendu() {
        Formation collective = formation(LEONARD_DE_VINCI, ModaliteEntretien.COLLECTIF);
        Inscription inscription = inscrire(collective);
        Connexion.en(donnees.nouveauCompteLycee(collective.getAccueilReferent()));
        LocalDate jour = mardi(Month.MAY, 4);
        Seance seance = planning.creerSeance(new NouvelleSeance(collective.getDomaine().getId(), Set.of(collective.getId()),
                ModaliteEntretien.COLLECTIF, Deroulement.PRESENTIEL, jour.atTime(14, 0), jour.atTime(15, 30),
                "Amphi " + Donnees.unique(), null, 10, null));
        planning.convoquer(inscription.getId(), seance.getId());
        HorlogeDeTest.regler(paris(jour, LocalTime.of(16, 0)));

        entretiens.noterPresence(inscription.getId(), Presence.PRESENT);

        assertThatThrownBy(() -> entretiens.enregistrerRetour(inscription.getId(), "Groupe attentif.",
                Map.of(collective.getId(), Avis.FAVORABLE)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("était collectif : il n'y a ni compte rendu ni avis à saisir");
        assertThat(statut(inscription)).isEqualTo(StatutInscription.ENTRETIEN_PASSE);
        assertThat(entretiens.entretien(inscription.getId()).orElseThrow().getCompteRendu()).isEmpty();
    }

    @Test
    void anotherLyceeIsRefusedAndTheAttemptIsAudited() {
        Formation lurcat = formation(JEAN_LURCAT, ModaliteEntretien.INDIVIDUEL);
        Formation vinci = formation(LEONARD_DE_VINCI, ModaliteEntretien.COLLECTIF);
        Inscription candidatDeLurcat = inscrire(lurcat);
        LocalDateTime debut = mardi(Month.MAY, 4).atTime(11, 0);
        convoquer(donnees.nouveauCompteLycee(lurcat.getAccueilReferent()), candidatDeLurcat, lurcat, debut);
        HorlogeDeTest.regler(paris(debut.toLocalDate(), LocalTime.of(12, 0)));

        Connexion.en(donnees.nouveauCompteLycee(vinci.getAccueilReferent()));
        assertThatThrownBy(() -> entretiens.noterPresence(candidatDeLurcat.getId(), Presence.PRESENT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> entretiens.enregistrerRetour(candidatDeLurcat.getId(), "Pas le mien.", Map.of()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(statut(candidatDeLurcat)).isEqualTo(StatutInscription.CONVOQUEE);
        assertThat(journal.lignesSur("inscription", String.valueOf(candidatDeLurcat.getId())))
                .extracting(AuditEvent::getAction).contains(AuditEvent.ACCES_REFUSE);
    }

    @Test
    void aChangeAfterTheClosureIsRefused() {
        Formation individuelle = formation(JEAN_LURCAT, ModaliteEntretien.INDIVIDUEL);
        Inscription inscription = inscrire(individuelle);
        LocalDateTime debut = mardi(Month.MAY, 11).atTime(10, 0);
        convoquer(donnees.nouveauCompteLycee(individuelle.getAccueilReferent()), inscription, individuelle, debut);
        HorlogeDeTest.regler(paris(debut.toLocalDate(), LocalTime.of(11, 0)));
        entretiens.noterPresence(inscription.getId(), Presence.PRESENT);
        entretiens.enregistrerRetour(inscription.getId(), "Avant la fermeture.", Map.of(individuelle.getId(), Avis.RESERVE));

        HorlogeDeTest.regler(campagne.fermeture().plusSeconds(1));

        assertThatThrownBy(() -> entretiens.enregistrerRetour(inscription.getId(), "Après la fermeture.",
                Map.of(individuelle.getId(), Avis.FAVORABLE)))
                .isInstanceOf(DelaiDepasseException.class).hasMessageContaining("Passpro est fermé");
        assertThatThrownBy(() -> entretiens.noterPresence(inscription.getId(), Presence.EXCUSE))
                .isInstanceOf(DelaiDepasseException.class);
        assertThat(entretiens.entretien(inscription.getId()).orElseThrow().getCompteRendu())
                .contains("Avant la fermeture.");
    }

    @Test
    void theHistoryKeepsBothVersionsOfTheCompteRenduWithTheirAuthorsAndTheCollegeIsToldOfTheChange() {
        Formation individuelle = formation(JEAN_LURCAT, ModaliteEntretien.INDIVIDUEL);
        Inscription inscription = inscrire(individuelle);
        String premier = donnees.nouveauCompteLycee(individuelle.getAccueilReferent());
        String second = donnees.nouveauCompteLycee(individuelle.getAccueilReferent());
        LocalDateTime debut = mardi(Month.MAY, 11).atTime(15, 0);
        convoquer(premier, inscription, individuelle, debut);
        HorlogeDeTest.regler(paris(debut.toLocalDate(), LocalTime.of(16, 0)));
        entretiens.noterPresence(inscription.getId(), Presence.PRESENT);
        entretiens.enregistrerRetour(inscription.getId(), "Première version.", Map.of(individuelle.getId(), Avis.RESERVE));

        Connexion.en(second);
        HorlogeDeTest.regler(paris(debut.toLocalDate().plusDays(2), LocalTime.of(9, 0)));
        entretiens.enregistrerRetour(inscription.getId(), "Seconde version.",
                Map.of(individuelle.getId(), Avis.ASSEZ_FAVORABLE));

        assertThat(historique(inscription, "COMPTE_RENDU")).containsExactly(
                premier + " | null | Première version.",
                second + " | Première version. | Seconde version.");
        assertThat(historique(inscription, "AVIS_ACCUEIL")).hasSize(2).last().asString()
                .startsWith(second).contains("Réservé", "Assez favorable");
        assertThat(courriersA(referent.getEmail())).extracting(Courrier::getObjet)
                .filteredOn(o -> o.startsWith("Compte rendu d'entretien"))
                .as("le plus récent d'abord").containsExactly(
                        "Compte rendu d'entretien mis à jour : " + inscription.getEleve().getNomComplet()
                                + ", domaine « " + individuelle.getDomaine().getLibelle() + " »",
                        "Compte rendu d'entretien : " + inscription.getEleve().getNomComplet() + ", domaine « "
                                + individuelle.getDomaine().getLibelle() + " »");
    }

    @Test
    void aCompteRenduIsNotOverdueOnTheThirdDayAfterTheInterviewAndOverdueOnTheFourth() {
        Formation individuelle = formation(JEAN_LURCAT, ModaliteEntretien.INDIVIDUEL);
        LocalDate jour = mardi(Month.MAY, 4).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        Inscription presente = inscrire(individuelle);
        Inscription absente = inscrire(individuelle);
        Inscription sansPresence = inscrire(individuelle);
        String lycee = donnees.nouveauCompteLycee(individuelle.getAccueilReferent());
        convoquer(lycee, presente, individuelle, jour.atTime(8, 0));
        convoquer(lycee, absente, individuelle, jour.atTime(8, 30));
        convoquer(lycee, sansPresence, individuelle, jour.atTime(9, 0));
        HorlogeDeTest.regler(paris(jour, LocalTime.of(12, 0)));
        entretiens.noterPresence(presente.getId(), Presence.PRESENT);
        entretiens.noterPresence(absente.getId(), Presence.ABSENT);

        HorlogeDeTest.regler(paris(jour.plusDays(3), LocalTime.of(23, 0)));
        assertThat(ids(entretiens.comptesRendusEnRetard())).as("jour J+3 : encore dans les temps")
                .doesNotContain(presente.getId(), absente.getId(), sansPresence.getId());

        HorlogeDeTest.regler(paris(jour.plusDays(4), LocalTime.of(7, 0)));
        List<CompteRenduEnRetard> retards = entretiens.comptesRendusEnRetard();
        assertThat(ids(retards)).as("jour J+4 : en retard, sauf l'absente").contains(presente.getId(), sansPresence.getId())
                .doesNotContain(absente.getId());
        assertThat(retards).filteredOn(r -> r.inscriptionId() == presente.getId()).singleElement().satisfies(r -> {
            assertThat(r.dateLimite()).isEqualTo(jour.plusDays(3));
            assertThat(r.presenceSaisie()).isTrue();
            assertThat(r.joursDeRetard(jour.plusDays(4))).isEqualTo(1);
        });
        assertThat(retards).filteredOn(r -> r.inscriptionId() == sansPresence.getId()).singleElement()
                .extracting(CompteRenduEnRetard::presenceSaisie).isEqualTo(false);

        Connexion.en("admin.creteil");
        assertThat(entretiens.comptesRendusEnRetardDeLAcademie())
                .filteredOn(l -> l.lyceeId() == individuelle.getAccueilReferent().getId()).singleElement()
                .extracting(RetardsLycee::retards).satisfies(l -> assertThat(ids(l)).contains(presente.getId()));
    }

    @Test
    void theDailyReminderIsSentOnceForADayEvenWhenTheJobRunsTwice() throws SQLException {
        Formation individuelle = formation(JEAN_LURCAT, ModaliteEntretien.INDIVIDUEL);
        Inscription inscription = inscrire(individuelle);
        LocalDateTime debut = mardi(Month.MAY, 4).atTime(17, 0);
        convoquer(donnees.nouveauCompteLycee(individuelle.getAccueilReferent()), inscription, individuelle, debut);
        HorlogeDeTest.regler(paris(debut.toLocalDate(), LocalTime.of(17, 30)));
        entretiens.noterPresence(inscription.getId(), Presence.PRESENT);
        LocalDate jour = debut.toLocalDate().plusDays(4);
        oublierExecution(jour);
        String boite = DocumentsConvocation.boite(individuelle.getAccueilReferent());
        long avant = relancesA(boite);

        OptionalInt premiere = relance.relancer(jour);
        OptionalInt seconde = relance.relancer(jour);

        assertThat(premiere).as("lycées relancés").isPresent();
        assertThat(premiere.getAsInt()).isPositive();
        assertThat(seconde).as("le jour est déjà pris").isEmpty();
        assertThat(relancesA(boite)).isEqualTo(avant + 1);
        assertThat(courriersA(boite)).filteredOn(c -> c.getObjet().contains("en retard"))
                .anySatisfy(c -> assertThat(texte(c)).contains(inscription.getEleve().getNomComplet()));
    }

    @Test
    void theFichePrintsTheReturnOnlyOnceCompleteLeavesOutWithdrawnPupilsAndRefusesAnotherCollege() {
        Formation individuelle = formation(JEAN_LURCAT, ModaliteEntretien.INDIVIDUEL);
        Inscription inscription = inscrire(individuelle);
        Inscription retiree = inscrire(individuelle);
        inscriptions.retirer(retiree.getId());
        String lycee = donnees.nouveauCompteLycee(individuelle.getAccueilReferent());
        LocalDateTime debut = mardi(Month.MAY, 4).atTime(15, 0);
        convoquer(lycee, inscription, individuelle, debut);
        HorlogeDeTest.regler(paris(debut.toLocalDate(), LocalTime.of(16, 0)));
        entretiens.noterPresence(inscription.getId(), Presence.PRESENT);
        String compteRendu = "Très à l’écoute ; conseillé de découvrir l’atelier « vente » en journée portes ouvertes.";
        entretiens.enregistrerRetour(inscription.getId(), compteRendu, Map.of());

        Connexion.en(collegeLogin);
        String eleve = inscription.getEleve().getNomComplet();
        long eleveId = inscription.getEleve().getId();
        String brouillon = TextePdf.texte(fiches.ficheEleve(eleveId));
        assertThat(brouillon).as("un compte rendu sans ses avis reste un brouillon du lycée")
                .contains(eleve, individuelle.getLibelle(), "Présence à l'entretien : oui").doesNotContain("Très à l’écoute");
        assertThatThrownBy(() -> fiches.ficheEleve(retiree.getEleve().getId()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("aucune inscription en cours");

        Connexion.en(lycee);
        entretiens.enregistrerRetour(inscription.getId(), compteRendu, Map.of(individuelle.getId(), Avis.RESERVE));
        Connexion.en(collegeLogin);
        String fiche = TextePdf.texte(fiches.ficheEleve(eleveId));
        assertThat(fiche).contains(eleve, compteRendu, "Réservé", "Affelnet", college.getNom());
        String toutes = TextePdf.texte(fiches.fichesCollege());
        assertThat(toutes).contains(eleve, compteRendu).doesNotContain(retiree.getEleve().getNom());
        assertThat(fiches.classes()).extracting(FichesService.ClasseFiches::eleves).containsOnly(1);

        Connexion.en(donnees.nouveauCompte(donnees.nouveauCollege()));
        assertThatThrownBy(() -> fiches.ficheEleve(eleveId)).isInstanceOf(AccessDeniedException.class);
        assertThat(journal.lignesSur("eleve", String.valueOf(eleveId)))
                .extracting(AuditEvent::getAction).contains(AuditEvent.ACCES_REFUSE);
    }

    private void convoquer(String lycee, Inscription inscription, Formation formation, LocalDateTime debut) {
        Connexion.en(lycee);
        Seance seance = planning.creerSeance(new NouvelleSeance(formation.getDomaine().getId(), Set.of(),
                ModaliteEntretien.INDIVIDUEL, Deroulement.PRESENTIEL, debut, debut.plusMinutes(20),
                "B" + Donnees.unique(), null, 1, null));
        planning.convoquer(inscription.getId(), seance.getId());
    }

    private Inscription inscrire(Formation formation) {
        Connexion.en(collegeLogin);
        var eleve = donnees.nouvelEleve(college);
        return inscriptions.inscrire(eleve.getId(), formation.getDomaine().getId(),
                formation.getAccueilReferent().getId(), referent.getId(), List.of(formation.getId()));
    }

    private Formation formation(String uaiAccueil, ModaliteEntretien modalite) {
        return donnees.formations().stream()
                .filter(f -> f.getAccueilReferent().getUai().toString().equals(uaiAccueil) && f.getModalite() == modalite)
                .findFirst().orElseThrow(() -> new IllegalStateException("catalogue de démonstration sans formation "
                        + modalite + " à " + uaiAccueil));
    }

    /** The first Tuesday on or after that day of the campagne's year. */
    private LocalDate mardi(Month mois, int jour) {
        return annee(mois, jour).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }

    private LocalDate annee(Month mois, int jour) {
        return LocalDate.of(campagne.getDateOuverture().getYear(), mois, jour);
    }

    private static Instant paris(LocalDate date, LocalTime heure) {
        return ZonedDateTime.of(date, heure, Campagne.ZONE).toInstant();
    }

    private StatutInscription statut(Inscription inscription) {
        return inscriptionsRepository.findVisibleById(Scope.academie(Academie.CRETEIL), inscription.getId())
                .orElseThrow().getStatut();
    }

    private static List<Long> ids(List<CompteRenduEnRetard> retards) {
        return retards.stream().map(CompteRenduEnRetard::inscriptionId).toList();
    }

    private List<Courrier> courriersA(String adresse) {
        return courriers.findByDestinataire(adresse);
    }

    private long relancesA(String boite) {
        return courriersA(boite).stream().filter(c -> c.getObjet().contains("en retard")).count();
    }

    /** « auteur | avant | après » of the history lines of one action, oldest first, as the table holds them. */
    private List<String> historique(Inscription inscription, String action) {
        try (Connection c = base.getConnection(); PreparedStatement st = c.prepareStatement(
                "SELECT auteur, avant, apres FROM inscription_historique WHERE inscription_id = ? AND action = ?"
                        + " ORDER BY survenu_le, id")) {
            st.setLong(1, inscription.getId());
            st.setString(2, action);
            List<String> lignes = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    lignes.add(rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3));
                }
            }
            return lignes;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body of a queued mail, read from the table (it is loaded lazily). */
    private String texte(Courrier courrier) {
        try (Connection c = base.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT texte FROM courrier WHERE id = ?")) {
            st.setLong(1, courrier.getId());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A run of an earlier build of this test may have claimed the day already. */
    private void oublierExecution(LocalDate jour) throws SQLException {
        try (Connection c = base.getConnection(); PreparedStatement st = c.prepareStatement(
                "DELETE FROM execution_quotidienne WHERE traitement = ? AND jour = ?")) {
            st.setString(1, RelanceComptesRendus.TRAITEMENT);
            st.setDate(2, java.sql.Date.valueOf(jour));
            st.executeUpdate();
        }
    }
}
