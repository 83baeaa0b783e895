package fr.passpro.application.entretien;

import fr.passpro.application.inscription.Acces;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.entretien.Entretien;
import fr.passpro.domain.entretien.Presence;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Avis;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.inscription.Voeu;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.Deroulement;
import fr.passpro.domain.planning.Seance;
import fr.passpro.domain.shared.InvalidValueException;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.infrastructure.fiche.FicheRecapitulative;
import fr.passpro.infrastructure.fiche.FichesRecapitulatives;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.EleveRepository;
import fr.passpro.infrastructure.persistence.EntretienRepository;
import fr.passpro.infrastructure.persistence.InscriptionRepository;
import fr.passpro.infrastructure.persistence.PlanningRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The fiches récapitulatives a collège prints for its pupils' families (issue 6): one pupil, one class or the whole
 * collège, as one PDF, read from the database at the moment of printing. A fiche shows the lycée's compte rendu and
 * avis only once they are all in (the collège never sees a draft); withdrawn inscriptions are left out.
 */
@Stateless
@RolesAllowed(Roles.ORIGINE)
public class FichesService {

    /** A class of the collège and how many of its pupils have a fiche to print. */
    public record ClasseFiches(String classe, int eleves, int retoursRecus) {
    }

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private EleveRepository eleves;

    @Inject
    private InscriptionRepository inscriptions;

    @Inject
    private PlanningRepository planning;

    @Inject
    private EntretienRepository entretiens;

    /**
     * The fiche of one pupil of the caller's collège.
     *
     * @throws fr.passpro.domain.shared.AccessDeniedException for another collège's pupil (audited)
     * @throws InvalidValueException when the pupil has no inscription left (nothing to tell the family)
     */
    public byte[] ficheEleve(long eleveId) {
        Account compte = currentUser.require();
        Acces.collegeDe(compte);
        Eleve eleve = eleves.findVisibleById(compte.scope(), eleveId)
                .orElseThrow(() -> Acces.introuvableOuRefuse(compte, "l'élève", eleveId, eleves.exists(eleveId)));
        List<FicheRecapitulative> fiches = fiches(compte, i -> i.getEleve().getId().equals(eleve.getId()));
        if (fiches.isEmpty()) {
            throw new InvalidValueException(eleve.getNomComplet() + " n'a aucune inscription en cours :"
                    + " il n'y a pas de fiche récapitulative à imprimer.");
        }
        return FichesRecapitulatives.une(fiches.get(0));
    }

    /**
     * The fiches of the pupils of one class of the caller's collège, by name, as one PDF.
     *
     * @throws InvalidValueException when no pupil of this class has an inscription
     */
    public byte[] fichesClasse(String classe) {
        Account compte = currentUser.require();
        Acces.collegeDe(compte);
        String nom = Objects.requireNonNullElse(classe, "").strip();
        List<FicheRecapitulative> fiches = fiches(compte, i -> nom.equalsIgnoreCase(classeDe(i.getEleve())));
        if (fiches.isEmpty()) {
            throw new InvalidValueException("Aucun élève de la classe « " + nom + " » n'a d'inscription en cours :"
                    + " il n'y a pas de fiche récapitulative à imprimer.");
        }
        return FichesRecapitulatives.plusieurs(fiches);
    }

    /**
     * The fiches of every pupil of the caller's collège with an inscription, by class then name, as one PDF.
     *
     * @throws InvalidValueException when no pupil has an inscription
     */
    public byte[] fichesCollege() {
        Account compte = currentUser.require();
        Acces.collegeDe(compte);
        List<FicheRecapitulative> fiches = fiches(compte, i -> true);
        if (fiches.isEmpty()) {
            throw new InvalidValueException("Aucun élève du collège n'a d'inscription en cours :"
                    + " il n'y a pas de fiche récapitulative à imprimer.");
        }
        return FichesRecapitulatives.plusieurs(fiches);
    }

