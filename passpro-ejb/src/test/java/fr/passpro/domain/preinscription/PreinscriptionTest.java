package fr.passpro.domain.preinscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.domain.inscription.Fixtures;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreinscriptionTest {

    private final Fixtures f = new Fixtures();

    private DemandePreinscription demande(String uai, String email, LocalDate naissance) {
        return new DemandePreinscription("CFA des métiers", Nature.CFA, uai, "Bobigny", "093", "Durand", "Léa", email,
                "Martin", "Noah", naissance, null, Dispositif.TROISIEME, List.of());
    }

    private DemandePreinscription valide() {
        return demande("", "secretariat@cfa-exemple.fr", LocalDate.of(2012, 5, 1));
    }

    private Preinscription soumettre(DemandePreinscription d, List<Formation> voeux) {
        return Preinscription.soumettre(d, f.campagne, f.seineSaintDenis, voeux, f.pendantInscriptions, "203.0.113.7");
    }

    @Test
    void aValidSubmissionWaitsForTheAcademieWithItsVoeuxByDomaine() {
        Preinscription p = soumettre(valide(), List.of(f.capElec, f.capCommerce, f.bacElec));

        assertThat(p.getStatut()).isEqualTo(StatutPreinscription.EN_ATTENTE);
        assertThat(p.getUai()).isNull();
        assertThat(p.getContactEmail()).isEqualTo("secretariat@cfa-exemple.fr");
        assertThat(p.voeuxParDomaine()).containsOnlyKeys(f.electricite, f.relationClient);
        assertThat(p.voeuxParDomaine().get(f.electricite)).containsExactly(f.capElec, f.bacElec);
        assertThat(p.getClasseOuDispositif()).isEqualTo("3e");
    }

    @Test
    void theUaiIsCheckedWithItsLetterWhenGiven() {
        assertThat(soumettre(demande("0931234l", "a@b.fr", LocalDate.of(2012, 5, 1)), List.of(f.capElec)).getUai())
                .isEqualTo(Uai.withCheckLetter("0931234").code());
        assertThatThrownBy(() -> soumettre(demande("0931234A", "a@b.fr", LocalDate.of(2012, 5, 1)), List.of(f.capElec)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("lettre de contrôle");
    }

    @Test
    void requiredFieldsSizesAddressAndBirthDateAreChecked() {
        assertThatThrownBy(() -> soumettre(demande("", "pas-une-adresse", LocalDate.of(2012, 5, 1)), List.of(f.capElec)))
                .hasMessageContaining("adresse électronique");
        assertThatThrownBy(() -> soumettre(demande("", "a@b.fr", LocalDate.of(2022, 5, 1)), List.of(f.capElec)))
                .hasMessageContaining("n'est pas plausible");
        DemandePreinscription tropLong = new DemandePreinscription("x".repeat(151), Nature.CFA, null, "Bobigny", "093",
                "Durand", "Léa", "a@b.fr", "Martin", "Noah", LocalDate.of(2012, 5, 1), null, Dispositif.TROISIEME, List.of());
        assertThatThrownBy(() -> soumettre(tropLong, List.of(f.capElec))).hasMessageContaining("150 caractères");
        DemandePreinscription sansNom = new DemandePreinscription("  ", Nature.CFA, null, "Bobigny", "093", "Durand",
                "Léa", "a@b.fr", "Martin", "Noah", LocalDate.of(2012, 5, 1), null, Dispositif.TROISIEME, List.of());
        assertThatThrownBy(() -> soumettre(sansNom, List.of(f.capElec))).hasMessageContaining("est obligatoire");
        DemandePreinscription college = new DemandePreinscription("Collège", Nature.COLLEGE, null, "Bobigny", "093",
                "Durand", "Léa", "a@b.fr", "Martin", "Noah", LocalDate.of(2012, 5, 1), null, Dispositif.TROISIEME, List.of());
        assertThatThrownBy(() -> soumettre(college, List.of(f.capElec))).hasMessageContaining("CFA ou un établissement hors contrat");
    }

    @Test
    void voeuxMustBeGivenOnceInTheCampagneAndInOneLyceePerDomaine() {
        assertThatThrownBy(() -> soumettre(valide(), List.of())).hasMessageContaining("au moins une formation");
        assertThatThrownBy(() -> soumettre(valide(), List.of(f.capElec, f.capElec))).hasMessageContaining("deux fois");
        assertThatThrownBy(() -> soumettre(valide(), List.of(f.capElecAutreCampagne)))
                .hasMessageContaining("n'est pas ouverte dans le catalogue de cette campagne");
        assertThatThrownBy(() -> soumettre(valide(), List.of(f.capElec, f.capElecAutreLycee)))
                .hasMessageContaining("un seul lycée");
        assertThatThrownBy(() -> soumettre(valide(), List.of(f.capElec, f.bacElec, f.capCommerce, f.capElecAutreCampagne,
                f.capElecAutreLycee))).hasMessageContaining("au plus 4");
    }

    @Test
    void theFormIsClosedOutsideTheRegistrationPeriod() {
        Instant premierMai = Fixtures.paris(2027, 5, 1, 0, 0, 0);
        assertThatThrownBy(() -> Preinscription.soumettre(valide(), f.campagne, f.seineSaintDenis, List.of(f.capElec),
                premierMai, null)).hasMessageContaining("le formulaire n'est pas ouvert");
    }

    @Test
    void onlyAnAdminOfTheAcademieDecidesOnceAndARefusalNeedsAReason() {
        Preinscription p = soumettre(valide(), List.of(f.capElec));

        assertThatThrownBy(() -> p.refuser("motif", f.chef, f.pendantInscriptions)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> p.refuser("  ", f.admin, f.pendantInscriptions)).hasMessageContaining("motif du refus");

        p.refuser("Élève de lycée : non concerné.", f.admin, f.pendantInscriptions);
        assertThat(p.getStatut()).isEqualTo(StatutPreinscription.REFUSEE);
        assertThat(p.getMotifRefus()).isEqualTo("Élève de lycée : non concerné.");
        assertThatThrownBy(() -> p.refuser("encore", f.admin, f.pendantInscriptions)).hasMessageContaining("déjà été refusée");
    }
}
