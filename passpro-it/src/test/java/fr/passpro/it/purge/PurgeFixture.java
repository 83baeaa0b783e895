package fr.passpro.it.purge;

import fr.passpro.application.planning.EnvoiConvocations;
import fr.passpro.application.security.PasswordHasher;
import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Role;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.entretien.Entretien;
import fr.passpro.domain.entretien.Presence;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.ExceptionDelai;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Deroulement;
import fr.passpro.domain.planning.Seance;
import fr.passpro.domain.preinscription.DemandePreinscription;
import fr.passpro.domain.preinscription.Preinscription;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.AccountRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.CourrierRepository;
import fr.passpro.infrastructure.persistence.EleveRepository;
import fr.passpro.infrastructure.persistence.EntretienRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.PlanningRepository;
import fr.passpro.infrastructure.persistence.PreinscriptionRepository;
import fr.passpro.infrastructure.persistence.PurgeCampagneRepository;
import fr.passpro.infrastructure.persistence.ReferentRepository;
import fr.passpro.it.catalogue.CatalogueFixture;
import fr.passpro.it.support.Donnees;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A closed campagne of Créteil full of pupils' data, made through the domain and the repositories (the services only
 * work on the current campagne), each call in a transaction of its own. Its school year is drawn among 1000-1999 so
 * that it is never the current campagne; its calendar is that of 2020-2021 (closure 28 May 2021), so that its
 * retention of 12 months is over.
 */
@Stateless
public class PurgeFixture {

    static final String LYCEE_LURCAT = "0940132H";
    static final LocalDate FERMETURE = LocalDate.of(2021, Month.MAY, 28);

    @Inject
    CatalogueFixture catalogue;

    @Inject
    Donnees donnees;

    @Inject
    CampagneRepository campagnes;

    @Inject
    AcademieRepository academies;

    @Inject
    EtablissementRepository etablissements;

    @Inject
    AccountRepository accounts;

    @Inject
    EleveRepository eleves;

    @Inject
    ReferentRepository referents;

    @Inject
    InscriptionRepository inscriptions;

    @Inject
    PlanningRepository planning;

    @Inject
    EntretienRepository entretiens;

    @Inject
    PreinscriptionRepository preinscriptions;

    @Inject
    CourrierRepository courriers;

    @Inject
    EnvoiConvocations envoi;

    @Inject
    PurgeCampagneRepository purges;

    @Inject
    PasswordHasher hasher;

    /** What a closed campagne was filled with: its ids, and the names to search for. */
    public record Campagne2021(long campagneId, long domaineId, long lyceeId, List<Long> colleges, List<Long> eleves,
                               String nom, List<String> prenoms, long preinscriptionId, String preinscriptionPrenom,
                               List<Long> courriers, long referentExterneId) {
    }

