package fr.passpro.domain.inscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InscriptionTest {

    private final Fixtures f = new Fixtures();
    private final Instant plusTard = f.pendantInscriptions.plusSeconds(3600);

    private Inscription inscrire(List<Formation> formations) {
        return Inscription.inscrire(f.samia, f.electricite, f.lycee, f.referent, formations, f.personnel,
                f.pendantInscriptions);
    }

    @Test
    void aNewInscriptionIsInscriteWithItsVoeuxInOrderAndAHistoryLine() {
        Inscription inscription = inscrire(List.of(f.bacElec, f.capElec));

        assertThat(inscription.getStatut()).isEqualTo(StatutInscription.INSCRITE);
        assertThat(inscription.getCampagne()).isSameAs(f.campagne);
        assertThat(inscription.getVoeux()).extracting(Voeu::getFormation).containsExactly(f.bacElec, f.capElec);
        assertThat(inscription.getVoeux()).extracting(Voeu::getRang).containsExactly(1, 2);
        assertThat(inscription.getHistorique()).singleElement().satisfies(ligne -> {
            assertThat(ligne.getAction()).isEqualTo(ActionInscription.INSCRIPTION);
            assertThat(ligne.getAuteur()).isEqualTo("c.martin");
            assertThat(ligne.getSurvenuLe()).isEqualTo(f.pendantInscriptions);
            assertThat(ligne.getApres()).contains("Samia Benali", "Électricité", "Lycée Jean Lurçat", "CAP Électricien");
        });
    }

    @Test
    void atLeastOneVoeu() {
        assertThatThrownBy(() -> inscrire(List.of()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Choisissez au moins une formation du domaine « Électricité »");
    }

    @Test
    void refusesAFormationOfAnotherDomaine() {
        assertThatThrownBy(() -> inscrire(List.of(f.capCommerce)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("relève du domaine « Métiers de la relation client »")
                .hasMessageContaining("pas du domaine « Électricité »");
    }

    @Test
    void refusesAFormationNoLongerInTheCatalogue() {
        f.capElec.desactiver();

        assertThatThrownBy(() -> inscrire(List.of(f.capElec)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("n'est plus proposée au catalogue");
    }

    @Test
    void refusesAFormationWhoseInterviewsAreHeldByAnotherLycee() {
        assertThatThrownBy(() -> inscrire(List.of(f.capElec, f.capElecAutreLycee)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("a ses entretiens à LP Louise Michel, pas à Lycée Jean Lurçat");
    }

    @Test
    void refusesAFormationOfAnotherCampagne() {
        assertThatThrownBy(() -> inscrire(List.of(f.capElecAutreCampagne)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("n'est pas au catalogue de la campagne 2026-2027");
    }

    @Test
    void refusesTheSameFormationTwice() {
        assertThatThrownBy(() -> inscrire(List.of(f.capElec, f.capElec)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("déjà demandée");
    }

    @Test
    void refusesALyceeThatHoldsNoInterview() {
        assertThatThrownBy(() -> Inscription.inscrire(f.samia, f.electricite, f.autreCollege, f.referent,
                List.of(f.capElec), f.personnel, f.pendantInscriptions))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ne fait pas passer d'entretiens");
    }

    @Test
    void refusesAnInactiveReferentOrOneOfAnotherCollege() {
        Referent parti = Referent.designer(f.college, "Roux", "Anne", "anne.roux@ac-creteil.fr");
        parti.desactiver();
        Referent autre = Referent.designer(f.autreCollege, "Blanc", "Yves", "yves.blanc@ac-creteil.fr");

        assertThatThrownBy(() -> Inscription.inscrire(f.samia, f.electricite, f.lycee, parti, List.of(f.capElec),
                f.personnel, f.pendantInscriptions))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("n'est plus personne référente");
        assertThatThrownBy(() -> Inscription.inscrire(f.samia, f.electricite, f.lycee, autre, List.of(f.capElec),
                f.personnel, f.pendantInscriptions))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("n'est pas une personne référente de");
    }

    @Test
    void anotherCollegeCannotRegisterOrChangeThePupil() {
        assertThatThrownBy(() -> Inscription.inscrire(f.samia, f.electricite, f.lycee, f.referent,
                List.of(f.capElec), f.personnelAutreCollege, f.pendantInscriptions))
                .isInstanceOf(AccessDeniedException.class);
        Inscription inscription = inscrire(List.of(f.capElec));
        assertThatThrownBy(() -> inscription.retirer(f.personnelAutreCollege, plusTard))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(inscription.isRetiree()).isFalse();
    }

    @Test
    void addsAndRemovesVoeuxWithHistory() {
        Inscription inscription = inscrire(List.of(f.capElec));

        Voeu bac = inscription.ajouterVoeu(f.bacElec, f.personnel, plusTard);
        assertThat(bac.getRang()).isEqualTo(2);
        inscription.retirerVoeu(inscription.voeuDe(f.capElec).orElseThrow(), f.personnel, plusTard);

        assertThat(inscription.getVoeux()).singleElement().satisfies(v -> {
            assertThat(v.getFormation()).isSameAs(f.bacElec);
            assertThat(v.getRang()).isEqualTo(1);
        });
        assertThat(inscription.getHistorique()).extracting(InscriptionHistorique::getAction).containsExactly(
                ActionInscription.INSCRIPTION, ActionInscription.AJOUT_VOEU, ActionInscription.RETRAIT_VOEU);
    }

    @Test
    void theVoeuxKeepThePupilsOrderAndCanBeReorderedWithHistory() {
        Inscription inscription = inscrire(List.of(f.bacElec, f.capElec));
        assertThat(inscription.getVoeux()).extracting(Voeu::getFormation).containsExactly(f.bacElec, f.capElec);

        inscription.deplacerVoeu(inscription.voeuDe(f.capElec).orElseThrow(), true, f.personnel, plusTard);

        assertThat(inscription.getVoeux()).extracting(Voeu::getFormation).containsExactly(f.capElec, f.bacElec);
        assertThat(inscription.getVoeux()).extracting(Voeu::getRang).containsExactly(1, 2);
        InscriptionHistorique ligne = inscription.getHistorique().get(inscription.getHistorique().size() - 1);
        assertThat(ligne.getAction()).isEqualTo(ActionInscription.ORDRE_VOEUX);
        assertThat(ligne.getAvant()).startsWith("1. " + f.bacElec.getLibelle());
        assertThat(ligne.getApres()).startsWith("1. " + f.capElec.getLibelle());

        inscription.deplacerVoeu(inscription.voeuDe(f.capElec).orElseThrow(), false, f.personnel, plusTard);
        assertThat(inscription.getVoeux()).extracting(Voeu::getFormation).containsExactly(f.bacElec, f.capElec);
    }

    @Test
    void aVoeuCannotLeaveTheListNorBeMovedByAnotherCollegeNorOnceWithdrawn() {
        Inscription inscription = inscrire(List.of(f.bacElec, f.capElec));
        Voeu premier = inscription.getVoeux().get(0);

        assertThatThrownBy(() -> inscription.deplacerVoeu(premier, true, f.personnel, plusTard))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("déjà le premier vœu");
        assertThatThrownBy(() -> inscription.deplacerVoeu(inscription.getVoeux().get(1), false, f.personnel, plusTard))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("déjà le dernier vœu");
        assertThatThrownBy(() -> inscription.deplacerVoeu(premier, false, f.personnelAutreCollege, plusTard))
                .isInstanceOf(AccessDeniedException.class);
        inscription.retirer(f.personnel, plusTard);
        assertThatThrownBy(() -> inscription.deplacerVoeu(premier, false, f.personnel, plusTard))
                .isInstanceOf(InscriptionFigeeException.class);
        assertThat(inscription.getVoeux()).extracting(Voeu::getFormation).containsExactly(f.bacElec, f.capElec);
    }

    @Test
    void anAddedVoeuFollowsTheSameRules() {
        Inscription inscription = inscrire(List.of(f.capElec));

        assertThatThrownBy(() -> inscription.ajouterVoeu(f.capCommerce, f.personnel, plusTard))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("relève du domaine");
        assertThatThrownBy(() -> inscription.ajouterVoeu(f.capElecAutreLycee, f.personnel, plusTard))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("a ses entretiens à");
        assertThat(inscription.getVoeux()).hasSize(1);
    }

    @Test
    void theLastVoeuCannotBeRemoved() {
        Inscription inscription = inscrire(List.of(f.capElec));

        assertThatThrownBy(() -> inscription.retirerVoeu(inscription.getVoeux().get(0), f.personnel, plusTard))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("retirez l'inscription");
        assertThat(inscription.getVoeux()).hasSize(1);
    }

    @Test
    void theHeadOfTheCollegeGivesTheAvisDOrigineWithACommentaire() {
        Inscription inscription = inscrire(List.of(f.capElec));
        Voeu voeu = inscription.getVoeux().get(0);

        inscription.donnerAvisOrigine(voeu, Avis.ASSEZ_FAVORABLE, "  Motivée, a fait un mini-stage. ", f.chef, plusTard);

        assertThat(voeu.getAvisOrigine()).contains(Avis.ASSEZ_FAVORABLE);
        assertThat(voeu.getCommentaireOrigine()).isEqualTo("Motivée, a fait un mini-stage.");
        assertThat(voeu.getAvisOriginePar()).isSameAs(f.chef);
        assertThat(voeu.getAvisOrigineLe()).isEqualTo(plusTard);
        assertThat(inscription.isAvisOrigineComplet()).isTrue();
        InscriptionHistorique ligne = inscription.getHistorique().get(1);
        assertThat(ligne.getAction()).isEqualTo(ActionInscription.AVIS_ORIGINE);
        assertThat(ligne.getAuteur()).isEqualTo("p.durand");
        assertThat(ligne.getAvant()).contains("sans avis");
        assertThat(ligne.getApres()).contains("Assez favorable : Motivée");
    }

    @Test
    void theAvisDOrigineNeedsACommentaire() {
        Inscription inscription = inscrire(List.of(f.capElec));
        Voeu voeu = inscription.getVoeux().get(0);

        assertThatThrownBy(() -> inscription.donnerAvisOrigine(voeu, Avis.FAVORABLE, "  ", f.chef, plusTard))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Le commentaire sur l'implication et la motivation de l'élève est obligatoire.");
        assertThatThrownBy(() -> inscription.donnerAvisOrigine(voeu, Avis.FAVORABLE, null, f.chef, plusTard))
                .isInstanceOf(InvalidValueException.class);
        assertThat(voeu.hasAvisOrigine()).isFalse();
        assertThat(inscription.getHistorique()).hasSize(1);
    }

    @Test
    void theCommentaireIsBounded() {
        Inscription inscription = inscrire(List.of(f.capElec));
        Voeu voeu = inscription.getVoeux().get(0);

        inscription.donnerAvisOrigine(voeu, Avis.FAVORABLE, "x".repeat(Voeu.COMMENTAIRE_MAX), f.chef, plusTard);
        assertThatThrownBy(() -> inscription.donnerAvisOrigine(voeu, Avis.RESERVE,
                "x".repeat(Voeu.COMMENTAIRE_MAX + 1), f.chef, plusTard))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ne peut dépasser 1000 caractères");
        assertThat(voeu.getAvisOrigine()).contains(Avis.FAVORABLE);
    }

    @Test
    void theAvisDOrigineNeedsAnAvis() {
        Inscription inscription = inscrire(List.of(f.capElec));

        assertThatThrownBy(() -> inscription.donnerAvisOrigine(inscription.getVoeux().get(0), null, "Motivée",
                f.chef, plusTard))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Favorable, Assez favorable, Réservé");
    }

    @Test
    void onlyTheHeadOfThePupilsCollegeGivesTheAvisDOrigine() {
        Inscription inscription = inscrire(List.of(f.capElec));
        Voeu voeu = inscription.getVoeux().get(0);

        assertThatThrownBy(() -> inscription.donnerAvisOrigine(voeu, Avis.FAVORABLE, "Motivée", f.personnel, plusTard))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("seul le chef d'établissement de Collège Jean Jaurès");
        assertThatThrownBy(() -> inscription.donnerAvisOrigine(voeu, Avis.FAVORABLE, "Motivée", f.chefAutreCollege,
                plusTard)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inscription.donnerAvisOrigine(voeu, Avis.FAVORABLE, "Motivée", f.proviseur, plusTard))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(voeu.hasAvisOrigine()).isFalse();
    }

    @Test
    void withdrawingKeepsTheInscriptionAndSaysWhoAndWhen() {
        Inscription inscription = inscrire(List.of(f.capElec));

        inscription.retirer(f.personnel, plusTard);

        assertThat(inscription.getStatut()).isEqualTo(StatutInscription.RETIREE);
        assertThat(inscription.getRetireeLe()).isEqualTo(plusTard);
        assertThat(inscription.getRetireePar()).isSameAs(f.personnel);
        assertThat(inscription.getVoeux()).hasSize(1);
        assertThat(inscription.getHistorique()).last().satisfies(ligne -> {
            assertThat(ligne.getAction()).isEqualTo(ActionInscription.RETRAIT);
            assertThat(ligne.getAvant()).isEqualTo("Inscrite");
            assertThat(ligne.getApres()).isEqualTo("Retirée");
        });
    }

    @Test
    void cannotWithdrawTwice() {
        Inscription inscription = inscrire(List.of(f.capElec));
        inscription.retirer(f.personnel, Fixtures.paris(2027, 3, 20, 9, 0, 0));

        assertThatThrownBy(() -> inscription.retirer(f.personnel, plusTard))
                .isInstanceOf(InscriptionFigeeException.class)
                .hasMessageContaining("a été retirée le 20/03/2027");
        assertThat(inscription.getRetireeLe()).isEqualTo(Fixtures.paris(2027, 3, 20, 9, 0, 0));
        assertThat(inscription.getHistorique()).hasSize(2);
    }

    @Test
    void nothingChangesOnceWithdrawn() {
        Inscription inscription = inscrire(List.of(f.capElec, f.bacElec));
        inscription.retirer(f.personnel, plusTard);
        Voeu voeu = inscription.getVoeux().get(0);

        assertThatThrownBy(() -> inscription.ajouterVoeu(f.capElec, f.personnel, plusTard))
                .isInstanceOf(InscriptionFigeeException.class);
        assertThatThrownBy(() -> inscription.retirerVoeu(voeu, f.personnel, plusTard))
                .isInstanceOf(InscriptionFigeeException.class);
        assertThatThrownBy(() -> inscription.donnerAvisOrigine(voeu, Avis.FAVORABLE, "Motivée", f.chef, plusTard))
                .isInstanceOf(InscriptionFigeeException.class);
        assertThatThrownBy(() -> inscription.changerReferent(f.referent, f.personnel, plusTard))
                .isInstanceOf(InscriptionFigeeException.class);
        assertThat(inscription.getVoeux()).hasSize(2);
        assertThat(voeu.hasAvisOrigine()).isFalse();
        assertThat(inscription.getHistorique()).hasSize(2);
    }

    @Test
    void theHistoryCannotBeEditedFromOutside() {
        Inscription inscription = inscrire(List.of(f.capElec));

        assertThatThrownBy(() -> inscription.getHistorique().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> inscription.getVoeux().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theDuplicateMessageNamesTheExistingInscription() {
        Inscription existante = inscrire(List.of(f.capElec));

        assertThat(new InscriptionEnDoubleException(existante)).hasMessage(
                "Samia Benali a déjà une inscription dans le domaine « Électricité » (Lycée Jean Lurçat) :"
                        + " un seul entretien par domaine.");
        existante.retirer(f.personnel, Fixtures.paris(2027, 4, 2, 8, 0, 0));
        assertThat(new InscriptionEnDoubleException(existante)).hasMessageContaining(", retirée le 02/04/2027 :");
    }
}
