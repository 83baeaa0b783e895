package fr.passpro.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class FormationTest {

    private final Academie creteil = new Academie(Academie.CRETEIL, "Créteil");
    private final Academie paris = new Academie(Academie.PARIS, "Paris");
    private final Departement seineSaintDenis = new Departement("093", "Seine-Saint-Denis", creteil);
    private final Departement parisDepartement = new Departement("075", "Paris", paris);
    private final Campagne campagne = Campagne.standard(creteil, 2026);
    private final Etablissement lycee = new Etablissement(Uai.of("0930120A"), "Lycée Jean Moulin",
            Nature.LYCEE_PROFESSIONNEL, Secteur.PUBLIC, "Saint-Denis", seineSaintDenis);
    private final Etablissement autreLycee = new Etablissement(Uai.withCheckLetter("0930121"), "LP Louise Michel",
            Nature.LYCEE_PROFESSIONNEL, Secteur.PUBLIC, "Bobigny", seineSaintDenis);
    private final Domaine relationClient = Domaine.nomme("Métiers de la relation client");

    private Formation cap() {
        return new Formation(campagne, CodeFormation.of("50025216"), "CAP Équipier polyvalent du commerce",
                Diplome.CAP, null, relationClient, lycee, null, ModaliteEntretien.INDIVIDUEL, null);
    }

    @Test
    void aNewFormationIsActiveAndHeldByItsLyceeByDefault() {
        Formation formation = cap();

        assertThat(formation.isActive()).isTrue();
        assertThat(formation.getAccueilReferent()).isEqualTo(lycee);
        assertThat(formation.getAcademie()).isEqualTo(creteil);
    }

    @Test
    void acceptsACodeWhosePrefixIsNotTheUsualOne() {
        // a 2de professionnelle organised by famille de métiers has a code of its own
        Formation formation = new Formation(campagne, CodeFormation.of("32331101"), "2de pro Métiers de la mer",
                Diplome.SECONDE_PRO, "Métiers de la mer", relationClient, lycee, null, ModaliteEntretien.INDIVIDUEL,
                null);

        assertThat(formation.getCode().code()).isEqualTo("32331101");
        assertThat(formation.isActive()).isTrue();
    }

    @Test
    void refusesAFamilleDeMetiersOnACap() {
        assertThatThrownBy(() -> new Formation(campagne, CodeFormation.of("50025216"), "CAP EPC", Diplome.CAP,
                "Métiers de la relation client", relationClient, lycee, null, ModaliteEntretien.INDIVIDUEL, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("ne concerne que la 2de professionnelle");
    }

    @Test
    void acceptsAFamilleDeMetiersOnASecondePro() {
        Formation formation = new Formation(campagne, CodeFormation.of("40025214"), "2de pro Métiers de la relation client",
                Diplome.SECONDE_PRO, " Métiers de la relation client ", relationClient, lycee, autreLycee,
                ModaliteEntretien.COLLECTIF, "");

        assertThat(formation.getFamilleMetiers()).isEqualTo("Métiers de la relation client");
        assertThat(formation.getObservations()).isNull();
        assertThat(formation.getAccueilReferent()).isEqualTo(autreLycee);
    }

    @Test
    void updatingWithTheSameValuesChangesNothing() {
        Formation formation = cap();

        boolean changed = formation.mettreAJour("CAP Équipier polyvalent du commerce ", Diplome.CAP, null,
                Domaine.nomme("Métiers de la relation client"), lycee, ModaliteEntretien.INDIVIDUEL, " ");

        assertThat(changed).isFalse();
    }

    @Test
    void updatingReportsAChange() {
        Formation formation = cap();

        assertThat(formation.mettreAJour("CAP EPC", Diplome.CAP, null, relationClient, lycee,
                ModaliteEntretien.COLLECTIF, null)).isTrue();
        assertThat(formation.getModalite()).isEqualTo(ModaliteEntretien.COLLECTIF);
        assertThat(formation.getLibelle()).isEqualTo("CAP EPC");
    }

    @Test
    void aRefusedUpdateLeavesTheFormationAsItWas() {
        Formation formation = cap();

        assertThatThrownBy(() -> formation.mettreAJour("Nouveau libellé", Diplome.CAP, "Métiers de la mer",
                relationClient, autreLycee, ModaliteEntretien.COLLECTIF, null)).isInstanceOf(InvalidValueException.class);
        assertThat(formation.getLibelle()).isEqualTo("CAP Équipier polyvalent du commerce");
        assertThat(formation.getAccueilReferent()).isEqualTo(lycee);
    }

    @Test
    void activationReportsWhetherItChangedAnything() {
        Formation formation = cap();

        assertThat(formation.activer()).isFalse();
        assertThat(formation.desactiver()).isTrue();
        assertThat(formation.isActive()).isFalse();
        assertThat(formation.desactiver()).isFalse();
        assertThat(formation.activer()).isTrue();
    }

    @Test
    void showsTheOtherAcademiesPreRegistrationForm() {
        paris.changerUrlFormulairePreinscription("http://www.ac-paris.fr/portail/passpro");
        Etablissement lyceeParisien = new Etablissement(Uai.of("0750647W"), "Lycée parisien", Nature.LYCEE_PROFESSIONNEL,
                Secteur.PUBLIC, "Paris", parisDepartement);
        Formation parisienne = new Formation(Campagne.standard(paris, 2026), CodeFormation.of("50025216"), "CAP EPC",
                Diplome.CAP, null, relationClient, lyceeParisien, null, ModaliteEntretien.INDIVIDUEL, null);

        assertThat(parisienne.urlPreinscriptionExterne(Academie.CRETEIL)).contains("http://www.ac-paris.fr/portail/passpro");
        assertThat(parisienne.urlPreinscriptionExterne(Academie.PARIS)).isEmpty();
        assertThat(cap().urlPreinscriptionExterne(Academie.PARIS)).as("Créteil n'a pas de formulaire").isEmpty();
    }

    @Test
    void domaineRefusesABlankLibelle() {
        assertThatThrownBy(() -> Domaine.nomme(" \u00A0"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Le libellé du domaine est obligatoire.");
        assertThat(Domaine.nomme("  Métiers\u00A0de la mer ").getLibelle()).isEqualTo("Métiers de la mer");
    }
}
