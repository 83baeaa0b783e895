package fr.passpro.it.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.catalogue.consultation.FiltreCatalogue;
import fr.passpro.domain.catalogue.consultation.FormationVue;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.CatalogueQueries;
import fr.passpro.it.Deployments;
import jakarta.inject.Inject;

/**
 * The catalogue queries on the real MariaDB: each filter, the accent-insensitive search, paging, sorting, and the
 * campagne boundary. Each test creates its own domaines (unique names), so runs never see each other's rows.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueQueriesIT {

    /** The order of MariaDB's utf8mb4_unicode_ci: accents and case ignored (« É » sorts with « E »). */
    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);

    static {
        FRENCH.setStrength(Collator.PRIMARY);
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.passproWithTests(CatalogueQueriesIT.class, CatalogueFixture.class);
    }

    @Inject
    CatalogueQueries queries;

    @Inject
    CatalogueFixture fixture;

    @Inject
    CampagneRepository campagnes;

    private long campagne;
    private String run;
    private Domaine electricite;
    private Domaine hotellerie;
    private Etablissement lurcat;
    private Etablissement vinci;
    private Etablissement tristan;
    private Formation melec;
    private Formation cuisine;
    private Formation ancienne;
    private Formation paris;

    @BeforeEach
    void aCatalogueOfTheCurrentCampagneOfCreteil() {
        campagne = campagnes.getCourante(Academie.CRETEIL).getId();
        run = "t" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        electricite = fixture.domaine("Électricité, énergie " + run);
        hotellerie = fixture.domaine("Hôtellerie-restauration " + run);
        lurcat = fixture.lycee("0940132H");
        vinci = fixture.lycee("0930135S");
        tristan = fixture.lycee("0770942F");

        melec = fixture.formation(campagne, cfd("400"), "Métiers de l'électricité et de ses environnements connectés " + run,
                Diplome.SECONDE_PRO, "Métiers des transitions numérique et énergétique", electricite, lurcat,
                lurcat, ModaliteEntretien.INDIVIDUEL);
        fixture.formation(campagne, cfd("500"), "CAP Électricien " + run, Diplome.CAP, null, electricite,
                vinci, lurcat, ModaliteEntretien.COLLECTIF);
        fixture.formation(campagne, cfd("500"), "CAP Installateur en froid " + run, Diplome.CAP, null, electricite,
                tristan, tristan, ModaliteEntretien.INDIVIDUEL);
        cuisine = fixture.formation(campagne, cfd("500"), "CAP Cuisine " + run, Diplome.CAP, null, hotellerie,
                lurcat, lurcat, ModaliteEntretien.INDIVIDUEL);
        fixture.formation(campagne, cfd("400"), "Commercialisation et services en restauration " + run, Diplome.SECONDE_PRO,
                null, hotellerie, tristan, tristan, ModaliteEntretien.COLLECTIF);
        Etablissement lyceeDeParis = fixture.lyceeDeParis();
        paris = fixture.formation(campagne, cfd("500"), "CAP Électricien à Paris " + run, Diplome.CAP, null,
                hotellerie, lyceeDeParis, lyceeDeParis, ModaliteEntretien.INDIVIDUEL);
        ancienne = fixture.formation(fixture.ancienneCampagne().getId(), cfd("400"),
                "Métiers de l'électricité, ancienne campagne " + run, Diplome.SECONDE_PRO, null, electricite,
                lurcat, lurcat, ModaliteEntretien.INDIVIDUEL);
    }

    @Test
    void aDomaineGivesItsFormationsOfTheCurrentCampagneOnly() {
        FiltreCatalogue filtre = filtre(electricite.getId(), null, null, null, null, null);

        assertThat(queries.compter(campagne, filtre)).isEqualTo(3);
        assertThat(all(filtre)).extracting(FormationVue::libelle).allMatch(l -> l.endsWith(run))
                .noneMatch(l -> l.contains("ancienne campagne"));
        assertThat(queries.formation(campagne, ancienne.getId())).isEmpty();
        assertThat(queries.formation(campagne, melec.getId())).hasValueSatisfying(d -> {
            assertThat(d.formation().lycee()).isEqualTo("Lycée professionnel Jean Lurçat");
            assertThat(d.accueilUai()).isEqualTo("0940132H");
            assertThat(d.observations()).isEqualTo("Observations de test");
        });
    }

    @Test
    void eachFilterNarrowsTheList() {
        assertThat(libelles(filtre(electricite.getId(), "094", null, null, null, null)))
                .containsExactly("Métiers de l'électricité et de ses environnements connectés " + run);
        assertThat(libelles(filtre(electricite.getId(), null, "Tremblay-en-France", null, null, null)))
                .containsExactly("CAP Électricien " + run);
        assertThat(libelles(filtre(electricite.getId(), null, "saint-maur", null, null, null)))
                .as("début du nom de la ville, sans majuscule")
                .containsExactly("Métiers de l'électricité et de ses environnements connectés " + run);
        assertThat(libelles(filtre(null, null, null, tristan.getId(), null, run)))
                .containsExactlyInAnyOrder("CAP Installateur en froid " + run, "Commercialisation et services en restauration " + run);
        assertThat(libelles(filtre(hotellerie.getId(), null, null, null, Diplome.CAP, null)))
                .containsExactlyInAnyOrder("CAP Cuisine " + run, "CAP Électricien à Paris " + run);
    }

    @Test
    void theFreeTextIgnoresAccentsAndCaseAndSearchesLyceeAndDomaineToo() {
        assertThat(libelles(filtre(null, null, null, null, null, "electricite CONNECTES " + run)))
                .containsExactlyInAnyOrder("Métiers de l'électricité et de ses environnements connectés " + run);
        assertThat(queries.compter(campagne, filtre(null, null, null, null, null, "ELECTRICIEN " + run))).isEqualTo(2);
        assertThat(libelles(filtre(hotellerie.getId(), null, null, null, null, "lurcat")))
                .as("« lurcat » trouve le lycée Jean Lurçat").containsExactly("CAP Cuisine " + run);
        assertThat(queries.compter(campagne, filtre(null, null, null, null, null, "hotellerie " + run)))
                .as("le domaine").isEqualTo(3);
        assertThat(libelles(filtre(null, null, null, null, null, "  \u0065\u0301lectricit\u00e9   " + run + " connectés ")))
                .as("é décomposé (NFD) et espaces superflus").hasSize(1);
        assertThat(queries.compter(campagne, filtre(null, null, null, null, null, "100% " + run))).isZero();
    }

    @Test
    void pagesAndCountAgree() {
        FiltreCatalogue filtre = filtre(null, null, null, null, null, run);
        assertThat(queries.compter(campagne, filtre)).isEqualTo(6);

        List<FormationVue> first = queries.rechercher(campagne, filtre, 0, 4, "libelle", true);
        List<FormationVue> second = queries.rechercher(campagne, filtre, 4, 4, "libelle", true);

        assertThat(first).hasSize(4);
        assertThat(second).hasSize(2);
        assertThat(first).extracting(FormationVue::id).doesNotContainAnyElementsOf(second.stream().map(FormationVue::id).toList());
    }

    @Test
    void everySortableColumnSorts() {
        FiltreCatalogue filtre = filtre(electricite.getId(), null, null, null, null, null);

        assertThat(queries.rechercher(campagne, filtre, 0, 10, "lycee", true)).extracting(FormationVue::lycee)
                .containsExactly("Lycée polyvalent Flora Tristan", "Lycée professionnel Jean Lurçat",
                        "Lycée professionnel Léonard de Vinci");
        assertThat(queries.rechercher(campagne, filtre, 0, 10, "lycee", false)).extracting(FormationVue::lycee)
                .containsExactly("Lycée professionnel Léonard de Vinci", "Lycée professionnel Jean Lurçat",
                        "Lycée polyvalent Flora Tristan");
        assertThat(queries.rechercher(campagne, filtre, 0, 10, "departement", true)).extracting(FormationVue::departementCode)
                .containsExactly("077", "093", "094");
        assertThat(queries.rechercher(campagne, filtre, 0, 10, "commune", false)).extracting(FormationVue::commune)
                .containsExactly("Tremblay-en-France", "Saint-Maur-des-Fossés", "Montereau-Fault-Yonne");
        assertThat(queries.rechercher(campagne, filtre, 0, 10, "diplome", true)).extracting(FormationVue::diplome)
                .containsExactly(Diplome.CAP, Diplome.CAP, Diplome.SECONDE_PRO);
        assertThat(queries.rechercher(campagne, filtre, 0, 10, "libelle", true)).extracting(FormationVue::libelle)
                .isSortedAccordingTo(FRENCH::compare);
        assertThat(queries.rechercher(campagne, filtre(null, null, null, null, null, run), 0, 10, "domaine", true))
                .extracting(FormationVue::domaine).startsWith(electricite.getLibelle(), electricite.getLibelle(),
                        electricite.getLibelle());
        assertThat(queries.rechercher(campagne, filtre, 0, 10, "nimportequoi; DROP", true)).hasSize(3);
    }

    @Test
    void aFormationTakenOutOfTheCatalogueIsHiddenUnlessAsked() {
        fixture.desactiver(campagne, cuisine);

        assertThat(libelles(filtre(hotellerie.getId(), null, null, null, Diplome.CAP, null))).doesNotContain("CAP Cuisine " + run);
        FiltreCatalogue aussiInactives = new FiltreCatalogue(hotellerie.getId(), null, null, null, Diplome.CAP, false, null);
        assertThat(queries.compter(campagne, aussiInactives)).isEqualTo(2);
    }

    @Test
    void aLyceeOfAnotherAcademieCarriesItsPreRegistrationLink() {
        FormationVue vue = all(filtre(hotellerie.getId(), "075", null, null, null, null)).stream()
                .filter(f -> f.id().equals(paris.getId())).findFirst().orElseThrow();

        assertThat(vue.autreAcademie()).isTrue();
        assertThat(vue.urlPreinscriptionExterne()).isEqualTo("http://www.ac-paris.fr/portail/passpro");
        assertThat(all(filtre(electricite.getId(), null, null, null, null, null)))
                .allSatisfy(f -> assertThat(f.urlPreinscriptionExterne()).isNull());
    }

    @Test
    void theFilterMenusListWhatTheCatalogueHolds() {
        assertThat(queries.domaines(campagne)).contains(electricite, hotellerie);
        assertThat(queries.domaines(campagne)).extracting(Domaine::getLibelle).isSortedAccordingTo(FRENCH::compare);
        assertThat(queries.departements(Academie.CRETEIL)).extracting(d -> d.getCode()).containsExactly("077", "093", "094");
        assertThat(queries.villes(campagne, "saint-M")).contains("Saint-Maur-des-Fossés")
                .allMatch(v -> v.toLowerCase().startsWith("saint-m"));
        assertThat(queries.lycees(campagne, "lycée pro")).extracting(l -> l.uai()).contains("0940132H", "0930135S")
                .doesNotContain("0770942F");
    }

    private List<FormationVue> all(FiltreCatalogue filtre) {
        return queries.rechercher(campagne, filtre, 0, 100, null, true);
    }

    private List<String> libelles(FiltreCatalogue filtre) {
        return all(filtre).stream().map(FormationVue::libelle).toList();
    }

    private static FiltreCatalogue filtre(Long domaine, String departement, String ville, Long lycee, Diplome diplome,
                                          String texte) {
        return new FiltreCatalogue(domaine, departement, ville, lycee, diplome, true, texte);
    }

    private static String cfd(String prefixe) {
        return prefixe + ThreadLocalRandom.current().nextInt(10_000, 100_000);
    }
}
