package fr.passpro.domain.inscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.shared.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EleveTest {

    private final Fixtures f = new Fixtures();

    private Eleve eleve(String nom, String prenom, LocalDate naissance) {
        return Eleve.nouveau(f.college, f.campagne, nom, prenom, naissance, "3e B", Dispositif.TROISIEME, null,
                f.pendantInscriptions);
    }

    @Test
    void aPupilKeepsItsNameAsTypedButCleaned() {
        Eleve eleve = eleve("  Benali ", "Samia", LocalDate.of(2012, 3, 4));

        assertThat(eleve.getNom()).isEqualTo("Benali");
        assertThat(eleve.getNomComplet()).isEqualTo("Samia Benali");
        assertThat(eleve.getIne()).isEmpty();
        assertThat(eleve.getCollege()).isEqualTo(f.college);
    }

    @Test
    void theDuplicateKeyIgnoresAccentsCaseSpacesAndPunctuation() {
        Eleve a = eleve("Ben-Ali", "Séverine", LocalDate.of(2012, 3, 4));
        Eleve b = eleve("BEN ALI", "severine", LocalDate.of(2012, 3, 4));

        assertThat(a.normalisedKey()).isEqualTo("benali|severine|2012-03-04").isEqualTo(b.normalisedKey());
        assertThat(a.estDoublonProbableDe(b)).isTrue();
    }

    @Test
    void theBirthDateIsPartOfTheDuplicateKey() {
        Eleve a = eleve("Benali", "Samia", LocalDate.of(2012, 3, 4));
        Eleve b = eleve("Benali", "Samia", LocalDate.of(2012, 4, 3));

        assertThat(a.normalisedKey()).isNotEqualTo(b.normalisedKey());
        assertThat(a.estDoublonProbableDe(b)).isFalse();
    }

    @Test
    void theSameIneMakesAProbableDuplicate() {
        Eleve a = Eleve.nouveau(f.college, f.campagne, "Benali", "Samia", LocalDate.of(2012, 3, 4), "3e B",
                Dispositif.TROISIEME, Ine.of("123456789AB"), f.pendantInscriptions);
        Eleve b = Eleve.nouveau(f.college, f.campagne, "Ben Ali", "Sami", LocalDate.of(2012, 4, 3), "3e C",
                Dispositif.TROISIEME, Ine.of("123456789AB"), f.pendantInscriptions);

        assertThat(a.estDoublonProbableDe(b)).isTrue();
    }

    @Test
    void refusesAPupilWithoutDispositif() {
        assertThatThrownBy(() -> Eleve.nouveau(f.college, f.campagne, "Benali", "Samia", LocalDate.of(2012, 3, 4),
                "3e B", null, null, f.pendantInscriptions))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Le dispositif de l'élève est obligatoire");
    }

    @Test
    void refusesAnImplausibleBirthDate() {
        assertThatThrownBy(() -> eleve("Benali", "Samia", LocalDate.of(2024, 1, 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("01/01/2024 n'est pas plausible");
        assertThatThrownBy(() -> eleve("Benali", "Samia", LocalDate.of(1990, 1, 1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> eleve("Benali", "Samia", null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("La date de naissance de l'élève est obligatoire.");
    }

    @Test
    void refusesABlankOrTooLongName() {
        assertThatThrownBy(() -> eleve(" ", "Samia", LocalDate.of(2012, 3, 4)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Le nom de l'élève est obligatoire.");
        assertThatThrownBy(() -> eleve("B".repeat(Eleve.NOM_MAX + 1), "Samia", LocalDate.of(2012, 3, 4)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ne peut dépasser 100 caractères");
    }

    @Test
    void onlyAnEtablissementDOrigineRegistersPupils() {
        assertThatThrownBy(() -> Eleve.nouveau(f.lycee, f.campagne, "Benali", "Samia", LocalDate.of(2012, 3, 4),
                "2de A", Dispositif.TROISIEME, null, f.pendantInscriptions))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("seul un établissement d'origine");
    }

    @Test
    void refusesTheCampagneOfAnotherAcademie() {
        Campagne paris = Campagne.standard(new Academie(Academie.PARIS, "Paris"), 2026);

        assertThatThrownBy(() -> Eleve.nouveau(f.college, paris, "Benali", "Samia", LocalDate.of(2012, 3, 4),
                "3e B", Dispositif.TROISIEME, null, f.pendantInscriptions))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("n'est pas celle de Collège Jean Jaurès");
    }

    @Test
    void aCorrectionChangesTheDuplicateKeyAndRefusesWhatCreationRefuses() {
        Eleve eleve = eleve("Benali", "Samia", LocalDate.of(2012, 3, 4));

        eleve.corriger("Ben Ali", "Samia", LocalDate.of(2012, 4, 3), "3e C", Dispositif.TROISIEME_SEGPA, null);

        assertThat(eleve.getNom()).isEqualTo("Ben Ali");
        assertThat(eleve.getClasse()).isEqualTo("3e C");
        assertThat(eleve.getDispositif()).isEqualTo(Dispositif.TROISIEME_SEGPA);
        assertThat(eleve.normalisedKey()).isEqualTo("benali|samia|2012-04-03");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> eleve.corriger(" ", "Samia", LocalDate.of(2012, 4, 3),
                        "3e C", Dispositif.TROISIEME, null))
                .isInstanceOf(fr.passpro.domain.shared.InvalidValueException.class)
                .hasMessageContaining("nom de l'élève est obligatoire");
        assertThat(eleve.getNom()).as("inchangé après un refus").isEqualTo("Ben Ali");
    }

    @ParameterizedTest
    @ValueSource(strings = { "4e A", "5ème 2", "6E", "401", "4A" })
    void aClassOfAnotherLevelThanTheDispositifIsRefusedWithBothNamed(String classe) {
        assertThatThrownBy(() -> Eleve.nouveau(f.college, f.campagne, "Benali", "Samia", LocalDate.of(2012, 3, 4),
                classe, Dispositif.TROISIEME, null, f.pendantInscriptions))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("« " + classe + " »").hasMessageContaining("« 3e »")
                .hasMessageContaining("corrigez la classe ou le dispositif");
    }

    @ParameterizedTest
    @CsvSource({ "3e B, TROISIEME", "3ème Prépa-métiers, TROISIEME_PREPA_METIERS",
        "301, TROISIEME_SEGPA", "3PM, TROISIEME_PREPA_METIERS", "UPE2A, EANA", "4e A, EANA", "Groupe MLDS, MLDS",
        "Ulis, TROISIEME" })
    void aClassOfThe3eOrAnyClassForEanaAndMldsIsAccepted(String classe, Dispositif dispositif) {
        Eleve eleve = Eleve.nouveau(f.college, f.campagne, "Benali", "Samia", LocalDate.of(2012, 3, 4), classe,
                dispositif, null, f.pendantInscriptions);

        assertThat(eleve.getClasse()).isEqualTo(classe);
    }

    @Test
    void aCorrectionToAClassOfAnotherLevelIsRefusedToo() {
        Eleve eleve = eleve("Benali", "Samia", LocalDate.of(2012, 3, 4));

        assertThatThrownBy(() -> eleve.corriger("Benali", "Samia", LocalDate.of(2012, 3, 4), "4e B",
                Dispositif.TROISIEME, null)).isInstanceOf(InvalidValueException.class);
    }
}
