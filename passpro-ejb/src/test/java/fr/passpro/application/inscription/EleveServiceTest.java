package fr.passpro.application.inscription;

import static fr.passpro.domain.inscription.Fixtures.clockAt;
import static fr.passpro.domain.inscription.Fixtures.paris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.compte.Account;
import fr.passpro.domain.inscription.DelaiDepasseException;
import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.domain.inscription.Fixtures;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EleveServiceTest {

    private final Fixtures f = new Fixtures();
    private final Fakes.Eleves eleves = new Fakes.Eleves(f.samia);
    private final Fakes.Inscriptions inscriptions = new Fakes.Inscriptions();

    private EleveService service(Account caller, Instant now) {
        return new EleveService(new Fakes.Caller(caller), new Fakes.Campagnes(f.campagne), eleves, inscriptions,
                clockAt(now));
    }

    private static NouvelEleve samiaRetapee() {
        return new NouvelEleve("BEN ALI", "samia", LocalDate.of(2012, 3, 4), "3e C", Dispositif.TROISIEME, null);
    }

    @Test
    void createsAPupilOfTheCallersCollege() {
        CreationEleve creation = service(f.personnel, f.pendantInscriptions).creer(new NouvelEleve("Haddad", "Karim",
                LocalDate.of(2012, 6, 1), "3e A", Dispositif.TROISIEME_SEGPA, "123456789ab"), false);

        assertThat(creation.isCreee()).isTrue();
        assertThat(creation.eleve().orElseThrow().getCollege()).isEqualTo(f.college);
        assertThat(creation.eleve().orElseThrow().getIne().orElseThrow().code()).isEqualTo("123456789AB");
        assertThat(eleves.rows).hasSize(2);
    }

    @Test
    void aLikelyDuplicateIsShownInsteadOfCreated() {
        CreationEleve creation = service(f.personnel, f.pendantInscriptions).creer(samiaRetapee(), false);

        assertThat(creation.isConfirmationNecessaire()).isTrue();
        assertThat(creation.doublonsPossibles()).containsExactly(f.samia);
        assertThat(eleves.rows).hasSize(1);
    }

    @Test
    void aConfirmedDuplicateIsCreated() {
        CreationEleve creation = service(f.personnel, f.pendantInscriptions).creer(samiaRetapee(), true);

        assertThat(creation.isCreee()).isTrue();
        assertThat(creation.doublonsPossibles()).containsExactly(f.samia);
        assertThat(eleves.rows).hasSize(2);
    }

    @Test
    void anIneAlreadyGivenInTheCollegeIsRefused() {
        service(f.personnel, f.pendantInscriptions).creer(new NouvelEleve("Haddad", "Karim",
                LocalDate.of(2012, 6, 1), "3e A", Dispositif.TROISIEME, "123456789AB"), false);

        assertThatThrownBy(() -> service(f.personnel, f.pendantInscriptions).creer(new NouvelEleve("Lopez", "Inès",
                LocalDate.of(2011, 9, 9), "3e A", Dispositif.TROISIEME, "123456789AB"), true))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("L'INE 123456789AB est déjà celui de Karim Haddad");
    }

    @Test
    void noPupilIsCreatedAfterTheDeadline() {
        assertThatThrownBy(() -> service(f.personnel, paris(2027, 5, 1, 0, 0, 0)).creer(new NouvelEleve("Haddad",
                "Karim", LocalDate.of(2012, 6, 1), "3e A", Dispositif.TROISIEME, null), false))
                .isInstanceOf(DelaiDepasseException.class);
        assertThat(eleves.rows).hasSize(1);
    }

    @Test
    void aLyceeAccountCannotCreatePupils() {
        assertThatThrownBy(() -> service(f.proviseur, f.pendantInscriptions).creer(samiaRetapee(), true))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void eachCollegeListsOnlyItsPupils() {
        assertThat(service(f.personnel, f.pendantInscriptions).lister()).containsExactly(f.samia);
        assertThat(service(f.personnelAutreCollege, f.pendantInscriptions).lister()).isEmpty();
        assertThatThrownBy(() -> service(f.personnelAutreCollege, f.pendantInscriptions).get(f.samia.getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anImportCreatesTheValidLinesAndReportsEveryOtherLineWithItsReason() {
        String csv = """
                Nom;Prénom;Date de naissance;Classe;Dispositif;INE
                Haddad;Karim;01/06/2012;3e A;3e;
                Martin;Léa;2012-02-29;3e B;3e SEGPA;
                Dupont;Jean;01/06/2012;2de 1;2de;
                BEN ALI;samia;04/03/2012;3e C;3e;
                Haddad;Karim;1/6/2012;3e A;3e;
                Petit;Noa;31/02/2012;3e A;3e;
                """;

        ResultatImportEleves resultat = service(f.personnel, f.pendantInscriptions)
                .importer("liste.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(resultat.getNombreCrees()).isEqualTo(2);
        assertThat(resultat.getRejets()).extracting(ResultatImportEleves.Ligne::getNumero).containsExactly(4, 5, 6, 7);
        assertThat(resultat.getRejets().get(0).getMotif()).contains("ne relève pas de Passpro");
        assertThat(resultat.getRejets().get(1).getMotif()).contains("déjà enregistré");
        assertThat(resultat.getRejets().get(2).getMotif()).contains("ligne 2");
        assertThat(resultat.getRejets().get(3).getMotif()).contains("31/02/2012");
        assertThat(eleves.rows).hasSize(3);
    }

    @Test
    void aCorrectionKeepsTheIneUniqueInTheCollege() {
        EleveService service = service(f.personnel, f.pendantInscriptions);
        service.creer(new NouvelEleve("Haddad", "Karim", LocalDate.of(2012, 6, 1), "3e A", Dispositif.TROISIEME,
                "123456789AB"), false);
        long samia = f.samia.getId();

        assertThatThrownBy(() -> service.modifier(samia, new NouvelEleve("Benali", "Samia", LocalDate.of(2012, 3, 4),
                "3e B", Dispositif.TROISIEME, "123456789ab")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Karim Haddad");
        assertThat(service.modifier(samia, new NouvelEleve("Benali", "Samia", LocalDate.of(2012, 3, 4), "3e D",
                Dispositif.EANA, null)).getClasse()).isEqualTo("3e D");
    }
}
