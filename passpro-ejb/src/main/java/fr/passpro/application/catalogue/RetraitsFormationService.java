package fr.passpro.application.catalogue;

import static java.util.logging.Level.INFO;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.courrier.Courriers;
import fr.passpro.application.planning.DocumentsConvocation;
import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.importation.RetraitFormation;
import fr.passpro.domain.compte.Account;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.courrier.Courrier;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.NotFoundException;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The académie admin's decision on the formations that an imported catalogue no longer lists but that pupils ask
 * for: the import kept them; the admin confirms their withdrawal or keeps them. Confirming withdraws the formation
 * (never deletes it), marks its vœux « formation retirée du catalogue » and tells by mail each collège concerned and
 * the lycée; both decisions are written to the audit journal. Everything is scoped to the admin's académie.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class RetraitsFormationService {

    /** Audit action: the admin confirmed the withdrawal of a formation holding vœux. */
    public static final String AUDIT_RETRAIT_CONFIRME = "FORMATION_RETIREE";
    /** Audit action: the admin kept in the catalogue a formation the imported file no longer lists. */
    public static final String AUDIT_RETRAIT_REFUSE = "FORMATION_MAINTENUE";
    static final String OBJET_FORMATION = "formation";

    private static final Logger logger = Logger.getLogger(RetraitsFormationService.class.getName());

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CatalogueImportRepository imports;

    @Inject
    private Courriers courriers;

    @Inject
    private JournalAudit journal;

    @Inject
    private Clock clock;

    /** The decisions awaited in the caller's académie, by lycée then formation. */
    public List<RetraitEnAttente> enAttente() {
        return imports.findRetraitsEnAttenteAcademie(currentUser.scope().academieCode()).stream()
                .map(RetraitEnAttente::of).toList();
    }

    /**
     * Withdraws the formation from the catalogue: its vœux are kept and marked, the collèges and the lycée told.
     *
     * @return how many vœux were marked
     * @throws NotFoundException     when no such decision exists
     * @throws AccessDeniedException for a decision of another académie (audited)
     * @throws fr.passpro.domain.shared.InvalidValueException when already decided
     */
    public int confirmer(long retraitId) {
        Account admin = currentUser.require();
        RetraitFormation retrait = visible(admin, retraitId);
        Instant maintenant = clock.instant();
        retrait.confirmer(admin.getLogin(), maintenant);
        Formation formation = retrait.getFormation();
        List<Inscription> concernees = imports.findInscriptionsDemandant(formation.getId());
        int marques = 0;
        for (Inscription inscription : concernees) {
            if (inscription.marquerFormationRetiree(formation, admin, maintenant)) {
                marques++;
            }
        }
        informer(formation, concernees, maintenant);
        journal.enregistrerAvecLaModification(admin.getLogin(), AUDIT_RETRAIT_CONFIRME, OBJET_FORMATION,
                String.valueOf(formation.getId()), "Formation " + formation.getCode() + " du lycée "
                        + formation.getEtablissement().getUai() + " retirée du catalogue (import n° "
                        + retrait.getCatalogueImport().getId() + ") : " + concernees.size() + " inscription(s), "
                        + marques + " vœu(x) marqué(s) « formation retirée du catalogue »");
        logger.log(INFO, "Formation {0} retirée du catalogue par {1} : {2} vœu(x) marqué(s)",
                new Object[] {formation.getId(), admin.getLogin(), marques});
        return marques;
    }

    /**
     * Keeps the formation in the catalogue; nothing else changes.
     *
     * @throws NotFoundException     when no such decision exists
     * @throws AccessDeniedException for a decision of another académie (audited)
     * @throws fr.passpro.domain.shared.InvalidValueException when already decided
     */
    public void maintenir(long retraitId) {
        Account admin = currentUser.require();
        RetraitFormation retrait = visible(admin, retraitId);
        retrait.maintenir(admin.getLogin(), clock.instant());
        Formation formation = retrait.getFormation();
        journal.enregistrerAvecLaModification(admin.getLogin(), AUDIT_RETRAIT_REFUSE, OBJET_FORMATION,
                String.valueOf(formation.getId()), "Formation " + formation.getCode() + " du lycée "
                        + formation.getEtablissement().getUai() + " maintenue au catalogue bien qu'absente du fichier"
                        + " (import n° " + retrait.getCatalogueImport().getId() + ", " + retrait.getInscriptions()
                        + " inscription(s))");
    }

    private RetraitFormation visible(Account admin, long retraitId) {
        String academie = currentUser.scope().academieCode();
        return imports.findRetrait(retraitId, academie).orElseThrow(() -> {
            if (!imports.retraitExists(retraitId)) {
                return new NotFoundException("Cette décision de retrait n'existe pas ou plus : rechargez la page.");
            }
            journal.enregistrer(admin.getLogin(), AuditEvent.ACCES_REFUSE, "retrait_formation",
                    String.valueOf(retraitId), "Décision de retrait d'une formation d'une autre académie (périmètre "
                            + academie + ")");
            return new AccessDeniedException("Cette formation n'appartient pas au catalogue de votre académie.");
        });
    }

    /** One mail per collège (its mailbox and the référents), one to the lycée (and its accueil-référent). */
    private void informer(Formation formation, List<Inscription> concernees, Instant maintenant) {
        if (concernees.isEmpty()) {
            return;
        }
        Map<Etablissement, List<Inscription>> parCollege = new LinkedHashMap<>();
        concernees.forEach(i -> parCollege.computeIfAbsent(i.getEleve().getCollege(), c -> new ArrayList<>()).add(i));
        String quoi = "« " + formation.getLibelle() + " » (" + formation.getDiplome().libelle() + ", code "
                + formation.getCode() + ") du lycée " + formation.getEtablissement().getNom() + " ("
                + formation.getEtablissement().getCommune() + ")";
        String objet = "Passpro : formation retirée du catalogue – " + formation.getLibelle();
        for (Map.Entry<Etablissement, List<Inscription>> college : parCollege.entrySet()) {
            Set<String> destinataires = new LinkedHashSet<>();
            destinataires.add(DocumentsConvocation.boite(college.getKey()));
            college.getValue().forEach(i -> destinataires.add(i.getReferent().getEmail()));
            StringBuilder t = new StringBuilder("Bonjour,\n\nL'académie a retiré du catalogue Passpro la formation ")
                    .append(quoi).append(".\n\nLes vœux de vos élèves pour cette formation sont gardés et marqués "
                            + "« formation retirée du catalogue » dans Passpro :\n");
            college.getValue().forEach(i -> t.append("- ").append(i.getEleve().getNomComplet()).append(", domaine « ")
                    .append(i.getDomaine().getLibelle()).append(" »\n"));
            t.append("\nAvec chaque élève, vous pouvez choisir une autre formation du domaine dans son inscription."
                    + "\n\nCe message est envoyé automatiquement par Passpro.\n");
            courriers.deposer(Courrier.nouveau(List.copyOf(destinataires), objet, t.toString(), null, maintenant)
                    .concerneEleves(college.getValue().stream().map(i -> i.getEleve().getId()).toList()));
        }
        Set<String> lycees = new LinkedHashSet<>();
        lycees.add(DocumentsConvocation.boite(formation.getEtablissement()));
        concernees.forEach(i -> lycees.add(DocumentsConvocation.boite(i.getLycee())));
        StringBuilder t = new StringBuilder("Bonjour,\n\nL'académie a retiré du catalogue Passpro la formation ")
                .append(quoi).append(".\n\n").append(concernees.size()).append(" inscription(s) la demandaient ; leurs "
                        + "vœux sont gardés et marqués « formation retirée du catalogue » :\n");
        concernees.forEach(i -> t.append("- ").append(i.getEleve().getNomComplet()).append(" (")
                .append(i.getEleve().getCollege().getNom()).append(")\n"));
        t.append("\nLes collèges concernés sont prévenus.\n\nCe message est envoyé automatiquement par Passpro.\n");
        courriers.deposer(Courrier.nouveau(List.copyOf(lycees), objet, t.toString(), null, maintenant)
                .concerneEleves(concernees.stream().map(i -> i.getEleve().getId()).toList()));
    }
}