    /** A closed campagne (2020-2021 calendar), never the current one. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Campagne campagneFermee() {
        for (int essai = 1; ; essai++) {
            try {
                int annee = ThreadLocalRandom.current().nextInt(1000, 1999);
                return campagnes.save(new Campagne(academies.getByCode(Academie.CRETEIL), annee + "-" + (annee + 1),
                        LocalDate.of(2021, 2, 1), LocalDate.of(2021, 4, 30), LocalDate.of(2021, 5, 17),
                        LocalDate.of(2021, 5, 21), 3, FERMETURE));
            } catch (EJBException anneeDejaPrise) {
                if (essai == 20) {
                    throw anneeDejaPrise;
                }
            }
        }
    }

    /**
     * Fills the campagne: in collège A, pupil 1 interviewed (present, compte rendu, avis), pupil 2 absent, pupil 3
     * withdrawn; in collège B, pupil 4 registered with an avis d'origine, pupil 5 excused. Every pupil has the same
     * family name; mails of the convocations and of the return (linked), one old mail without link naming pupil 2,
     * a pre-registration with its mail, and a registration delay whose motif names pupil 4.
     */
    public Campagne2021 remplir(long campagneId, String nom) {
        Campagne campagne = purges.getCampagne(campagneId);
        Domaine domaine = catalogue.domaine("Domaine de purge " + Donnees.unique());
        Etablissement lycee = etablissements.getByUai(Uai.of(LYCEE_LURCAT));
        Formation formation = catalogue.formation(campagneId, "500" + (10000 + ThreadLocalRandom.current().nextInt(89999)),
                "CAP de purge", Diplome.CAP, null, domaine, lycee, lycee, ModaliteEntretien.INDIVIDUEL);
        Account lyceen = compte(Role.ACCUEIL, false, lycee);
        Etablissement collegeA = donnees.nouveauCollege();
        Etablissement collegeB = donnees.nouveauCollege();
        Account chefA = compte(Role.ORIGINE, true, collegeA);
        Account chefB = compte(Role.ORIGINE, true, collegeB);
        Referent referentA = referents.save(Referent.designer(collegeA, "Referent", "Test",
                "ref." + Donnees.unique() + "@ac-creteil.fr"));
        Referent referentB = referents.save(Referent.designer(collegeB, "Referent", "Test",
                "ref." + Donnees.unique() + "@ac-creteil.fr"));
        Instant mars = paris(LocalDate.of(2021, 3, 10).atTime(10, 0));
        Instant mai = paris(LocalDate.of(2021, 5, 3).atTime(10, 0));

        List<String> prenoms = new ArrayList<>();
        List<Inscription> faites = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Etablissement college = i < 3 ? collegeA : collegeB;
            String prenom = "Prenom" + lettres();
            prenoms.add(prenom);
            Eleve eleve = eleves.save(Eleve.nouveau(college, campagne, nom, prenom, LocalDate.of(2006, 4, 10), "3e B",
                    Dispositif.TROISIEME, null, mars));
            Inscription inscription = Inscription.inscrire(eleve, domaine, lycee, i < 3 ? referentA : referentB,
                    List.of(formation), i < 3 ? chefA : chefB, mars);
            faites.add(inscriptions.ajouter(inscription));
        }
        // avis d'origine: 1 favorable, 2 réservé, 4 assez favorable (pupils 3 and 5 have none)
        faites.get(0).donnerAvisOrigine(faites.get(0).getVoeux().get(0), Avis.FAVORABLE,
                "Très motivé(e), " + prenoms.get(0) + " a visité le lycée.", chefA, mars);
        faites.get(1).donnerAvisOrigine(faites.get(1).getVoeux().get(0), Avis.RESERVE, "Projet à mûrir.", chefA, mars);
        faites.get(3).donnerAvisOrigine(faites.get(3).getVoeux().get(0), Avis.ASSEZ_FAVORABLE,
                "Avis pour " + nom + " " + prenoms.get(3) + ".", chefB, mars);
        faites.get(2).retirer(chefA, paris(LocalDate.of(2021, 4, 2).atTime(9, 0)));

        List<Long> mails = new ArrayList<>();
        Presence[] presences = {Presence.PRESENT, Presence.ABSENT, null, null, Presence.EXCUSE};
        for (int i : new int[] {0, 1, 4}) {
            LocalDateTime debut = LocalDate.of(2021, 5, 18).atTime(9 + i, 0);
            Seance seance = Seance.creer(campagne, lycee, domaine, List.of(), ModaliteEntretien.INDIVIDUEL,
                    Deroulement.PRESENTIEL, debut, debut.plusMinutes(20), "Salle " + Donnees.unique(), null, 1, null,
                    lyceen, mai);
            planning.ajouter(seance);
            Convocation convocation = Convocation.convoquer(faites.get(i), seance, "passpro.test", lyceen, mai);
            planning.ajouter(convocation);
            planning.flush();
            mails.add(flush(envoi.convocation(convocation, false)));
            Instant pendant = paris(debut.plusMinutes(5));
            Entretien entretien = Entretien.constater(convocation, presences[i], lyceen, pendant);
            entretiens.ajouter(entretien);
            if (presences[i] == Presence.PRESENT) {
                Instant lendemain = paris(debut.plusDays(1));
                entretien.rendreCompte("Entretien de " + prenoms.get(i) + " " + nom + " : projet solide.", lyceen,
                        lendemain);
                entretien.donnerAvis(formation, Avis.FAVORABLE, lyceen, lendemain);
                entretien.verifierRetourComplet(lendemain);
                mails.add(flush(courriers.ajouter(Courrier.nouveau(List.of(referentA.getEmail()),
                        "Compte rendu d'entretien de " + prenoms.get(i) + " " + nom, "Le compte rendu est arrivé.", null,
                        lendemain).concerneEleves(List.of(faites.get(i).getEleve().getId())))));
            }
        }
        // a mail queued before mails were linked to pupils: found by the names
        mails.add(flush(courriers.ajouter(Courrier.nouveau(List.of("ce." + collegeA.getUai().code() + "@ac-creteil.fr"),
                prenoms.get(1) + " " + nom.toUpperCase(java.util.Locale.ROOT) + " a renoncé",
                "Bonjour,\n" + prenoms.get(1) + " " + nom + " ne viendra pas.", null, mai))));
        inscriptions.ajouterExceptionDelai(ExceptionDelai.accorder(collegeB, campagne,
                campagne.finInscriptions().plusSeconds(86_400 * 3), accounts.findByLogin("admin.creteil").orElseThrow(),
                "Arrivée tardive de " + prenoms.get(3) + " " + nom, paris(LocalDate.of(2021, 4, 30).atTime(12, 0))));

