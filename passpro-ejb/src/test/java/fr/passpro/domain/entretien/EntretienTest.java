package fr.passpro.domain.entretien;

import static fr.passpro.domain.inscription.Fixtures.paris;
import static fr.passpro.domain.inscription.Fixtures.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.catalogue.CodeFormation;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.inscription.ActionInscription;
import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.inscription.DelaiDepasseException;
import fr.passpro.domain.inscription.Fixtures;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.InscriptionFigeeException;
import fr.passpro.domain.inscription.InscriptionHistorique;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.inscription.Voeu;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Deroulement;
import fr.passpro.domain.planning.Seance;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntretienTest {

    private final Fixtures f = new Fixtures();
    /** Tuesday 18 May 2027, 14:00 in Paris. */
    private final LocalDateTime debut = LocalDateTime.of(2027, 5, 18, 14, 0);
    private final Instant pendantLaSeance = paris(2027, 5, 18, 14, 5, 0);
    private final Instant lendemain = paris(2027, 5, 19, 9, 0, 0);

    private Convocation convoquer(List<Formation> formations, ModaliteEntretien modalite) {
        Inscription inscription = withId(Inscription.inscrire(f.samia, f.electricite, f.lycee, f.referent, formations,
                f.personnel, f.pendantInscriptions), 70L);
        Seance seance = withId(Seance.creer(f.campagne, f.lycee, f.electricite, Set.of(), modalite,
                Deroulement.PRESENTIEL, debut, debut.plusMinutes(20), "B12", null,
                modalite == ModaliteEntretien.COLLECTIF ? 10 : 1, null, f.proviseur, f.pendantInscriptions), 80L);
        return Convocation.convoquer(inscription, seance, "passpro.ac-creteil.fr", f.proviseur, f.pendantInscriptions);
    }

    private Convocation individuel() {
        return convoquer(List.of(f.capElec), ModaliteEntretien.INDIVIDUEL);
    }

    private Entretien present(Convocation convocation) {
        return Entretien.constater(convocation, Presence.PRESENT, f.proviseur, pendantLaSeance);
    }

    @Test
    void thePresenceIsEnteredOnceTheSeanceHasBegunAndAPresentPupilHasHadTheInterview() {
        Convocation convocation = individuel();

        assertThatThrownBy(() -> Entretien.constater(convocation, Presence.PRESENT, f.proviseur,
                paris(2027, 5, 18, 13, 59, 0)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("mardi 18 mai 2027")
                .hasMessageContaining("une fois la séance commencée");

        Entretien entretien = Entretien.constater(convocation, Presence.PRESENT, f.proviseur,
                paris(2027, 5, 18, 14, 0, 0));
        Inscription inscription = convocation.getInscription();
        assertThat(inscription.getStatut()).isEqualTo(StatutInscription.ENTRETIEN_PASSE);
        assertThat(entretien.getDate()).isEqualTo(LocalDate.of(2027, 5, 18));
        assertThat(entretien.getDateLimiteCompteRendu()).as("3 jours après l'entretien").isEqualTo(LocalDate.of(2027, 5, 21));
        assertThat(dernier(inscription)).satisfies(l -> {
            assertThat(l.getAction()).isEqualTo(ActionInscription.PRESENCE);
            assertThat(l.getAvant()).isNull();
            assertThat(l.getApres()).startsWith("Présent(e)");
            assertThat(l.getAuteur()).isEqualTo("j.bernard");
        });
    }

    @Test
    void anAbsentPupilStaysConvokedAndHasNoCompteRendu() {
        Convocation convocation = individuel();
        Entretien entretien = Entretien.constater(convocation, Presence.ABSENT, f.proviseur, pendantLaSeance);

        assertThat(convocation.getInscription().getStatut()).isEqualTo(StatutInscription.CONVOQUEE);
        assertThatThrownBy(() -> entretien.rendreCompte("Bon entretien.", f.proviseur, lendemain))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("absent(e)");

        entretien.noterPresence(convocation, Presence.PRESENT, f.proviseur, lendemain);
        assertThat(convocation.getInscription().getStatut()).isEqualTo(StatutInscription.ENTRETIEN_PASSE);
        assertThat(dernier(convocation.getInscription()).getAvant()).startsWith("Absent(e)");
    }

    @Test
    void theCompteRenduAndAnAvisOnEveryVoeuMakeTheInscriptionAvisRecus() {
        Convocation convocation = convoquer(List.of(f.capElec, f.bacElec), ModaliteEntretien.INDIVIDUEL);
        Inscription inscription = convocation.getInscription();
        Entretien entretien = present(convocation);

        assertThat(entretien.rendreCompte("  Élève motivé,\r\n\r\n\r\n  a visité   l'atelier. ", f.proviseur, lendemain))
                .isTrue();
        assertThat(entretien.getCompteRendu()).contains("Élève motivé,\n\na visité l'atelier.");
        entretien.donnerAvis(f.capElec, Avis.FAVORABLE, f.proviseur, lendemain);
        assertThat(entretien.verifierRetourComplet(lendemain)).as("un vœu sans avis").isFalse();
        assertThat(inscription.getStatut()).isEqualTo(StatutInscription.ENTRETIEN_PASSE);

        entretien.donnerAvis(f.bacElec, Avis.RESERVE, f.proviseur, lendemain);
        assertThat(entretien.verifierRetourComplet(lendemain)).isTrue();

        assertThat(inscription.getStatut()).isEqualTo(StatutInscription.AVIS_RECUS);
        assertThat(entretien.getRetourCompletLe()).isEqualTo(lendemain);
        assertThat(inscription.getVoeux()).extracting(v -> v.getAvisAccueil().orElseThrow())
                .containsExactly(Avis.FAVORABLE, Avis.RESERVE);
        assertThat(inscription.getHistorique()).extracting(InscriptionHistorique::getAction)
                .containsSubsequence(ActionInscription.PRESENCE, ActionInscription.COMPTE_RENDU,
                        ActionInscription.AVIS_ACCUEIL, ActionInscription.AVIS_ACCUEIL);
        RetourEntretien retour = RetourEntretien.de(entretien);
        assertThat(retour.domaine()).isEqualTo("Électricité");
        assertThat(retour.avis()).extracting(RetourEntretien.AvisFormation::avisAccueil)
                .containsExactly(Avis.FAVORABLE, Avis.RESERVE);
    }

    @Test
    void everyVersionOfTheCompteRenduIsKeptWholeInTheHistoryWithWhatItReplaced() {
        Convocation convocation = individuel();
        Entretien entretien = present(convocation);
        String long1 = "Première version. " + "x".repeat(3000);
        entretien.rendreCompte(long1, f.proviseur, lendemain);
        Account adjoint = withId(Account.pourEtablissement("a.adjoint", "Adjoint", "Paul", "paul.adjoint@ac-creteil.fr",
                Role.ACCUEIL, false, f.lycee), 110L);

        assertThat(entretien.rendreCompte(long1, adjoint, lendemain.plusSeconds(60))).as("même texte").isFalse();
        entretien.rendreCompte("Seconde version.", adjoint, lendemain.plusSeconds(60));

        List<InscriptionHistorique> versions = convocation.getInscription().getHistorique().stream()
                .filter(l -> l.getAction() == ActionInscription.COMPTE_RENDU).toList();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).getAvant()).isNull();
        assertThat(versions.get(0).getApres()).isEqualTo(long1);
        assertThat(versions.get(1).getAvant()).isEqualTo(long1);
        assertThat(versions.get(1).getApres()).isEqualTo("Seconde version.");
        assertThat(versions.get(1).getAuteur()).isEqualTo("a.adjoint");
        assertThat(entretien.getCompteRenduPar()).isSameAs(adjoint);
    }

    @Test
    void anEmptyOrTooLongCompteRenduIsRefused() {
        Entretien entretien = present(individuel());

        assertThatThrownBy(() -> entretien.rendreCompte(" \n\u200B ", f.proviseur, lendemain))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("compte rendu de l'entretien de Samia Benali est obligatoire");
        assertThatThrownBy(() -> entretien.rendreCompte("a".repeat(Entretien.COMPTE_RENDU_MAX + 1), f.proviseur,
                lendemain))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("4000 caractères (saisis : 4001)");
        assertThat(entretien.getCompteRendu()).isEmpty();
    }

    @Test
    void aCollectiveInterviewTakesThePresenceOnly() {
        Formation collective = withId(new Formation(f.campagne, CodeFormation.of("50025512"), "CAP Installateur",
                Diplome.CAP, null, f.electricite, f.lycee, null, ModaliteEntretien.COLLECTIF, null), 45L);
        Convocation convocation = convoquer(List.of(collective), ModaliteEntretien.COLLECTIF);
        Entretien entretien = present(convocation);

        assertThat(convocation.getInscription().getStatut()).isEqualTo(StatutInscription.ENTRETIEN_PASSE);
        assertThatThrownBy(() -> entretien.rendreCompte("Bon groupe.", f.proviseur, lendemain))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("était collectif : il n'y a ni compte rendu ni avis à saisir");
        assertThatThrownBy(() -> entretien.donnerAvis(collective, Avis.FAVORABLE, f.proviseur, lendemain))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("collectif");
    }

    @Test
    void theLyceeAddsTheFormationThePupilPreferredButNoneOfAnotherDomaine() {
        Convocation convocation = individuel();
        Inscription inscription = convocation.getInscription();
        Entretien entretien = present(convocation);
        entretien.rendreCompte("Préfère la 2de pro.", f.proviseur, lendemain);
        entretien.donnerAvis(f.capElec, Avis.ASSEZ_FAVORABLE, f.proviseur, lendemain);

        assertThatThrownBy(() -> entretien.donnerAvis(f.capCommerce, Avis.FAVORABLE, f.proviseur, lendemain))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("relève du domaine « Métiers de la relation client »");
        assertThatThrownBy(() -> entretien.donnerAvis(f.capElecAutreLycee, Avis.FAVORABLE, f.proviseur, lendemain))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("a ses entretiens à LP Louise Michel");
        assertThatThrownBy(() -> entretien.donnerAvis(f.bacElec, null, f.proviseur, lendemain))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Choisissez un avis");

        entretien.donnerAvis(f.bacElec, Avis.FAVORABLE, f.proviseur, lendemain);

        Voeu ajoute = inscription.voeuDe(f.bacElec).orElseThrow();
        assertThat(ajoute.isAjouteALEntretien()).isTrue();
        assertThat(ajoute.getRang()).isEqualTo(2);
        assertThat(ajoute.getAvisAccueil()).contains(Avis.FAVORABLE);
        assertThat(inscription.isAvisOrigineComplet()).as("the collège's own vœux only").isFalse();
        assertThat(dernier(inscription).getAction()).isEqualTo(ActionInscription.VOEU_AJOUTE_ENTRETIEN);
        assertThat(entretien.verifierRetourComplet(lendemain)).isTrue();
    }

    @Test
    void anotherLyceeCannotEnterThePresence() {
        Account autre = withId(Account.pourEtablissement("l.michel", "Michel", "Louise", "louise@ac-creteil.fr",
                Role.ACCUEIL, false, f.autreLycee), 111L);

        assertThatThrownBy(() -> Entretien.constater(individuel(), Presence.PRESENT, autre, pendantLaSeance))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changesStayPossibleOnTheClosureDayAndAreRefusedAfterIt() {
        Convocation convocation = individuel();
        Entretien entretien = present(convocation);
        entretien.rendreCompte("Version du 28 mai.", f.proviseur, paris(2027, 5, 28, 23, 59, 59));

        assertThatThrownBy(() -> entretien.rendreCompte("Trop tard.", f.proviseur, paris(2027, 5, 29, 0, 0, 0)))
                .isInstanceOf(DelaiDepasseException.class).hasMessageContaining("Passpro est fermé");
        assertThatThrownBy(() -> entretien.noterPresence(convocation, Presence.EXCUSE, f.proviseur,
                paris(2027, 5, 29, 8, 0, 0))).isInstanceOf(DelaiDepasseException.class);
        assertThat(entretien.getCompteRendu()).contains("Version du 28 mai.");
    }

    @Test
    void aPupilWithACompteRenduCannotBeMarkedAbsent() {
        Convocation convocation = individuel();
        Entretien entretien = present(convocation);
        entretien.rendreCompte("Bon entretien.", f.proviseur, lendemain);

        assertThatThrownBy(() -> entretien.noterPresence(convocation, Presence.ABSENT, f.proviseur, lendemain))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("était donc présent(e)");
    }

    @Test
    void theCollegeCanNoLongerChangeTheVoeuxOnceThePupilWasPresent() {
        Convocation convocation = individuel();
        present(convocation);

        assertThatThrownBy(() -> convocation.getInscription().ajouterVoeu(f.bacElec, f.personnel, lendemain))
                .isInstanceOf(InscriptionFigeeException.class);
    }

    private static InscriptionHistorique dernier(Inscription inscription) {
        List<InscriptionHistorique> h = inscription.getHistorique();
        return h.get(h.size() - 1);
    }
}
