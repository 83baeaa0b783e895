package fr.passpro.application.inscription;

import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Delais;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Ine;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.shared.Pagination;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.CollegeQueries;
import fr.passpro.infrastructure.persistence.EleveRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.infrastructure.excel.ListeElevesReader;
import fr.passpro.infrastructure.excel.ListeElevesReader.Colonne;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The pupils a collège registers in the current campagne. */
@Stateless
@RolesAllowed({ Roles.ORIGINE, Roles.ADMIN })
public class EleveService {

    private static final Logger LOGGER = Logger.getLogger(EleveService.class.getName());

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private EleveRepository eleves;

    @Inject
    private CollegeQueries collegeQueries;

    @Inject
    private InscriptionRepository inscriptions;

    @Inject
    private Clock clock;

    /** For the container. */
    public EleveService() {
    }

    /** For tests, with fakes. */
    EleveService(CurrentUser currentUser, CampagneRepository campagnes, EleveRepository eleves,
                 InscriptionRepository inscriptions, Clock clock) {
        this.currentUser = currentUser;
        this.campagnes = campagnes;
        this.eleves = eleves;
        this.inscriptions = inscriptions;
        this.clock = clock;
    }

    /**
     * Creates a pupil of the caller's collège. When the collège already has a pupil with the same nom, prénom and
     * birth date, nothing is created unless {@code doublonConfirme}: the result carries the existing pupils.
     *
     * @throws fr.passpro.domain.inscription.DelaiDepasseException after the registration deadline
     * @throws InvalidValueException for an invalid field, or an INE already given to another pupil of the collège
     */
    @RolesAllowed(Roles.ORIGINE)
    public CreationEleve creer(NouvelEleve demande, boolean doublonConfirme) {
        Objects.requireNonNull(demande, "Les informations de l'élève sont obligatoires.");
        Account auteur = currentUser.require();
        Etablissement college = Acces.collegeDe(auteur);
        Campagne campagne = campagnes.getCourante(auteur.scope().academieCode());
        Delais.pour(campagne, college, inscriptions.findExceptionsDelai(college.getId(), campagne.getId()))
                .verifierOuvert(clock, "inscrire un élève");
        Ine ine = Ine.optional(demande.ine()).orElse(null);
        Eleve eleve = Eleve.nouveau(college, campagne, demande.nom(), demande.prenom(), demande.dateNaissance(),
                demande.classe(), demande.dispositif(), ine, clock.instant());
        if (ine != null) {
            eleves.findByIne(college.getId(), campagne.getId(), ine).ifPresent(autre -> {
                throw new InvalidValueException("L'INE " + ine + " est déjà celui " + fr.passpro.domain.shared.Francais.de(autre.getNomComplet()) + " ("
                        + autre.getClasse() + ") : vérifiez la saisie ou ouvrez la fiche de cet élève.");
            });
        }
        List<Eleve> doublons = eleves.findByCleDoublon(college.getId(), campagne.getId(), eleve.normalisedKey());
        if (!doublons.isEmpty() && !doublonConfirme) {
            return CreationEleve.aConfirmer(doublons);
        }
        eleves.save(eleve);
        LOGGER.log(Level.INFO, "Élève créé par {0} pour {1}{2}", new Object[] { auteur.getLogin(), college.getUai(),
                doublons.isEmpty() ? "" : " (doublon possible confirmé)" });
        return CreationEleve.creee(eleve, doublons);
    }

    /** The pupils the caller sees in the current campagne (the collège's, or the académie's); empty without one. */
    public List<Eleve> lister() {
        var scope = currentUser.scope();
        return campagnes.findCourante(scope.academieCode())
                .map(campagne -> eleves.findVisible(scope, campagne.getId()))
                .orElse(List.of());
    }

    /**
     * One page of the collège's pupils of the current campagne, by name, with their inscriptions, counted and paged in
     * the database; a page beyond the last gives the first page (see {@link Pagination}).
     */
    public PageEleves page(int first, int taille) {
        Account compte = currentUser.require();
        long college = Acces.collegeDe(compte).getId();
        return campagnes.findCourante(compte.scope().academieCode()).map(c -> {
            long total = collegeQueries.eleves(college, c.getId());
            int lignes = Pagination.taille(taille);
            int premier = Pagination.premier(first, lignes, total);
            return new PageEleves(collegeQueries.pageEleves(college, c.getId(), premier, lignes).stream()
                    .map(r -> new PageEleves.Ligne(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                            (LocalDate) r[3], (String) r[4], (Dispositif) r[5], ((Number) r[6]).longValue()))
                    .toList(), total, premier);
        }).orElse(PageEleves.vide());
    }

