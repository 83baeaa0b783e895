package fr.passpro.application.inscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.compte.Account;
import fr.passpro.domain.inscription.Fixtures;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ReferentServiceTest {

    private final Fixtures f = new Fixtures();
    private final Fakes.Referents referents = new Fakes.Referents(f.referent);

    private ReferentService service(Account caller) {
        return new ReferentService(new Fakes.Caller(caller), referents);
    }

    @Test
    void addsAReferentToTheCallersCollege() {
        Referent ajoute = service(f.personnel).ajouter("Roux", "Anne", "Anne.Roux@ac-creteil.fr");

        assertThat(ajoute.getCollege()).isEqualTo(f.college);
        assertThat(service(f.personnel).lister()).extracting(Referent::getEmail)
                .containsExactly("luc.moreau@ac-creteil.fr", "anne.roux@ac-creteil.fr");
        assertThat(service(f.personnelAutreCollege).lister()).isEmpty();
    }

    @Test
    void refusesTheAddressOfAnActiveReferentAndReactivatesAnInactiveOne() {
        assertThatThrownBy(() -> service(f.personnel).ajouter("Moreau", "Luc", "LUC.MOREAU@ac-creteil.fr"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("est déjà personne référente");

        service(f.personnel).desactiver(f.referent.getId());
        assertThat(service(f.personnel).listerActifs()).isEmpty();
        assertThat(service(f.personnel).ajouter("Moreau", "Luc", "luc.moreau@ac-creteil.fr")).isSameAs(f.referent);
        assertThat(f.referent.isActif()).isTrue();
    }

    @Test
    void anotherCollegeCannotDeactivateOurReferent() {
        assertThatThrownBy(() -> service(f.personnelAutreCollege).desactiver(f.referent.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.referent.isActif()).isTrue();
    }
}