    /** The caller's classes with at least one pupil to print, and how many of those have every return received. */
    public List<ClasseFiches> classes() {
        Account compte = currentUser.require();
        Acces.collegeDe(compte);
        Map<Eleve, List<Inscription>> parEleve = parEleve(inscriptionsEnCours(compte, i -> true));
        Map<String, int[]> parClasse = new TreeMap<>(collator());
        parEleve.forEach((eleve, liste) -> {
            int[] n = parClasse.computeIfAbsent(classeDe(eleve), c -> new int[2]);
            n[0]++;
            if (liste.stream().allMatch(i -> i.getStatut() == StatutInscription.AVIS_RECUS)) {
                n[1]++;
            }
        });
        return parClasse.entrySet().stream().map(e -> new ClasseFiches(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private List<FicheRecapitulative> fiches(Account compte, Predicate<Inscription> filtre) {
        List<Inscription> liste = inscriptionsEnCours(compte, filtre);
        if (liste.isEmpty()) {
            return List.of();
        }
        Campagne campagne = liste.get(0).getCampagne();
        long collegeId = compte.scope().etablissementId().getAsLong();
        Map<Long, Convocation> convocations = planning.findConvocationsDuCollege(collegeId, campagne.getId()).stream()
                .filter(Convocation::isActive)
                .collect(Collectors.toMap(c -> c.getInscription().getId(), Function.identity(), (a, b) -> a));
        Map<Long, Entretien> faits = entretiens.findDuCollege(collegeId, campagne.getId()).stream()
                .collect(Collectors.toMap(e -> e.getInscription().getId(), Function.identity()));
        return parEleve(liste).entrySet().stream()
                .map(e -> fiche(campagne, e.getKey(), e.getValue(), convocations, faits))
                .toList();
    }

    private List<Inscription> inscriptionsEnCours(Account compte, Predicate<Inscription> filtre) {
        return campagnes.findCourante(compte.scope().academieCode())
                .map(c -> inscriptions.findVisible(compte.scope(), c.getId()))
                .orElseThrow(() -> new NotFoundException("Aucune campagne Passpro n'est en cours dans votre académie."))
                .stream()
                .filter(i -> i.getStatut() != StatutInscription.RETIREE)
                .filter(filtre)
                .toList();
    }

    /** The inscriptions grouped by pupil, pupils by class then name, as a collège hands the sheets out. */
    private static Map<Eleve, List<Inscription>> parEleve(List<Inscription> liste) {
        Collator collator = collator();
        Comparator<Eleve> ordre = Comparator.comparing(FichesService::classeDe, collator)
                .thenComparing(Eleve::getNom, collator).thenComparing(Eleve::getPrenom, collator)
                .thenComparing(Eleve::getId);
        return liste.stream().sorted(Comparator.comparing(Inscription::getEleve, ordre)
                        .thenComparing(i -> i.getDomaine().getLibelle(), collator))
                .collect(Collectors.groupingBy(Inscription::getEleve, LinkedHashMap::new, Collectors.toList()));
    }

    private static FicheRecapitulative fiche(Campagne campagne, Eleve eleve, List<Inscription> liste,
                                             Map<Long, Convocation> convocations, Map<Long, Entretien> faits) {
        Etablissement college = eleve.getCollege();
        var referent = liste.get(0).getReferent();
        return new FicheRecapitulative(campagne.getAcademie().getNom(), campagne.getAnneeScolaire(), eleve.getNom(),
                eleve.getPrenom(), eleve.getClasse(), eleve.getDateNaissance(), college.getNom(), college.getCommune(),
                referent == null ? null : referent.getNomComplet(), referent == null ? null : referent.getEmail(),
                liste.stream().map(i -> entretien(i, convocations.get(i.getId()), faits.get(i.getId()))).toList());
    }

    private static FicheRecapitulative.Entretien entretien(Inscription i, Convocation convocation, Entretien fait) {
        Seance seance = fait != null ? fait.getSeance() : convocation != null ? convocation.getSeance() : null;
        boolean complet = fait != null && fait.isRetourComplet();
        boolean individuel = seance == null ? i.getVoeux().stream()
                .anyMatch(v -> v.getFormation().getModalite() == fr.passpro.domain.catalogue.ModaliteEntretien.INDIVIDUEL)
                : seance.isIndividuelle();
        return new FicheRecapitulative.Entretien(i.getDomaine().getLibelle(), i.getLycee().getNom(),
                i.getLycee().getCommune(), seance == null ? null : seance.getDebut(), individuel,
                seance != null && seance.getDeroulement() == Deroulement.DISTANCIEL,
                fait == null ? null : presence(fait.getPresence()),
                i.getVoeux().stream().map(v -> voeu(v, complet)).toList(),
                complet ? fait.getCompteRendu().orElse(null) : null);
    }

    private static FicheRecapitulative.Voeu voeu(Voeu v, boolean retourComplet) {
        return new FicheRecapitulative.Voeu(v.getRang(), v.getFormation().getLibelle(),
                v.getFormation().getEtablissement().getNom(), v.getAvisOrigine().map(Avis::libelle).orElse(null),
                v.getCommentaireOrigine(), retourComplet ? v.getAvisAccueil().map(Avis::libelle).orElse(null) : null,
                v.isAjouteALEntretien());
    }

    private static String presence(Presence presence) {
        return switch (presence) {
            case PRESENT -> "Présent";
            case ABSENT -> "Absent";
            case EXCUSE -> "Excusé";
        };
    }

    private static String classeDe(Eleve eleve) {
        return eleve.getClasse() == null || eleve.getClasse().isBlank() ? "Sans classe" : eleve.getClasse().strip();
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}
