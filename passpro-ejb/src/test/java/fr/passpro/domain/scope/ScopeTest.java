package fr.passpro.domain.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.shared.AccessDeniedException;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private final Departement valDeMarne = new Departement("094", "Val-de-Marne", new Academie(Academie.CRETEIL, "Créteil"));
    private final Departement paris = new Departement("075", "Paris", new Academie(Academie.PARIS, "Paris"));
    private final Etablissement college = new Etablissement(Uai.withCheckLetter("0940001"), "Collège A",
            Nature.COLLEGE, Secteur.PUBLIC, "Créteil", valDeMarne);
    private final Etablissement voisin = new Etablissement(Uai.withCheckLetter("0940002"), "Collège B",
            Nature.COLLEGE, Secteur.PRIVE, "Vitry-sur-Seine", valDeMarne);
    private final Etablissement parisien = new Etablissement(Uai.of("0750647W"), "Lycée C",
            Nature.LYCEE_PROFESSIONNEL, Secteur.PUBLIC, "Paris", paris);

    @Test
    void anEtablissementScopeSeesOnlyItsEtablissement() {
        Scope scope = Scope.etablissement(12L, college.getUai(), Academie.CRETEIL);

        assertThat(scope.isAcademie()).isFalse();
        assertThat(scope.etablissementId()).hasValue(12L);
        assertThat(scope.canSee(college)).isTrue();
        assertThat(scope.canSee(voisin)).isFalse();
        assertThatThrownBy(() -> scope.requireCanSee(voisin))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("Accès refusé : ");
    }

    @Test
    void anAcademieScopeSeesItsAcademieOnly() {
        Scope scope = Scope.academie(Academie.CRETEIL);

        assertThat(scope.isAcademie()).isTrue();
        assertThat(scope.etablissementId()).isEmpty();
        assertThat(scope.canSee(college)).isTrue();
        assertThat(scope.canSee(voisin)).isTrue();
        assertThat(scope.canSee(parisien)).isFalse();
    }
}