        String prenomPre = "Prenom" + lettres();
        Preinscription pre = preinscriptions.ajouter(Preinscription.soumettre(new DemandePreinscription(
                "CFA de test " + Donnees.unique(), Nature.CFA, null, "Bobigny", "093", "Contact", "Externe",
                "contact." + Donnees.unique() + "@cfa-test.fr", nom, prenomPre, LocalDate.of(2006, 6, 1), "3e",
                Dispositif.TROISIEME, List.of(formation.getId())), campagne, academies.getDepartement("093"),
                List.of(formation), mars, "127.0.0.1"));
        mails.add(flush(courriers.ajouter(Courrier.nouveau(List.of(pre.getContactEmail()),
                "Passpro : pré-inscription de " + pre.getEleveNomComplet() + " reçue", "Reçue.", null, mars)
                .concernePreinscription(pre.getId()))));
        // a contact of a CFA made référent by a past validation, used by no inscription any more
        Uai uai;
        do {
            uai = Uai.withCheckLetter("093" + (1000 + ThreadLocalRandom.current().nextInt(9000)));
        } while (etablissements.findByUai(uai).isPresent());
        Etablissement cfa = etablissements.save(new Etablissement(uai, "CFA de test " + uai, Nature.CFA, Secteur.PRIVE,
                "Bobigny", academies.getDepartement("093")));
        Referent externe = referents.save(Referent.contactExterne(cfa, "Contact", "Ancien",
                "ancien." + Donnees.unique() + "@cfa-test.fr"));

        planning.flush();
        List<Long> ids = faites.stream().map(i -> i.getEleve().getId()).toList();
        return new Campagne2021(campagneId, domaine.getId(), lycee.getId(), List.of(collegeA.getId(), collegeB.getId()),
                ids, nom, prenoms, pre.getId(), prenomPre, mails, externe.getId());
    }

    /** A campagne with just registered pupils of one collège (for the restart test). */
    public List<Long> inscrits(long campagneId, String nom, int combien) {
        Campagne campagne = purges.getCampagne(campagneId);
        Domaine domaine = catalogue.domaine("Domaine de purge " + Donnees.unique());
        Etablissement lycee = etablissements.getByUai(Uai.of(LYCEE_LURCAT));
        Formation formation = catalogue.formation(campagneId, "500" + (10000 + ThreadLocalRandom.current().nextInt(89999)),
                "CAP de reprise", Diplome.CAP, null, domaine, lycee, lycee, ModaliteEntretien.INDIVIDUEL);
        Etablissement college = donnees.nouveauCollege();
        Account chef = compte(Role.ORIGINE, true, college);
        Referent referent = referents.save(Referent.designer(college, "Referent", "Test",
                "ref." + Donnees.unique() + "@ac-creteil.fr"));
        Instant mars = paris(LocalDate.of(2021, 3, 10).atTime(10, 0));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < combien; i++) {
            Eleve eleve = eleves.save(Eleve.nouveau(college, campagne, nom, "Prenom" + lettres(),
                    LocalDate.of(2006, 4, 10), "3e A", Dispositif.TROISIEME, null, mars));
            inscriptions.ajouter(Inscription.inscrire(eleve, domaine, lycee, referent, List.of(formation), chef, mars));
            ids.add(eleve.getId());
        }
        return ids;
    }

    private Account compte(Role role, boolean chef, Etablissement etablissement) {
        String login = "purge." + Donnees.unique();
        Account compte = Account.pourEtablissement(login, "Test", "Purge", login + "@ac-creteil.fr", role, chef,
                etablissement);
        compte.changerMotDePasse(hasher.hash("Passpro2027!".toCharArray()));
        return accounts.save(compte);
    }

    private long flush(Courrier courrier) {
        planning.flush();
        return courrier.getId();
    }

    private static Instant paris(LocalDateTime heure) {
        return heure.atZone(Campagne.ZONE).toInstant();
    }

    /** Letters only (a name takes no digit), unique enough for a run. */
    static String lettres() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            s.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
