package fr.passpro.domain.tableau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.planning.suivi.Echeance;
import fr.passpro.domain.shared.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableauTest {

    private static final TableauDeBordAcademie TABLEAU = new TableauDeBordAcademie("2026-2027", "094",
            LocalDate.of(2027, 5, 17), Echeance.LOINTAINE,
            List.of(new Effectif(1, "Alimentation", "", "", 7)), List.of(), List.of(), List.of(),
            List.of(new ConvocationsLycee(3, "Lycée Lurçat", "0940132H", "094", 3, 2)),
            List.of(new EntretiensLycee(3, "Lycée Lurçat", "0940132H", "094", 4, 1, 2)), List.of(),
            List.of(new AvisDomaine(1, "Alimentation", new AvisDomaine.Repartition(1, 2, 3, 4),
                    new AvisDomaine.Repartition(5, 6, 7, 8))),
            List.of(), List.of());

    @Test
    void eachTableHasFrenchHeadersAndOneCellPerHeader() {
        for (Tableau table : Tableau.values()) {
            assertThat(table.titre()).isNotBlank();
            table.lignes(TABLEAU).forEach(l -> assertThat(l).as(table.cle()).hasSameSizeAs(table.enTetes()));
        }
        assertThat(Tableau.AVIS.enTetes()).containsExactly("Domaine", "Avis d'origine : favorable",
                "Avis d'origine : assez favorable", "Avis d'origine : réservé", "Sans avis d'origine",
                "Avis d'accueil : favorable", "Avis d'accueil : assez favorable", "Avis d'accueil : réservé",
                "Sans avis d'accueil");
        assertThat(Tableau.AVIS.lignes(TABLEAU)).containsExactly(List.of("Alimentation", 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L));
        assertThat(Tableau.CONVOCATIONS.lignes(TABLEAU)).containsExactly(
                List.of("Lycée Lurçat", "0940132H", "094", 3L, 2L, 1L, 66));
    }

    @Test
    void anUnknownTableIsRefusedNamingTheKnownOnes() {
        assertThat(Tableau.deCle("comptes-rendus")).isEqualTo(Tableau.COMPTES_RENDUS);
        assertThatThrownBy(() -> Tableau.deCle("eleves")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("« eleves »").hasMessageContaining("domaines, formations");
    }

    @Test
    void theTotalsAndTheRates() {
        assertThat(TABLEAU.inscriptions()).isEqualTo(7);
        assertThat(TABLEAU.tauxConvocation()).isEqualTo(66);
        assertThat(TABLEAU.entretiensTenus()).isEqualTo(4);
        assertThat(TABLEAU.absences()).isEqualTo(3);
        assertThat(TABLEAU.filtre()).contains("094");
        assertThat(new ConvocationsLycee(1, "L", "U", "094", 0, 0).taux()).as("rien à convoquer").isEqualTo(100);
    }

    @Test
    void aLaggardSaysWhatIsLateInFrench() {
        assertThat(new Retardataire(1, "Lycée", "0940132H", "094", true, 2, 1, 0).motifs())
                .containsExactly("2 candidats à convoquer", "1 compte rendu d'entretien en retard");
        assertThat(new Retardataire(2, "Collège", "0931234L", "093", false, 0, 0, 3).motifs())
                .containsExactly("3 vœux sans avis d'origine");
    }
}