    /**
     * @throws fr.passpro.domain.shared.AccessDeniedException for another collège's pupil (audited)
     * @throws fr.passpro.domain.shared.NotFoundException     for a pupil that does not exist
     */
    public Eleve get(long id) {
        Account compte = currentUser.require();
        return eleves.findVisibleById(compte.scope(), id)
                .orElseThrow(() -> Acces.introuvableOuRefuse(compte, "l'élève", id, eleves.exists(id)));
    }

    /**
     * Corrects a pupil of the caller's collège (identity, class, dispositif, INE).
     *
     * @throws fr.passpro.domain.shared.AccessDeniedException for another collège's pupil (audited)
     * @throws fr.passpro.domain.inscription.DelaiDepasseException outside the registration period
     * @throws InvalidValueException for an invalid field, or an INE already given to another pupil of the collège
     */
    @RolesAllowed(Roles.ORIGINE)
    public Eleve modifier(long id, NouvelEleve demande) {
        Objects.requireNonNull(demande, "Les informations de l'élève sont obligatoires.");
        Account auteur = currentUser.require();
        Etablissement college = Acces.collegeDe(auteur);
        Eleve eleve = get(id);
        Delais.pour(eleve.getCampagne(), college, inscriptions.findExceptionsDelai(college.getId(),
                eleve.getCampagne().getId())).verifierOuvert(clock, "modifier un élève");
        Ine ine = Ine.optional(demande.ine()).orElse(null);
        if (ine != null) {
            eleves.findByIne(college.getId(), eleve.getCampagne().getId(), ine)
                    .filter(autre -> !autre.getId().equals(eleve.getId()))
                    .ifPresent(autre -> {
                        throw new InvalidValueException("L'INE " + ine + " est déjà celui " + fr.passpro.domain.shared.Francais.de(autre.getNomComplet())
                                + " (" + autre.getClasse() + ") : vérifiez la saisie.");
                    });
        }
        eleve.corriger(demande.nom(), demande.prenom(), demande.dateNaissance(), demande.classe(), demande.dispositif(),
                ine);
        LOGGER.log(Level.INFO, "Élève {0} modifié par {1}", new Object[] { String.valueOf(id), auteur.getLogin() });
        return eleve;
    }

    /**
     * Imports a list of pupils (.xlsx, .xls or CSV with the columns Nom, Prénom, Date de naissance, Classe,
     * Dispositif and optionally INE). Every valid line creates a pupil; a line with a problem, or that is probably
     * a pupil already in the collège or earlier in the file, is not imported and its reason is reported.
     *
     * @throws fr.passpro.infrastructure.excel.FichierRefuseException when the file as a whole cannot be read
     * @throws fr.passpro.domain.inscription.DelaiDepasseException     outside the registration period
     */
    @RolesAllowed(Roles.ORIGINE)
    public ResultatImportEleves importer(String nomFichier, byte[] contenu) {
        Account auteur = currentUser.require();
        Etablissement college = Acces.collegeDe(auteur);
        Campagne campagne = campagnes.getCourante(auteur.scope().academieCode());
        Delais.pour(campagne, college, inscriptions.findExceptionsDelai(college.getId(), campagne.getId()))
                .verifierOuvert(clock, "importer des élèves");
        List<ListeElevesReader.Ligne> lignes = ListeElevesReader.lire(contenu);
        List<ResultatImportEleves.Ligne> resultat = new ArrayList<>();
        Map<String, Integer> clesDuFichier = new HashMap<>();
        Map<Ine, Integer> inesDuFichier = new HashMap<>();
        for (ListeElevesReader.Ligne ligne : lignes) {
            String qui = (ligne.valeur(Colonne.PRENOM) + " " + ligne.valeur(Colonne.NOM)).strip();
            try {
                Eleve eleve = lireEleve(ligne, college, campagne);
                qui = eleve.toString();
                Integer memeCle = clesDuFichier.putIfAbsent(eleve.normalisedKey(), ligne.numero());
                if (memeCle != null) {
                    throw new InvalidValueException("Même nom, prénom et date de naissance qu'à la ligne " + memeCle
                            + " : ligne ignorée.");
                }
                List<Eleve> doublons = eleves.findByCleDoublon(college.getId(), campagne.getId(), eleve.normalisedKey());
                if (!doublons.isEmpty()) {
                    throw new InvalidValueException("Élève probablement déjà enregistré (" + doublons.get(0)
                            + ", même nom, prénom et date de naissance) : ligne ignorée. S'il s'agit d'un autre élève,"
                            + " créez-le depuis « Ajouter un élève ».");
                }
                Ine ine = eleve.getIne().orElse(null);
                if (ine != null) {
                    Integer memeIne = inesDuFichier.putIfAbsent(ine, ligne.numero());
                    if (memeIne != null) {
                        throw new InvalidValueException("L'INE " + ine + " figure déjà à la ligne " + memeIne + ".");
                    }
                    eleves.findByIne(college.getId(), campagne.getId(), ine).ifPresent(autre -> {
                        throw new InvalidValueException("L'INE " + ine + " est déjà celui de " + autre + ".");
                    });
                }
                eleves.save(eleve);
                resultat.add(new ResultatImportEleves.Ligne(ligne.numero(), qui, true, null));
            } catch (InvalidValueException refus) {
                resultat.add(new ResultatImportEleves.Ligne(ligne.numero(), qui, false, refus.getMessage()));
            }
        }
        ResultatImportEleves import_ = new ResultatImportEleves(nomFichier, resultat);
        LOGGER.log(Level.INFO, "Import d''élèves par {0} pour {1} : {2} créés, {3} lignes non importées",
                new Object[] { auteur.getLogin(), college.getUai(), import_.getNombreCrees(), import_.getNombreRejets() });
        return import_;
    }

