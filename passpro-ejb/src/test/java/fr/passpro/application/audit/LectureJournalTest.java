package fr.passpro.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LectureJournalTest {

    private final LectureJournal.Noms noms = new LectureJournal.Noms(Map.of("chef.jaures", "Nadia Ferrand"),
            Map.of(2L, "Nadia Ferrand"), Map.of(7L, "Samira Benali"),
            Map.of(12L, LocalDateTime.of(2027, 3, 24, 14, 0)));

    @Test
    void people_are_named_rather_than_numbered() {
        assertThat(LectureJournal.detail("personne référente : n° 7 → n° 8 ; avis d'origine donné par : (vide) → n° 2",
                noms)).isEqualTo("personne référente : Samira Benali → personne référente supprimée ; "
                + "avis d'origine donné par : (vide) → Nadia Ferrand");
        assertThat(LectureJournal.auteur("chef.jaures", noms)).isEqualTo("Nadia Ferrand");
        assertThat(LectureJournal.auteur("traitement", noms)).isEqualTo("Traitement automatique");
        assertThat(LectureJournal.auteur("inconnu.tape", noms)).as("a login typed at a refused login").isEqualTo("inconnu.tape");
    }

    @Test
    void objects_are_french_words_and_seances_their_date() {
        assertThat(LectureJournal.objet("voeu", "3", noms)).isEqualTo("vœu n° 3");
        assertThat(LectureJournal.objet("seance", "12", noms)).isEqualTo("séance du 24 mars 2027 à 14:00");
        assertThat(LectureJournal.objet("seance", "13", noms)).isEqualTo("séance n° 13");
        assertThat(LectureJournal.objet("etablissement", "4", noms)).isEqualTo("établissement n° 4");
        assertThat(LectureJournal.objet("page", "/academie/journal.xhtml", noms)).isEqualTo("page /academie/journal.xhtml");
        assertThat(LectureJournal.detail("séance : n° 12 → n° 99", noms))
                .isEqualTo("séance : séance du 24 mars 2027 à 14:00 → séance supprimée");
    }

    @Test
    void dates_are_french_and_no_technical_text_is_left() {
        assertThat(LectureJournal.quand(Instant.parse("2027-03-10T13:05:03Z"))).isEqualTo("10 mars 2027 à 14:05:03");
        assertThat(LectureJournal.detail("début : 2027-03-24T14:00 → 2027-03-25T09:30:00 ; ouverture : 2026-09-01", noms))
                .isEqualTo("début : 24 mars 2027 à 14:00 → 25 mars 2027 à 09:30 ; ouverture : 1 septembre 2026");
        assertThat(LectureJournal.detail("Accès refusé à l'inscription n° 5 (ORIGINE, périmètre "
                + "Scope[établissement 0940132H #4, académie 24])", noms))
                .isEqualTo("Accès refusé à l'inscription n° 5 (« Établissement d'origine », périmètre établissement 0940132H)");
        assertThat(LectureJournal.detail("Refusé : x Demandeur ADMIN, périmètre Scope[académie 24]", noms))
                .doesNotContain("Scope").doesNotContain("ADMIN").contains("services de l'académie");
    }

    @Test
    void addresses_are_readable() {
        assertThat(LectureJournal.adresse("0:0:0:0:0:0:0:1")).isEqualTo("::1 (cette machine)");
        assertThat(LectureJournal.adresse("127.0.0.1")).isEqualTo("127.0.0.1 (cette machine)");
        assertThat(LectureJournal.adresse("2001:DB8:0:0:0:0:2:1")).isEqualTo("2001:db8::2:1");
        assertThat(LectureJournal.adresse("2001:db8:0:1:1:1:1:1")).as("a single zero group stays").isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(LectureJournal.adresse("0:0:0:0:0:ffff:c0a8:101")).isEqualTo("192.168.1.1");
        assertThat(LectureJournal.adresse("10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(LectureJournal.adresse(null)).isEmpty();
    }
}
