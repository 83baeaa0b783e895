package fr.passpro.domain.campagne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The campagne's states through its year, what the cut-off and closure jobs change, and next year's calendar. */
class CycleDeCampagneTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Campagne campagne = Campagne.standard(new Academie(Academie.CRETEIL, "Créteil"), 2026);

    private static Instant paris(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2027, month, day, hour, minute, 0, 0, PARIS).toInstant();
    }

    @Test
    void theStateFollowsTheCalendarDayByDayInParis() {
        assertThat(campagne.etat(paris(1, 31, 23, 59), false)).isEqualTo(EtatCampagne.EN_PREPARATION);
        assertThat(campagne.etat(paris(2, 1, 0, 0), false)).isEqualTo(EtatCampagne.OUVERTE);
        assertThat(campagne.etat(paris(4, 30, 23, 59), false)).isEqualTo(EtatCampagne.OUVERTE);
        assertThat(campagne.etat(paris(5, 1, 0, 0), false)).isEqualTo(EtatCampagne.INSCRIPTIONS_CLOSES);
        assertThat(campagne.etat(paris(5, 28, 23, 59), false)).isEqualTo(EtatCampagne.INSCRIPTIONS_CLOSES);
        assertThat(campagne.etat(paris(5, 29, 0, 0), false)).isEqualTo(EtatCampagne.CLOTUREE);
    }

    @Test
    void theCutOffJobRunOnDemandLocksTheInscriptionsAtOnceAndASecondRunKeepsTheFirstInstant() {
        Instant avant = paris(4, 20, 9, 59);
        Instant clos = paris(4, 20, 10, 0);

        assertThat(campagne.cloreInscriptions(clos)).isTrue();
        assertThat(campagne.cloreInscriptions(paris(4, 21, 8, 0))).as("déjà closes").isFalse();

        assertThat(campagne.getInscriptionsClosesLe()).isEqualTo(clos);
        assertThat(campagne.isInscriptionOuverte(avant)).isTrue();
        assertThat(campagne.isInscriptionOuverte(clos)).isFalse();
        assertThat(campagne.etat(clos, false)).isEqualTo(EtatCampagne.INSCRIPTIONS_CLOSES);
    }

    @Test
    void noCutOffBeforeTheOpening() {
        assertThatThrownBy(() -> campagne.cloreInscriptions(paris(1, 15, 10, 0)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("n'est pas encore ouverte");
        assertThat(campagne.getInscriptionsClosesLe()).isNull();
    }

    @Test
    void theClosureJobMakesTheCampagneClosedAndItsArchiveMakesItArchived() {
        Instant fermee = paris(5, 25, 12, 0);

        assertThat(campagne.fermer(fermee)).isTrue();
        assertThat(campagne.fermer(paris(5, 26, 12, 0))).isFalse();

        assertThat(campagne.isFermee(paris(5, 25, 11, 59))).isFalse();
        assertThat(campagne.isFermee(fermee)).isTrue();
        assertThat(campagne.getInscriptionsClosesLe()).as("la fermeture clôt aussi les inscriptions").isEqualTo(fermee);
        assertThat(campagne.etat(fermee, false)).isEqualTo(EtatCampagne.CLOTUREE);
        assertThat(campagne.etat(fermee, true)).isEqualTo(EtatCampagne.ARCHIVEE);
    }

    @Test
    void oncePurgedTheCampagneIsPurgedWhateverElse() {
        campagne.fermer(paris(5, 29, 0, 5));
        Instant apresConservation = ZonedDateTime.of(2028, 5, 29, 0, 0, 0, 0, PARIS).toInstant();
        campagne.marquerPurgee(apresConservation);

        assertThat(campagne.etat(apresConservation, true)).isEqualTo(EtatCampagne.PURGEE);
        assertThat(campagne.etat(apresConservation, false)).isEqualTo(EtatCampagne.PURGEE);
    }

    @Test
    void nextYearsCampagneMovesEveryDateByOneYearAndFlagsTheSundays() {
        Campagne suivante = campagne.suivante();

        assertThat(suivante.getAnneeScolaire()).isEqualTo("2027-2028");
        assertThat(suivante.getDateOuverture()).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(suivante.getDateClotureInscriptions()).isEqualTo(LocalDate.of(2028, 4, 30));
        assertThat(suivante.getDateFermeture()).isEqualTo(LocalDate.of(2028, 5, 28));
        assertThat(suivante.getDelaiCompteRenduJours()).isEqualTo(campagne.getDelaiCompteRenduJours());
        assertThat(suivante.getInscriptionsClosesLe()).isNull();
        assertThat(campagne.alertesCalendrier()).as("2027 : le 17 mai est le lundi de Pentecôte").containsExactly(
                "La date limite des convocations tombe un jour férié (lundi 17 mai 2027) : vérifiez-la.");
        assertThat(suivante.alertesCalendrier()).containsExactly(
                "La clôture des inscriptions tombe un dimanche (dimanche 30 avril 2028) : vérifiez-la.",
                "La date limite des entretiens tombe un dimanche (dimanche 21 mai 2028) : vérifiez-la.",
                "La fermeture tombe un dimanche (dimanche 28 mai 2028) : vérifiez-la.");
    }

    @Test
    void aDateOnABankHolidayIsFlagged() {
        Campagne c2029 = campagne.suivante().suivante();

        assertThat(c2029.getAnneeScolaire()).isEqualTo("2028-2029");
        assertThat(c2029.alertesCalendrier()).containsExactly(
                "La date limite des entretiens tombe un jour férié (lundi 21 mai 2029) : vérifiez-la.");
    }
}