    private Eleve lireEleve(ListeElevesReader.Ligne ligne, Etablissement college, Campagne campagne) {
        String texteDispositif = ligne.valeur(Colonne.DISPOSITIF);
        if (texteDispositif.isEmpty()) {
            throw new InvalidValueException("Le dispositif est vide : valeurs acceptées " + Dispositif.VALEURS_ACCEPTEES
                    + ".");
        }
        return Eleve.nouveau(college, campagne, ligne.valeur(Colonne.NOM), ligne.valeur(Colonne.PRENOM),
                date(ligne.valeur(Colonne.DATE_NAISSANCE)), ligne.valeur(Colonne.CLASSE),
                Dispositif.fromText(texteDispositif), Ine.optional(ligne.valeur(Colonne.INE)).orElse(null),
                clock.instant());
    }

    /** 04/03/2012, 4/3/2012, 2012-03-04 (what Excel and the school software write). */
    static LocalDate date(String texte) {
        if (texte == null || texte.isBlank()) {
            throw new InvalidValueException("La date de naissance est vide.");
        }
        for (DateTimeFormatter format : FORMATS_DATE) {
            try {
                return LocalDate.parse(texte.strip(), format);
            } catch (DateTimeParseException essaiSuivant) {
                // next format
            }
        }
        throw new InvalidValueException("La date de naissance « " + texte + " » n'est pas une date au format"
                + " jj/mm/aaaa.");
    }

    /** Strict: 31/02/2012 is refused, not turned into 29/02/2012. */
    private static final List<DateTimeFormatter> FORMATS_DATE = java.util.stream.Stream.of("d/M/uuuu", "uuuu-M-d",
            "d-M-uuuu", "d.M.uuuu").map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT))
            .toList();

    /** The caller's registration period now: the pages are read-only outside it. */
    public PeriodeInscription periode() {
        Account compte = currentUser.require();
        Etablissement college = compte.getEtablissement();
        var campagne = campagnes.findCourante(compte.scope().academieCode());
        if (campagne.isEmpty() || college == null) {
            return PeriodeInscription.aucune();
        }
        Campagne c = campagne.get();
        Delais delais = Delais.pour(c, college, inscriptions.findExceptionsDelai(college.getId(), c.getId()));
        java.time.Instant maintenant = clock.instant();
        return new PeriodeInscription(delais.isOuvert(maintenant), maintenant.isBefore(c.debutInscriptions()),
                c.debutInscriptions(), delais.finEffective(), delais.finEffective().isAfter(c.finInscriptions()),
                delais.isRetraitPossible(maintenant), delais.finRetraits());
    }
}
