package fr.passpro.application.preinscription;

import fr.passpro.application.courrier.Courriers;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.InscriptionEnDoubleException;
import fr.passpro.domain.inscription.Referent;
import fr.passpro.domain.preinscription.DemandePreinscription;
import fr.passpro.domain.preinscription.LimiteDebit;
import fr.passpro.domain.preinscription.Piege;
import fr.passpro.domain.preinscription.Preinscription;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.EleveRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.PreinscriptionRepository;
import fr.passpro.infrastructure.persistence.ReferentRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * External schools (CFA, hors contrat) pre-register pupils through the public form, without an account; the
 * académie validates or refuses each one in a queue. Nothing reaches a lycée before validation.
 */
@Stateless
public class PreinscriptionService {

    private static final Logger LOGGER = Logger.getLogger(PreinscriptionService.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The key of the public form in the rate limits. */
    public static final String FORMULAIRE = "preinscription";

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private AcademieRepository academies;

    @Inject
    private PreinscriptionRepository preinscriptions;

    @Inject
    private EtablissementRepository etablissements;

    @Inject
    private EleveRepository eleves;

    @Inject
    private ReferentRepository referents;

    @Inject
    private InscriptionRepository inscriptions;

    @Inject
    private Courriers courriers;

    @Inject
    private Clock clock;

    /**
     * The académie of the form's former single address ({@code /public/preinscription.xhtml}), which now sends to that
     * académie's form: {@code passpro.preinscription.academie} (MicroProfile Config), Créteil by default.
     */
    @PermitAll
    public String academieDuFormulaire() {
        return ConfigProvider.getConfig(PreinscriptionService.class.getClassLoader())
                .getOptionalValue("passpro.preinscription.academie", String.class).orElse(Academie.CRETEIL);
    }

    /** The académie whose form has this address (« creteil »), if one has. */
    @PermitAll
    public Optional<Academie> academieDeLAdresse(String adresse) {
        return academies.findAll().stream().filter(a -> a.getSlug().equals(adresse)).findFirst();
    }

    /** The name of the académie of this code, for its form's heading. */
    @PermitAll
    public String nomDeLAcademie(String academie) {
        return academies.getByCode(academie).getNom();
    }

    /** The address (« creteil ») of the form of {@link #academieDuFormulaire()}. */
    @PermitAll
    public String adresseParDefaut() {
        return academies.getByCode(academieDuFormulaire()).getSlug();
    }

    /** The current campagne of the default académie's form, if any. */
    @PermitAll
    public Optional<Campagne> campagne() {
        return campagne(academieDuFormulaire());
    }

    /** The current campagne of this académie, whose form it is, if any. */
    @PermitAll
    public Optional<Campagne> campagne(String academie) {
        return campagnes.findCourante(academie);
    }

    /** Whether the default académie's form accepts submissions now. */
    @PermitAll
    public boolean isOuvert() {
        return isOuvert(academieDuFormulaire());
    }

    /** Whether this académie's form accepts submissions now. */
    @PermitAll
    public boolean isOuvert(String academie) {
        return campagne(academie).map(c -> c.isInscriptionOuverte(clock.instant())).orElse(false);
    }

    /** The formations the default académie's form offers. */
    @PermitAll
    public List<Formation> formationsOuvertes() {
        return formationsOuvertes(academieDuFormulaire());
    }

    /** The formations this académie's form offers: the active ones of its current campagne, by domaine. */
    @PermitAll
    public List<Formation> formationsOuvertes(String academie) {
        return campagne(academie).map(c -> preinscriptions.formationsOuvertes(c.getId())).orElse(List.of());
    }

    @PermitAll
    public List<Departement> departements() {
        return departements(academieDuFormulaire());
    }

    /** The départements of this académie, for its form. */
    @PermitAll
    public List<Departement> departements(String academie) {
        return academies.findDepartements(academie);
    }

    /** A submission of the default académie's form: see {@link #soumettre(String, DemandePreinscription, String, String)}. */
    @PermitAll
    public Optional<Preinscription> soumettre(DemandePreinscription demande, String piege, String adresseClient) {
        return soumettre(academieDuFormulaire(), demande, piege, adresseClient);
    }

    /**
     * A submission of an académie's public form: counted against the address's rate limit first, dropped silently if
     * the hidden field was filled, then checked and queued for the académie, with a confirmation mail to the contact.
     *
     * @param academie      the code of the académie whose form it is
     * @param piege         the hidden field that only robots fill
     * @param adresseClient the client address, as the web layer determined it
     * @return the pre-registration, empty when dropped as a robot's
     * @throws TropDeSoumissionsException over the rate limit
     * @throws InvalidValueException      for a field that is wrong (see {@link Preinscription#soumettre})
     */
    @PermitAll
    public Optional<Preinscription> soumettre(String academie, DemandePreinscription demande, String piege,
            String adresseClient) {
        Instant maintenant = clock.instant();
        preinscriptions.compterSoumission(LimiteDebit.cle(FORMULAIRE, adresseClient), clock.instant())
                .ifPresent(reessayer -> {
                    LOGGER.log(Level.WARNING, "Pré-inscription refusée : limite atteinte pour l''adresse {0}", adresseClient);
                    throw new TropDeSoumissionsException(reessayer, LimiteDebit.MAX_PAR_FENETRE);
                });
        if (Piege.estRempli(piege)) {
            LOGGER.log(Level.WARNING, "Pré-inscription ignorée : champ piège rempli depuis l''adresse {0}", adresseClient);
            return Optional.empty();
        }
        Campagne campagne = campagne(academie).orElseThrow(() -> new InvalidValueException(
                "Aucune campagne Passpro n'est ouverte : le formulaire n'accepte pas de pré-inscription."));
        Departement departement = demande.departementCode() == null ? null
                : academies.findDepartement(demande.departementCode()).orElse(null);
        List<Long> ids = demande.formationIds() == null ? List.of() : demande.formationIds();
        List<Formation> formations = preinscriptions.formations(ids);
        if (formations.size() != ids.stream().filter(java.util.Objects::nonNull).count()) {
            throw new InvalidValueException("Une formation choisie n'existe plus dans le catalogue : rechargez la page.");
        }
        Preinscription preinscription = Preinscription.soumettre(demande, campagne, departement, formations,
                maintenant, adresseClient);
        preinscriptions.ajouter(preinscription);
        courriers.deposer(Courrier.nouveau(List.of(preinscription.getContactEmail()),
                "Passpro : pré-inscription " + fr.passpro.domain.shared.Francais.de(preinscription.getEleveNomComplet()) + " reçue",
                Textes.confirmation(preinscription), null, clock.instant()).concernePreinscription(preinscription.getId()));
        LOGGER.log(Level.INFO, "Pré-inscription reçue de {0} ({1})",
                new Object[] { preinscription.getEtablissementNom(), adresseClient });
        return Optional.of(preinscription);
    }

    /** The pending pre-registrations of the admin's académie, oldest first. */
    @RolesAllowed(Roles.ADMIN)
    public List<Preinscription> enAttente() {
        return preinscriptions.findEnAttente(currentUser.scope().academieCode());
    }

    /**
     * Validates: the school becomes an établissement d'origine (found by its UAI, or created), its contact its
     * référent, the pupil is created (or found, same name and birth date) and registered in each domaine of the
     * vœux, with the lycée of those vœux. The contact is told by mail.
     *
     * @param uaiSaisi the UAI the admin found, when the school did not give one; ignored otherwise
     * @throws InvalidValueException        without UAI, for a UAI of a collège or lycée, or an invalid pupil
     * @throws InscriptionEnDoubleException when the pupil already has an inscription in one of the domaines
     */
    @RolesAllowed(Roles.ADMIN)
    public Preinscription valider(long id, String uaiSaisi) {
        Account admin = currentUser.require();
        Preinscription p = get(admin, id);
        Instant maintenant = clock.instant();
        String uaiTexte = p.getUai() != null ? p.getUai() : uaiSaisi;
        if (uaiTexte == null || uaiTexte.isBlank()) {
            throw new InvalidValueException("Indiquez l'UAI " + fr.passpro.domain.shared.Francais.de(p.getEtablissementNom())
                    + " (annuaire de l'éducation) avant de valider : l'établissement ne l'a pas donné.");
        }
        Uai uai = Uai.of(uaiTexte);
        Etablissement ecole = etablissements.findByUai(uai).orElseGet(() -> etablissements.save(new Etablissement(uai,
                p.getEtablissementNom(), p.getEtablissementNature(), Secteur.PRIVE, p.getCommune(), p.getDepartement(),
                p.getContactEmail())));
        preinscriptions.flush();
        if (!ecole.isOrigine()) {
            throw new InvalidValueException("L'UAI " + uai + " est celui " + fr.passpro.domain.shared.Francais.de(ecole.getNom()) + " ("
                    + ecole.getNature().libelle() + "), qui n'inscrit pas d'élèves : vérifiez l'UAI.");
        }
        Campagne campagne = p.getCampagne();
        Eleve nouveau = Eleve.nouveau(ecole, campagne, p.getEleveNom(), p.getElevePrenom(), p.getEleveDateNaissance(),
                p.getClasseOuDispositif(), p.getEleveDispositif(), null, maintenant);
        Eleve eleve = eleves.findByCleDoublon(ecole.getId(), campagne.getId(), nouveau.normalisedKey()).stream()
                .findFirst().orElseGet(() -> eleves.save(nouveau));
        preinscriptions.flush();
        Referent referent = referents.findByCollegeAndEmail(ecole.getId(), p.getContactEmail()).map(r -> {
            if (!r.isActif()) {
                r.reactiver();
            }
            return r;
        }).orElseGet(() -> referents.save(Referent.contactExterne(ecole, p.getContactNom(), p.getContactPrenom(),
                p.getContactEmail())));
        for (Map.Entry<Domaine, List<Formation>> groupe : p.voeuxParDomaine().entrySet()) {
            Domaine domaine = groupe.getKey();
            inscriptions.findByEleveAndDomaine(eleve.getId(), domaine.getId()).ifPresent(existante -> {
                throw new InscriptionEnDoubleException(existante);
            });
            Etablissement lycee = groupe.getValue().get(0).getAccueilReferent();
            inscriptions.ajouter(Inscription.inscrireParAcademie(eleve, domaine, lycee, referent, groupe.getValue(),
                    admin, maintenant));
        }
        p.valider(ecole, admin, maintenant);
        courriers.deposer(Courrier.nouveau(List.of(p.getContactEmail()),
                "Passpro : pré-inscription " + fr.passpro.domain.shared.Francais.de(p.getEleveNomComplet()) + " validée",
                Textes.validation(p), null, clock.instant()).concernePreinscription(p.getId())
                .concerneEleves(List.of(eleve.getId())));
        LOGGER.log(Level.INFO, "Pré-inscription {0} validée par {1}", new Object[] { String.valueOf(id), admin.getLogin() });
        return p;
    }

    /**
     * Refuses, with a reason mailed to the contact.
     *
     * @throws InvalidValueException for a blank or too long reason, or one already decided
     */
    @RolesAllowed(Roles.ADMIN)
    public Preinscription refuser(long id, String motif) {
        Account admin = currentUser.require();
        Preinscription p = get(admin, id);
        p.refuser(motif, admin, clock.instant());
        courriers.deposer(Courrier.nouveau(List.of(p.getContactEmail()),
                "Passpro : pré-inscription " + fr.passpro.domain.shared.Francais.de(p.getEleveNomComplet()) + " non retenue",
                Textes.refus(p), null, clock.instant()).concernePreinscription(p.getId()));
        LOGGER.log(Level.INFO, "Pré-inscription {0} refusée par {1}", new Object[] { String.valueOf(id), admin.getLogin() });
        return p;
    }

    private Preinscription get(Account admin, long id) {
        return preinscriptions.findByIdAndAcademie(id, admin.scope().academieCode()).orElseThrow(() ->
                new NotFoundException("Cette pré-inscription n'existe pas ou plus : rechargez la liste."));
    }

    /** The mails' texts (plain text: nothing the school typed can become markup). */
    static final class Textes {

        private Textes() {
        }

        static String confirmation(Preinscription p) {
            return "Bonjour " + p.getContactPrenom() + " " + p.getContactNom() + ",\n\n"
                    + "Nous avons bien reçu la pré-inscription Passpro " + fr.passpro.domain.shared.Francais.de(p.getEleveNomComplet()) + " (né(e) le "
                    + DATE.format(p.getEleveDateNaissance()) + "), pour " + p.getEtablissementNom() + ".\n\n"
                    + "Formations demandées :\n" + voeux(p) + "\n\n"
                    + "Elle sera examinée par le service académique. Vous recevrez un courriel quand elle sera validée"
                    + " ou, le cas échéant, le motif pour lequel elle ne peut l'être. Aucun lycée ne la voit avant.\n\n"
                    + "Référence : PRE-" + p.getId() + "\n\n"
                    + "Ce message est envoyé automatiquement par Passpro ; merci de ne pas y répondre.\n";
        }

        static String validation(Preinscription p) {
            return "Bonjour " + p.getContactPrenom() + " " + p.getContactNom() + ",\n\n"
                    + "La pré-inscription Passpro " + fr.passpro.domain.shared.Francais.de(p.getEleveNomComplet()) + " (référence PRE-" + p.getId()
                    + ") est validée. L'élève est inscrit(e) pour un entretien d'information :\n" + voeux(p) + "\n\n"
                    + "Le lycée vous enverra la convocation à cette adresse.\n\n"
                    + "Ce message est envoyé automatiquement par Passpro ; merci de ne pas y répondre.\n";
        }

        static String refus(Preinscription p) {
            return "Bonjour " + p.getContactPrenom() + " " + p.getContactNom() + ",\n\n"
                    + "La pré-inscription Passpro " + fr.passpro.domain.shared.Francais.de(p.getEleveNomComplet()) + " (référence PRE-" + p.getId()
                    + ") n'a pas pu être retenue, pour le motif suivant :\n\n" + p.getMotifRefus() + "\n\n"
                    + "Vous pouvez envoyer une nouvelle pré-inscription corrigée par le formulaire en ligne.\n\n"
                    + "Ce message est envoyé automatiquement par Passpro ; merci de ne pas y répondre.\n";
        }

        private static String voeux(Preinscription p) {
            return p.getFormations().stream()
                    .map(f -> "- " + f.getLibelle() + " (" + f.getDomaine().getLibelle() + "), entretien à "
                            + f.getAccueilReferent().getNom() + ", " + f.getAccueilReferent().getCommune())
                    .collect(Collectors.joining("\n"));
        }
    }
}
