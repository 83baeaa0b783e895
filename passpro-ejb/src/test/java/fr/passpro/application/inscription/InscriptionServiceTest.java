package fr.passpro.application.inscription;

import static fr.passpro.domain.inscription.Fixtures.clockAt;
import static fr.passpro.domain.inscription.Fixtures.paris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passpro.domain.compte.Account;
import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.inscription.DelaiDepasseException;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.ExceptionDelai;
import fr.passpro.domain.inscription.Fixtures;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.InscriptionEnDoubleException;
import fr.passpro.domain.inscription.RetraitInscription;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InscriptionServiceTest {

    private final Fixtures f = new Fixtures();
    private final Eleve karim = Fixtures.withId(Eleve.nouveau(f.autreCollege, f.campagne, "Haddad", "Karim",
            LocalDate.of(2012, 6, 1), "3e A", Dispositif.TROISIEME, null, f.pendantInscriptions), 61L);
    private final Fakes.Eleves eleves = new Fakes.Eleves(f.samia, karim);
    private final Fakes.Referents referents = new Fakes.Referents(f.referent);
    private final Fakes.Inscriptions inscriptions = new Fakes.Inscriptions(f.electricite, f.relationClient, f.lycee,
            f.autreLycee, f.capElec, f.bacElec, f.capCommerce);
    private final Fakes.Journal audit = new Fakes.Journal();
    private final Fakes.Retraits retraits = new Fakes.Retraits();

    @BeforeEach
    void ecouterAudit() {
        Acces.AUDIT.addHandler(audit);
    }

    @AfterEach
    void arreterAudit() {
        Acces.AUDIT.removeHandler(audit);
    }

    private InscriptionService service(Account caller, Instant now) {
        return service(caller, clockAt(now));
    }

    private InscriptionService service(Account caller, Clock clock) {
        return new InscriptionService(new Fakes.Caller(caller), new Fakes.Campagnes(f.campagne), eleves, referents,
                inscriptions, clock, retraits);
    }

    private Inscription inscrireSamia(Instant now) {
        return service(f.personnel, now).inscrire(f.samia.getId(), f.electricite.getId(), f.lycee.getId(),
                f.referent.getId(), List.of(f.capElec.getId(), f.bacElec.getId()));
    }

    @Test
    void registersAPupilAtTheClocksInstant() {
        Inscription inscription = inscrireSamia(f.pendantInscriptions);

        assertThat(inscriptions.rows).containsExactly(inscription);
        assertThat(inscription.getCreeLe()).isEqualTo(f.pendantInscriptions);
        assertThat(inscription.getCreePar()).isSameAs(f.personnel);
        assertThat(inscription.getVoeux()).hasSize(2);
    }

    @Test
    void oneInscriptionPerDomaineNamingTheExistingOne() {
        inscrireSamia(f.pendantInscriptions);

        assertThatThrownBy(() -> service(f.personnel, f.pendantInscriptions).inscrire(f.samia.getId(),
                f.electricite.getId(), f.lycee.getId(), f.referent.getId(), List.of(f.capElec.getId())))
                .isInstanceOf(InscriptionEnDoubleException.class)
                .hasMessage("Samia Benali a déjà une inscription dans le domaine « Électricité » (Lycée Jean Lurçat) :"
                        + " un seul entretien par domaine.");
        assertThat(inscriptions.rows).hasSize(1);
    }

    @Test
    void aConcurrentInscriptionRefusedByTheUniqueKeyGetsTheSameMessage() {
        inscriptions.concurrente = f.inscriptionDeSamia();

        assertThatThrownBy(() -> inscrireSamia(f.pendantInscriptions))
                .isInstanceOf(InscriptionEnDoubleException.class)
                .hasMessage("Samia Benali a déjà une inscription dans le domaine « Électricité » (Lycée Jean Lurçat) :"
                        + " un seul entretien par domaine.");
    }

    @Test
    void anotherCollegesPupilIsRefusedAndAudited() {
        assertThatThrownBy(() -> service(f.personnel, f.pendantInscriptions).inscrire(karim.getId(),
                f.electricite.getId(), f.lycee.getId(), f.referent.getId(), List.of(f.capElec.getId())))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith(AccessDeniedException.PREFIX);

        assertThat(inscriptions.rows).isEmpty();
        assertThat(audit.records).singleElement().satisfies(r -> assertThat(r.getLevel()).isEqualTo(Level.WARNING));
        assertThat(audit.messages()).singleElement().asString()
                .contains("audit", "l'élève n° 61", "c.martin", "0931234");
    }

    @Test
    void anotherCollegesInscriptionIsRefusedAndAudited() {
        Inscription inscription = inscrireSamia(f.pendantInscriptions);

        assertThatThrownBy(() -> service(f.personnelAutreCollege, f.pendantInscriptions).retirer(inscription.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(inscription.isRetiree()).isFalse();
        assertThat(audit.messages()).singleElement().asString().contains("l'inscription", "a.petit");
    }

    @Test
    void anUnknownPupilIsNotFoundAndNotAudited() {
        assertThatThrownBy(() -> service(f.personnel, f.pendantInscriptions).inscrire(999L,
                f.electricite.getId(), f.lycee.getId(), f.referent.getId(), List.of(f.capElec.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(audit.records).isEmpty();
    }

    @Test
    void registrationIsRefusedFrom1MayInParis() {
        assertThatThrownBy(() -> inscrireSamia(paris(2027, 5, 1, 0, 0, 0)))
                .isInstanceOf(DelaiDepasseException.class)
                .hasMessageContaining("jusqu'au 30/04/2027 inclus");
        assertThat(inscriptions.rows).isEmpty();

        assertThat(inscrireSamia(paris(2027, 4, 30, 23, 59, 59))).isNotNull();
    }

    @Test
    void aDelayGrantedToTheCollegeReopensRegistration() {
        inscriptions.exceptions.add(ExceptionDelai.accorder(f.college, f.campagne, paris(2027, 5, 6, 0, 0, 0),
                f.admin, "Collège fermé une semaine", paris(2027, 4, 29, 9, 0, 0)));

        assertThat(inscrireSamia(paris(2027, 5, 5, 17, 0, 0))).isNotNull();
    }

    @Test
    void vœuxAndAvisCloseWithTheDeadlineButWithdrawingDoesNot() {
        Inscription inscription = inscrireSamia(f.pendantInscriptions);
        Instant dixMai = paris(2027, 5, 10, 9, 0, 0);

        assertThatThrownBy(() -> service(f.chef, dixMai).donnerAvisOrigine(inscription.getId(), f.capElec.getId(),
                Avis.FAVORABLE, "Motivée"))
                .isInstanceOf(DelaiDepasseException.class);
        assertThatThrownBy(() -> service(f.personnel, dixMai).retirerVoeu(inscription.getId(), f.capElec.getId()))
                .isInstanceOf(DelaiDepasseException.class);
        service(f.personnel, dixMai).retirer(inscription.getId());

        assertThat(inscription.getStatut()).isEqualTo(StatutInscription.RETIREE);
        assertThat(inscription.getRetireeLe()).isEqualTo(dixMai);
        assertThat(retraits.annonces).as("the planning is told, to free a seat if one was taken")
                .extracting(RetraitInscription::inscription).containsExactly(inscription);
    }

    @Test
    void theHeadGivesTheAvisThroughTheService() {
        Inscription inscription = inscrireSamia(f.pendantInscriptions);

        service(f.chef, f.pendantInscriptions).donnerAvisOrigine(inscription.getId(), f.bacElec.getId(),
                Avis.RESERVE, "Hésite encore avec le commerce.");

        assertThat(inscription.voeuDeFormation(f.bacElec.getId()).orElseThrow().getAvisOrigine()).contains(Avis.RESERVE);
        assertThatThrownBy(() -> service(f.personnel, f.pendantInscriptions).donnerAvisOrigine(inscription.getId(),
                f.capElec.getId(), Avis.FAVORABLE, "Motivée"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDashboardCountsTheCollegesInscriptionsByStatut() {
        Inscription samia = inscrireSamia(f.pendantInscriptions);
        service(f.personnel, f.pendantInscriptions).inscrire(f.samia.getId(), f.relationClient.getId(),
                f.lycee.getId(), f.referent.getId(), List.of(f.capCommerce.getId()));
        service(f.personnel, f.pendantInscriptions).retirer(samia.getId());

        TableauDeBord tableau = service(f.personnel, f.pendantInscriptions).tableauDeBord();

        assertThat(tableau.inscriptions()).hasSize(2);
        assertThat(tableau.nombre(StatutInscription.INSCRITE)).isEqualTo(1);
        assertThat(tableau.nombre(StatutInscription.RETIREE)).isEqualTo(1);
        assertThat(tableau.nombre(StatutInscription.CONVOQUEE)).isZero();
        assertThat(tableau.total()).isEqualTo(2);
        assertThat(service(f.personnelAutreCollege, f.pendantInscriptions).tableauDeBord().total()).isZero();
    }

    @Test
    void theReferentIsChangedForAnotherActiveOneOfTheCollegeOnly() {
        Inscription inscription = inscrireSamia(f.pendantInscriptions);
        fr.passpro.domain.inscription.Referent collegue = Fixtures.withId(fr.passpro.domain.inscription.Referent.designer(
                f.college, "Roux", "Marc", "marc.roux@ac-creteil.fr"), 72L);
        fr.passpro.domain.inscription.Referent dAilleurs = Fixtures.withId(fr.passpro.domain.inscription.Referent.designer(
                f.autreCollege, "Petit", "Anne", "anne.petit@ac-creteil.fr"), 73L);
        referents.rows.add(collegue);
        referents.rows.add(dAilleurs);

        service(f.personnel, f.pendantInscriptions).changerReferent(inscription.getId(), 72L);

        assertThat(inscription.getReferent()).isSameAs(collegue);
        assertThatThrownBy(() -> service(f.personnel, f.pendantInscriptions).changerReferent(inscription.getId(), 73L))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(inscription.getReferent()).isSameAs(collegue);
        assertThat(audit.messages()).singleElement().asString().contains("la personne référente n° 73");
    }
}
