package fr.passpro.it.tableau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.planning.DocumentsConvocation;
import fr.passpro.application.security.PasswordHasher;
import fr.passpro.application.tableau.TableauDeBordAcademieService;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.CodeFormation;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.entretien.Entretien;
import fr.passpro.domain.entretien.Presence;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Deroulement;
import fr.passpro.domain.planning.Seance;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.tableau.AvisDomaine;
import fr.passpro.domain.tableau.ConvocationsLycee;
import fr.passpro.domain.tableau.Effectif;
import fr.passpro.domain.tableau.EntretiensLycee;
import fr.passpro.domain.tableau.Retardataire;
import fr.passpro.domain.tableau.RetardsComptesRendus;
import fr.passpro.domain.tableau.TableauDeBordAcademie;
import fr.passpro.infrastructure.mail.EnvoiCourriers;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import fr.passpro.infrastructure.persistence.EleveRepository;
import fr.passpro.infrastructure.persistence.EntretienRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.PlanningRepository;
import fr.passpro.infrastructure.persistence.ReferentRepository;
import fr.passpro.it.Deployments;
import fr.passpro.it.support.Connexion;
import fr.passpro.it.support.HorlogeDeTest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The académie's dashboard on the real server and database. Each test builds its own domaine, two lycées (094 and
 * 077), two collèges (093 and 094) and six pupils, with the clock set a few days after the interviews; then every
 * aggregate is checked twice: against what the test made (its own établissements, exact), and against plain SQL
 * counts of the whole académie computed here at the same moment (the other tests' data included).
 */
@ExtendWith(ArquillianExtension.class)
class TableauDeBordAcademieIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withConfig(
                Deployments.passproWithTestClock(TableauDeBordAcademieIT.class, TableauDeBordAcademieIT.Jeu.class),
                EnvoiCourriers.AUTOMATIQUE + "=false\n"
                        // Each test checks the figures of its own fixture: no dashboard kept from the previous test.
                        + fr.passpro.application.tableau.TableauxRecents.DUREE + "=0\n");
    }

    @Inject
    TableauDeBordAcademieService tableauDeBord;

    @Inject
    CampagneRepository campagnes;

    @Inject
    AcademieRepository academies;

    @Inject
    EtablissementRepository etablissements;

    @Inject
    CatalogueImportRepository catalogue;

    @Inject
    AccountRepository accounts;

    @Inject
    EleveRepository eleves;

    @Inject
    ReferentRepository referents;

    @Inject
    InscriptionRepository inscriptions;

    @Inject
    PlanningRepository planning;

    @Inject
    EntretienRepository entretiens;

    @Inject
    PasswordHasher hasher;

    @Inject
    JournalAudit journal;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "jdbc/passpro")
    DataSource base;

    /** What the fixture made. */
    record Jeu(Campagne campagne, Domaine domaine, Etablissement lyceeA, Etablissement lyceeB, Etablissement collegeX,
               Etablissement collegeY, Formation fA1, Formation fA2, Formation fB, String collegeLogin) {
    }

    private Jeu jeu;

    @BeforeEach
    void donnees() throws Exception {
        HorlogeDeTest.regler(null);
        jeu = jeu();
        // Four days after the interviews of the 21 May: the compte rendu due on the 24th is overdue.
        HorlogeDeTest.regler(ZonedDateTime.of(jourEntretiens().plusDays(4).atTime(9, 0), Campagne.ZONE).toInstant());
    }

    @AfterEach
    void heureReelle() {
        HorlogeDeTest.regler(null);
    }

    @Test
    void theAggregatesOfTheTestsOwnEtablissementsAreWhatItMade() {
        Connexion.en("admin.creteil");

        TableauDeBordAcademie t = tableauDeBord.tableau(null).orElseThrow();

        assertThat(nombre(t.parDomaine(), jeu.domaine().getId())).as("i1, i2, i3, i4, i6 ; i5 retirée").isEqualTo(5);
        assertThat(nombre(t.parFormation(), jeu.fA1().getId())).isEqualTo(3);
        assertThat(nombre(t.parFormation(), jeu.fA2().getId())).isEqualTo(1);
        assertThat(nombre(t.parFormation(), jeu.fB().getId())).isEqualTo(2);
        assertThat(nombre(t.parLycee(), jeu.lyceeA().getId())).isEqualTo(3);
        assertThat(nombre(t.parLycee(), jeu.lyceeB().getId())).isEqualTo(2);
        assertThat(nombre(t.parCollege(), jeu.collegeX().getId())).isEqualTo(2);
        assertThat(nombre(t.parCollege(), jeu.collegeY().getId())).isEqualTo(3);

        ConvocationsLycee a = ligne(t.convocations(), ConvocationsLycee::lyceeId, jeu.lyceeA().getId());
        assertThat(a.candidats()).isEqualTo(3);
        assertThat(a.convoques()).isEqualTo(2);
        assertThat(a.aConvoquer()).isEqualTo(1);
        assertThat(a.taux()).isEqualTo(66);
        ConvocationsLycee b = ligne(t.convocations(), ConvocationsLycee::lyceeId, jeu.lyceeB().getId());
        assertThat(b.candidats()).as("i6 inscrite après la clôture, i5 retirée").isEqualTo(1);
        assertThat(b.taux()).isEqualTo(100);
        assertThat(t.dateLimiteConvocations()).isEqualTo(jeu.campagne().getDateLimiteConvocations());

        EntretiensLycee ea = ligne(t.entretiens(), EntretiensLycee::lyceeId, jeu.lyceeA().getId());
        assertThat(List.of(ea.tenus(), ea.absents(), ea.excuses())).containsExactly(1L, 1L, 0L);
        EntretiensLycee eb = ligne(t.entretiens(), EntretiensLycee::lyceeId, jeu.lyceeB().getId());
        assertThat(List.of(eb.tenus(), eb.absents(), eb.excuses())).containsExactly(0L, 0L, 1L);

        assertThat(ligne(t.comptesRendusEnRetard(), RetardsComptesRendus::lyceeId, jeu.lyceeA().getId()).enRetard())
                .as("i1 présent sans compte rendu ; i2 absente ne compte pas").isEqualTo(1);
        assertThat(t.comptesRendusEnRetard()).extracting(RetardsComptesRendus::lyceeId)
                .doesNotContain(jeu.lyceeB().getId());

        AvisDomaine avis = ligne(t.avis(), AvisDomaine::domaineId, jeu.domaine().getId());
        assertThat(avis.origine()).isEqualTo(new AvisDomaine.Repartition(2, 1, 1, 2));
        assertThat(avis.accueil()).isEqualTo(new AvisDomaine.Repartition(0, 1, 0, 5));

        Retardataire lyceeA = ligne(t.lyceesEnRetard(), Retardataire::etablissementId, jeu.lyceeA().getId());
        assertThat(lyceeA.aConvoquer()).isEqualTo(1);
        assertThat(lyceeA.comptesRendusEnRetard()).isEqualTo(1);
        assertThat(lyceeA.motifs()).containsExactly("1 candidat à convoquer", "1 compte rendu d'entretien en retard");
        assertThat(t.lyceesEnRetard()).extracting(Retardataire::etablissementId).doesNotContain(jeu.lyceeB().getId());
        assertThat(ligne(t.collegesEnRetard(), Retardataire::etablissementId, jeu.collegeX().getId())
                .avisOrigineManquants()).isEqualTo(1);
        assertThat(ligne(t.collegesEnRetard(), Retardataire::etablissementId, jeu.collegeY().getId())
                .avisOrigineManquants()).isEqualTo(1);
    }

    @Test
    void theAggregatesOfTheWholeAcademieEqualPlainSqlCounts() throws SQLException {
        Connexion.en("admin.creteil");

        TableauDeBordAcademie t = tableauDeBord.tableau(null).orElseThrow();

        long campagne = jeu.campagne().getId();
        String inscrites = " FROM inscription i JOIN eleve el ON el.id = i.eleve_id"
                + " JOIN etablissement co ON co.id = el.college_id JOIN departement dco ON dco.code = co.departement_code"
                + " JOIN etablissement l ON l.id = i.lycee_id JOIN departement dl ON dl.code = l.departement_code"
                + " WHERE i.campagne_id = ? AND i.statut <> 'RETIREE'";
        assertThat(parId(t.parDomaine(), Effectif::id, Effectif::inscriptions)).isEqualTo(compter(
                "SELECT i.domaine_id, COUNT(*)" + inscrites + " AND dco.academie_code = '24' GROUP BY i.domaine_id",
                campagne));
        assertThat(parId(t.parLycee(), Effectif::id, Effectif::inscriptions)).isEqualTo(compter(
                "SELECT l.id, COUNT(*)" + inscrites + " AND dl.academie_code = '24' GROUP BY l.id", campagne));
        assertThat(parId(t.parCollege(), Effectif::id, Effectif::inscriptions)).isEqualTo(compter(
                "SELECT co.id, COUNT(*)" + inscrites + " AND dco.academie_code = '24' GROUP BY co.id", campagne));
        assertThat(parId(t.parFormation(), Effectif::id, Effectif::inscriptions)).isEqualTo(compter(
                "SELECT f.id, COUNT(*) FROM voeu v JOIN formation f ON f.id = v.formation_id"
                        + " JOIN etablissement fe ON fe.id = f.etablissement_id JOIN departement dfe ON dfe.code = fe.departement_code"
                        + " JOIN inscription i ON i.id = v.inscription_id WHERE i.campagne_id = ? AND i.statut <> 'RETIREE'"
                        + " AND dfe.academie_code = '24' GROUP BY f.id", campagne));
        assertThat(parId(t.convocations(), ConvocationsLycee::lyceeId, ConvocationsLycee::candidats)).isEqualTo(compter(
                "SELECT l.id, COUNT(*)" + inscrites + " AND dl.academie_code = '24' AND i.cree_le < ? GROUP BY l.id",
                campagne, Timestamp.from(jeu.campagne().finInscriptions())));
        assertThat(parId(t.convocations(), ConvocationsLycee::lyceeId, ConvocationsLycee::convoques)).isEqualTo(
                compter("SELECT l.id, SUM(i.statut <> 'INSCRITE')" + inscrites
                        + " AND dl.academie_code = '24' AND i.cree_le < ? GROUP BY l.id",
                        campagne, Timestamp.from(jeu.campagne().finInscriptions())));
        String entretiensSql = "SELECT l.id, SUM(e.presence = '%s') FROM entretien e JOIN inscription i ON i.id = e.inscription_id"
                + " JOIN etablissement l ON l.id = i.lycee_id JOIN departement dl ON dl.code = l.departement_code"
                + " WHERE i.campagne_id = ? AND dl.academie_code = '24' GROUP BY l.id";
        assertThat(sansZeros(parId(t.entretiens(), EntretiensLycee::lyceeId, EntretiensLycee::tenus)))
                .isEqualTo(sansZeros(compter(entretiensSql.formatted("PRESENT"), campagne)));
        assertThat(sansZeros(parId(t.entretiens(), EntretiensLycee::lyceeId, EntretiensLycee::absents)))
                .isEqualTo(sansZeros(compter(entretiensSql.formatted("ABSENT"), campagne)));
        assertThat(sansZeros(parId(t.entretiens(), EntretiensLycee::lyceeId, EntretiensLycee::excuses)))
                .isEqualTo(sansZeros(compter(entretiensSql.formatted("EXCUSE"), campagne)));
        String avisSql = "SELECT i.domaine_id, SUM(%s) FROM voeu v JOIN inscription i ON i.id = v.inscription_id"
                + " JOIN eleve el ON el.id = i.eleve_id JOIN etablissement co ON co.id = el.college_id"
                + " JOIN departement dco ON dco.code = co.departement_code"
                + " WHERE i.campagne_id = ? AND i.statut <> 'RETIREE' AND dco.academie_code = '24' GROUP BY i.domaine_id";
        assertThat(sansZeros(parId(t.avis(), AvisDomaine::domaineId, a -> a.origine().favorable())))
                .isEqualTo(sansZeros(compter(avisSql.formatted("v.avis_origine = 'FAVORABLE'"), campagne)));
        assertThat(sansZeros(parId(t.avis(), AvisDomaine::domaineId, a -> a.origine().sansAvis())))
                .isEqualTo(sansZeros(compter(avisSql.formatted("v.avis_origine IS NULL AND NOT v.ajoute_a_l_entretien"),
                        campagne)));
        assertThat(sansZeros(parId(t.avis(), AvisDomaine::domaineId, a -> a.accueil().reserve())))
                .isEqualTo(sansZeros(compter(avisSql.formatted("v.avis_accueil = 'RESERVE'"), campagne)));
        assertThat(sansZeros(parId(t.avis(), AvisDomaine::domaineId, a -> a.accueil().sansAvis())))
                .isEqualTo(sansZeros(compter(avisSql.formatted("v.avis_accueil IS NULL"), campagne)));
        assertThat(t.inscriptions()).isEqualTo(compter("SELECT 0, COUNT(*)" + inscrites + " AND dco.academie_code = '24'",
                campagne).getOrDefault(0L, 0L));
    }

    @Test
    void theDepartementFilterKeepsTheLyceesAndTheCollegesOfThatDepartement() {
        Connexion.en("admin.creteil");

        TableauDeBordAcademie t = tableauDeBord.tableau("094").orElseThrow();

        assertThat(t.departement()).contains("094");
        assertThat(nombre(t.parDomaine(), jeu.domaine().getId())).as("élèves du collège Y (094)").isEqualTo(3);
        assertThat(t.parLycee()).extracting(Effectif::id).contains(jeu.lyceeA().getId())
                .doesNotContain(jeu.lyceeB().getId());
        assertThat(t.parLycee()).extracting(Effectif::departement).containsOnly("094");
        assertThat(t.parCollege()).extracting(Effectif::id).contains(jeu.collegeY().getId())
                .doesNotContain(jeu.collegeX().getId());
        assertThat(t.parFormation()).extracting(Effectif::id).contains(jeu.fA1().getId(), jeu.fA2().getId())
                .doesNotContain(jeu.fB().getId());
        assertThat(t.convocations()).extracting(ConvocationsLycee::departement).containsOnly("094");
        assertThat(t.collegesEnRetard()).extracting(Retardataire::etablissementId).contains(jeu.collegeY().getId())
                .doesNotContain(jeu.collegeX().getId());
        AvisDomaine avis = ligne(t.avis(), AvisDomaine::domaineId, jeu.domaine().getId());
        assertThat(avis.origine()).isEqualTo(new AvisDomaine.Repartition(1, 1, 0, 1));
        assertThat(avis.accueil()).isEqualTo(new AvisDomaine.Repartition(0, 0, 0, 3));

        assertThatThrownBy(() -> tableauDeBord.tableau("078")).as("Yvelines : académie de Versailles")
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("078");
    }

    @Test
    void theReminderMailsExactlyTheChosenLaggingEtablissementsAndIsAudited() throws SQLException {
        Connexion.en("admin.creteil");
        String boiteA = DocumentsConvocation.boite(jeu.lyceeA());
        String boiteB = DocumentsConvocation.boite(jeu.lyceeB());
        String boiteX = DocumentsConvocation.boite(jeu.collegeX());
        String boiteY = DocumentsConvocation.boite(jeu.collegeY());

        int relances = tableauDeBord.relancer(List.of(jeu.lyceeA().getId(), jeu.collegeX().getId(),
                jeu.lyceeB().getId()));

        assertThat(relances).as("le lycée B n'est pas en retard").isEqualTo(2);
        assertThat(courriers(boiteA)).singleElement().satisfies(texte -> assertThat(texte)
                .contains("1 candidat à convoquer", "1 compte rendu d'entretien en retard", jeu.lyceeA().getNom()));
        assertThat(courriers(boiteX)).singleElement().satisfies(texte -> assertThat(texte)
                .contains("1 vœu sans avis d'origine", jeu.collegeX().getNom()));
        assertThat(courriers(boiteB)).isEmpty();
        assertThat(courriers(boiteY)).as("non coché").isEmpty();
        assertThat(journal.lignesSur("etablissement", String.valueOf(jeu.lyceeA().getId())))
                .extracting(AuditEvent::getAction).containsExactly(TableauDeBordAcademieService.ACTION_RELANCE);
        assertThat(journal.lignesSur("etablissement", String.valueOf(jeu.collegeX().getId())))
                .extracting(AuditEvent::getLogin).containsExactly("admin.creteil");
        assertThat(journal.lignesSur("etablissement", String.valueOf(jeu.lyceeB().getId()))).isEmpty();
    }

    @Test
    void anExportHasFrenchHeadersAndThePagesCounts() throws Exception {
        Connexion.en("admin.creteil");
        TableauDeBordAcademie t = tableauDeBord.tableau("094").orElseThrow();
        ByteArrayOutputStream fichier = new ByteArrayOutputStream();

        tableauDeBord.exporter("lycees", "094", fichier);

        try (XSSFWorkbook classeur = new XSSFWorkbook(new ByteArrayInputStream(fichier.toByteArray()))) {
            Sheet feuille = classeur.getSheetAt(0);
            assertThat(feuille.getRow(0).getCell(0).getStringCellValue()).contains("Inscriptions par lycée", "094");
            Row enTetes = feuille.getRow(2);
            assertThat(List.of(enTetes.getCell(0).getStringCellValue(), enTetes.getCell(1).getStringCellValue(),
                    enTetes.getCell(2).getStringCellValue(), enTetes.getCell(3).getStringCellValue()))
                    .containsExactly("Lycée", "UAI", "Département", "Inscriptions");
            assertThat(feuille.getLastRowNum() - 2).isEqualTo(t.parLycee().size());
            Map<String, Long> lignes = new HashMap<>();
            for (int r = 3; r <= feuille.getLastRowNum(); r++) {
                lignes.put(feuille.getRow(r).getCell(1).getStringCellValue(),
                        (long) feuille.getRow(r).getCell(3).getNumericCellValue());
            }
            assertThat(lignes).containsEntry(jeu.lyceeA().getUai().toString(), 3L);
        }
        assertThatThrownBy(() -> tableauDeBord.exporter("inconnu", null, new ByteArrayOutputStream()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("domaines");
    }

    @Test
    void aCollegeAccountIsRefused() {
        Connexion.en(jeu.collegeLogin());
        assertThatThrownBy(() -> tableauDeBord.tableau(null)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> tableauDeBord.relancer(List.of(jeu.collegeX().getId())))
                .isInstanceOf(EJBAccessException.class);
    }

    // ---- the fixture

    private LocalDate jourEntretiens() {
        return donneesCampagne().getDateLimiteEntretiens();
    }

    private Campagne donneesCampagne() {
        return jeu != null ? jeu.campagne() : campagnes.getCourante("24");
    }

    /**
     * A new domaine; lycée A (094) with formations fA1, fA2, lycée B (077) with fB, all individual; collège X (093),
     * collège Y (094), a head for each. i1 X→A [fA1 favorable, fA2 réservé], present, avis d'accueil fA1 assez
     * favorable, no compte rendu; i2 X→A [fA1, no avis d'origine], absent; i3 Y→A [fA1 assez favorable], not convoked;
     * i4 Y→B [fB favorable], excused; i5 X→B withdrawn; i6 Y→B registered after the cut-off, no avis d'origine.
     */
    private Jeu jeu() throws Exception {
        transaction.begin();
        try {
            Campagne campagne = campagnes.getCourante("24");
            Domaine domaine = catalogue.saveDomaine(Domaine.nomme("Domaine du tableau de bord " + unique()));
            Etablissement lyceeA = etablissement("094", Nature.LYCEE_PROFESSIONNEL, "Lycée de test");
            Etablissement lyceeB = etablissement("077", Nature.LYCEE_PROFESSIONNEL, "Lycée de test");
            Etablissement collegeX = etablissement("093", Nature.COLLEGE, "Collège de test");
            Etablissement collegeY = etablissement("094", Nature.COLLEGE, "Collège de test");
            Formation fA1 = formation(campagne, domaine, lyceeA);
            Formation fA2 = formation(campagne, domaine, lyceeA);
            Formation fB = formation(campagne, domaine, lyceeB);
            Account lpA = compte(Role.ACCUEIL, false, lyceeA);
            Account lpB = compte(Role.ACCUEIL, false, lyceeB);
            Account chefX = compte(Role.ORIGINE, true, collegeX);
            Account chefY = compte(Role.ORIGINE, true, collegeY);
            Referent refX = referents.save(Referent.designer(collegeX, "Referent", "Test", "ref." + unique() + "@ac-creteil.fr"));
            Referent refY = referents.save(Referent.designer(collegeY, "Referent", "Test", "ref." + unique() + "@ac-creteil.fr"));

            Instant avant = campagne.finInscriptions().minus(Duration.ofDays(10));
            Inscription i1 = inscrire(campagne, chefX, refX, domaine, lyceeA, List.of(fA1, fA2), avant);
            Inscription i2 = inscrire(campagne, chefX, refX, domaine, lyceeA, List.of(fA1), avant);
            Inscription i3 = inscrire(campagne, chefY, refY, domaine, lyceeA, List.of(fA1), avant);
            Inscription i4 = inscrire(campagne, chefY, refY, domaine, lyceeB, List.of(fB), avant);
            Inscription i5 = inscrire(campagne, chefX, refX, domaine, lyceeB, List.of(fB), avant);
            Inscription i6 = inscrire(campagne, chefY, refY, domaine, lyceeB, List.of(fB),
                    campagne.finInscriptions().plus(Duration.ofHours(2)));
            Instant avis = avant.plusSeconds(60);
            i1.donnerAvisOrigine(i1.voeuDe(fA1).orElseThrow(), Avis.FAVORABLE, "Motivé.", chefX, avis);
            i1.donnerAvisOrigine(i1.voeuDe(fA2).orElseThrow(), Avis.RESERVE, "Hésitant.", chefX, avis);
            i3.donnerAvisOrigine(i3.voeuDe(fA1).orElseThrow(), Avis.ASSEZ_FAVORABLE, "Assez motivée.", chefY, avis);
            i4.donnerAvisOrigine(i4.voeuDe(fB).orElseThrow(), Avis.FAVORABLE, "Très motivé.", chefY, avis);
            i5.retirer(chefX, avis);

            LocalDate jour = campagne.getDateLimiteEntretiens();
            Instant apres = ZonedDateTime.of(jour.atTime(12, 0), Campagne.ZONE).toInstant();
            Convocation c1 = convoquer(campagne, i1, lpA, jour.atTime(10, 0));
            Convocation c2 = convoquer(campagne, i2, lpA, jour.atTime(10, 30));
            Convocation c4 = convoquer(campagne, i4, lpB, jour.atTime(10, 0));
            Entretien e1 = Entretien.constater(c1, Presence.PRESENT, lpA, apres);
            e1.donnerAvis(fA1, Avis.ASSEZ_FAVORABLE, lpA, apres);
            entretiens.ajouter(e1);
            entretiens.ajouter(Entretien.constater(c2, Presence.ABSENT, lpA, apres));
            entretiens.ajouter(Entretien.constater(c4, Presence.EXCUSE, lpB, apres));
            // Out of the current catalogue again, so that no other test counts these formations.
            fA1.desactiver();
            fA2.desactiver();
            fB.desactiver();
            transaction.commit();
            return new Jeu(campagne, domaine, lyceeA, lyceeB, collegeX, collegeY, fA1, fA2, fB, chefX.getLogin());
        } catch (Exception | AssertionError e) {
            transaction.rollback();
            throw e;
        }
    }

    private Etablissement etablissement(String departement, Nature nature, String nom) {
        Uai uai;
        do {
            uai = Uai.withCheckLetter(departement + (1000 + ThreadLocalRandom.current().nextInt(9000)));
        } while (etablissements.findByUai(uai).isPresent());
        return etablissements.save(new Etablissement(uai, nom + " " + uai, nature, Secteur.PUBLIC, "Commune",
                academies.getDepartement(departement)));
    }

    private Formation formation(Campagne campagne, Domaine domaine, Etablissement lycee) {
        String cfd = "500" + (10000 + ThreadLocalRandom.current().nextInt(90000));
        return catalogue.saveFormation(new Formation(campagne, CodeFormation.of(cfd), "CAP de test " + cfd,
                Diplome.CAP, null, domaine, lycee, null, ModaliteEntretien.INDIVIDUEL, null));
    }

    private Account compte(Role role, boolean chef, Etablissement etablissement) {
        Account compte = Account.pourEtablissement("tdb." + unique(), "Test", "Compte", unique() + "@ac-creteil.fr",
                role, chef, etablissement);
        compte.changerMotDePasse(hasher.hash(Connexion.MOT_DE_PASSE_DEMO.toCharArray()));
        return accounts.save(compte);
    }

    private Inscription inscrire(Campagne campagne, Account chef, Referent referent, Domaine domaine,
                                 Etablissement lycee, List<Formation> formations, Instant instant) {
        Eleve eleve = eleves.save(Eleve.nouveau(chef.getEtablissement(), campagne, "Tdb" + unique(), "Test",
                campagne.getDateOuverture().minusYears(14).withDayOfYear(100), "3e A", Dispositif.TROISIEME, null,
                instant));
        return inscriptions.ajouter(Inscription.inscrire(eleve, domaine, lycee, referent, formations, chef, instant));
    }

    private Convocation convoquer(Campagne campagne, Inscription inscription, Account lp, LocalDateTime debut) {
        Seance seance = Seance.creer(campagne, inscription.getLycee(), inscription.getDomaine(), List.of(),
                ModaliteEntretien.INDIVIDUEL, Deroulement.PRESENTIEL, debut, debut.plusMinutes(20),
                "Salle " + unique(), null, 1, null, lp, Instant.now());
        planning.ajouter(seance);
        Convocation convocation = Convocation.convoquer(inscription, seance, "passpro.ac-creteil.fr", lp, Instant.now());
        planning.ajouter(convocation);
        return convocation;
    }

    // ---- reading

    private static long nombre(List<Effectif> effectifs, long id) {
        return ligne(effectifs, Effectif::id, id).inscriptions();
    }

    private static <T> T ligne(List<T> lignes, Function<T, Long> id, long valeur) {
        return lignes.stream().filter(l -> id.apply(l) == valeur).findFirst()
                .orElseThrow(() -> new AssertionError("aucune ligne " + valeur + " dans " + lignes));
    }

    private static <T> Map<Long, Long> parId(List<T> lignes, Function<T, Long> id, Function<T, Long> nombre) {
        return lignes.stream().collect(Collectors.toMap(id, nombre));
    }

    private static Map<Long, Long> sansZeros(Map<Long, Long> comptes) {
        return comptes.entrySet().stream().filter(e -> e.getValue() != 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Rows (id, count) of a plain SQL query, the parameters bound in order. */
    private Map<Long, Long> compter(String sql, Object... parametres) throws SQLException {
        try (Connection c = base.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int p = 0; p < parametres.length; p++) {
                st.setObject(p + 1, parametres[p]);
            }
            Map<Long, Long> comptes = new HashMap<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    comptes.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return comptes;
        }
    }

    /** The bodies of the mails queued to this address. */
    private List<String> courriers(String adresse) throws SQLException {
        try (Connection c = base.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT texte FROM courrier WHERE destinataires LIKE ?")) {
            st.setString(1, "%" + adresse + "%");
            List<String> textes = new java.util.ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    textes.add(rs.getString(1));
                }
            }
            return textes;
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
