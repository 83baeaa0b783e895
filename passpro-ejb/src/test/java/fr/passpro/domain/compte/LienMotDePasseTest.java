package fr.passpro.domain.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LienMotDePasseTest {

    private static final Instant ENVOI = Instant.parse("2027-03-15T09:00:00Z");

    private final Account compte = Account.pourEtablissement("marie.dupont", "Dupont", "Marie", "marie.dupont@ac-creteil.fr",
            Role.ORIGINE, false, new Etablissement(Uai.withCheckLetter("0930001"), "Collège Jean Jaurès", Nature.COLLEGE,
                    Secteur.PUBLIC, "Montreuil", new Departement("093", "Seine-Saint-Denis",
                            new Academie(Academie.CRETEIL, "Créteil"))));

    @Test
    void aLinkKeepsOnlyTheSha256OfItsToken() {
        String jeton = LienMotDePasse.nouveauJeton();
        LienMotDePasse lien = LienMotDePasse.emettre(compte, jeton, ENVOI, "admin.creteil", Duration.ofHours(72));

        assertThat(jeton).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(lien.getJetonHash()).hasSize(64).isNotEqualTo(jeton).isEqualTo(LienMotDePasse.hacher(jeton));
        assertThat(LienMotDePasse.hacher("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(LienMotDePasse.nouveauJeton()).isNotEqualTo(jeton);
    }

    @Test
    void aLinkServesUntilItExpiresThenIsRefusedWithItsDate() {
        LienMotDePasse lien = LienMotDePasse.emettre(compte, "jeton", ENVOI, "admin.creteil", Duration.ofHours(72));

        assertThat(lien.getExpireLe()).isEqualTo(ENVOI.plus(Duration.ofHours(72)));
        assertThatCode(() -> lien.verifierUtilisable(ENVOI.plus(Duration.ofHours(72)).minusSeconds(1))).doesNotThrowAnyException();
        assertThatThrownBy(() -> lien.verifierUtilisable(ENVOI.plus(Duration.ofHours(72))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Ce lien a expiré le 18/03/2027 à 10h00 : demandez un nouveau lien à votre chef d'établissement"
                        + " ou à l'académie.");
        assertThatThrownBy(() -> lien.utiliser(ENVOI.plus(Duration.ofDays(4)))).isInstanceOf(InvalidValueException.class);
        assertThat(lien.getUtiliseLe()).isNull();
    }

    @Test
    void aLinkServesOnce() {
        LienMotDePasse lien = LienMotDePasse.emettre(compte, "jeton", ENVOI, "admin.creteil", Duration.ofHours(72));
        Instant usage = ENVOI.plus(Duration.ofHours(1));

        lien.utiliser(usage);

        assertThat(lien.getUtiliseLe()).isEqualTo(usage);
        assertThatThrownBy(() -> lien.utiliser(usage.plusSeconds(60)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Ce lien a déjà servi le 15/03/2027 à 11h00");
    }

    @Test
    void aNewerLinkRevokesAnUnusedOne() {
        LienMotDePasse lien = LienMotDePasse.emettre(compte, "jeton", ENVOI, "admin.creteil", Duration.ofHours(72));

        lien.revoquer(ENVOI.plusSeconds(60));

        assertThatThrownBy(() -> lien.verifierUtilisable(ENVOI.plusSeconds(120)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("remplacé par un lien plus récent");
    }

    @Test
    void aLinkMustHaveAPositiveValidity() {
        assertThatThrownBy(() -> LienMotDePasse.emettre(compte, "jeton", ENVOI, "admin.creteil", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
