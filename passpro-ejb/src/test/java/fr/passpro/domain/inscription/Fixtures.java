package fr.passpro.domain.inscription;

import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.CodeFormation;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A small académie for the tests of inscriptions: two collèges and two lycées of Créteil, the 2026-2027 campagne,
 * the domaine « Électricité » and a few formations, accounts, a pupil and a référent. Ids are set as the database
 * would, since scopes need them.
 */
public class Fixtures {

    public final Academie creteil = new Academie(Academie.CRETEIL, "Créteil");
    public final Departement seineSaintDenis = new Departement("093", "Seine-Saint-Denis", creteil);
    public final Campagne campagne = withId(Campagne.standard(creteil, 2026), 1L);
    public final Campagne campagneSuivante = withId(Campagne.standard(creteil, 2027), 2L);

    public final Etablissement college = withId(new Etablissement(Uai.withCheckLetter("0931234"), "Collège Jean Jaurès",
            Nature.COLLEGE, Secteur.PUBLIC, "Montreuil", seineSaintDenis), 10L);
    public final Etablissement autreCollege = withId(new Etablissement(Uai.withCheckLetter("0935678"),
            "Collège Paul Éluard", Nature.COLLEGE, Secteur.PUBLIC, "Bobigny", seineSaintDenis), 11L);
    public final Etablissement lycee = withId(new Etablissement(Uai.withCheckLetter("0930120"), "Lycée Jean Lurçat",
            Nature.LYCEE_PROFESSIONNEL, Secteur.PUBLIC, "Saint-Denis", seineSaintDenis), 20L);
    public final Etablissement autreLycee = withId(new Etablissement(Uai.withCheckLetter("0930121"),
            "LP Louise Michel", Nature.LYCEE_PROFESSIONNEL, Secteur.PUBLIC, "Bobigny", seineSaintDenis), 21L);

    public final Domaine electricite = withId(Domaine.nomme("Électricité"), 30L);
    public final Domaine relationClient = withId(Domaine.nomme("Métiers de la relation client"), 31L);

    public final Formation capElec = withId(formation(campagne, "50025510", "CAP Électricien", electricite, lycee), 40L);
    public final Formation bacElec = withId(new Formation(campagne, CodeFormation.of("40025510"),
            "2de pro Métiers des transitions numérique et énergétique", Diplome.SECONDE_PRO, null, electricite, lycee,
            null, ModaliteEntretien.INDIVIDUEL, null), 41L);
    public final Formation capCommerce = withId(formation(campagne, "50031210", "CAP Équipier polyvalent du commerce",
            relationClient, lycee), 42L);
    public final Formation capElecAutreLycee = withId(formation(campagne, "50025511", "CAP Électricien",
            electricite, autreLycee), 43L);
    public final Formation capElecAutreCampagne = withId(formation(campagneSuivante, "50025510", "CAP Électricien",
            electricite, lycee), 44L);

    public final Account personnel = withId(Account.pourEtablissement("c.martin", "Martin", "Claire",
            "claire.martin@ac-creteil.fr", Role.ORIGINE, false, college), 100L);
    public final Account chef = withId(Account.pourEtablissement("p.durand", "Durand", "Paul",
            "paul.durand@ac-creteil.fr", Role.ORIGINE, true, college), 101L);
    public final Account chefAutreCollege = withId(Account.pourEtablissement("m.leroy", "Leroy", "Marie",
            "marie.leroy@ac-creteil.fr", Role.ORIGINE, true, autreCollege), 102L);
    public final Account personnelAutreCollege = withId(Account.pourEtablissement("a.petit", "Petit", "Alain",
            "alain.petit@ac-creteil.fr", Role.ORIGINE, false, autreCollege), 103L);
    public final Account proviseur = withId(Account.pourEtablissement("j.bernard", "Bernard", "Jeanne",
            "jeanne.bernard@ac-creteil.fr", Role.ACCUEIL, true, lycee), 104L);
    public final Account admin = withId(Account.pourAcademie("saio", "Saio", "Service", "saio@ac-creteil.fr", creteil),
            105L);

    public final Referent referent = withId(Referent.designer(college, "Moreau", "Luc", "luc.moreau@ac-creteil.fr"), 50L);

    /** A moment when registration is open: 15 March 2027, 10:00 in Paris. */
    public final Instant pendantInscriptions = paris(2027, 3, 15, 10, 0, 0);

    public final Eleve samia = withId(Eleve.nouveau(college, campagne, "Benali", "Samia", LocalDate.of(2012, 3, 4),
            "3e B", Dispositif.TROISIEME, null, pendantInscriptions), 60L);

    public static Formation formation(Campagne campagne, String cfd, String libelle, Domaine domaine,
                                      Etablissement lycee) {
        return new Formation(campagne, CodeFormation.of(cfd), libelle, Diplome.CAP, null, domaine, lycee, null,
                ModaliteEntretien.INDIVIDUEL, null);
    }

    public static Instant paris(int year, int month, int day, int hour, int minute, int second) {
        return ZonedDateTime.of(year, month, day, hour, minute, second, 0, Campagne.ZONE).toInstant();
    }

    public static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, Campagne.ZONE);
    }

    /** Samia Benali registered in « Électricité » at the Lycée Jean Lurçat for the CAP Électricien. */
    public Inscription inscriptionDeSamia() {
        return withId(Inscription.inscrire(samia, electricite, lycee, referent, java.util.List.of(capElec), personnel,
                pendantInscriptions), 70L);
    }

    /** Sets the generated id, as persisting would. */
    public static <T> T withId(T entity, Long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
