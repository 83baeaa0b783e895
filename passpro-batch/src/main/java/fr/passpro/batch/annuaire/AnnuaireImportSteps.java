package fr.passpro.batch.annuaire;

import static java.util.logging.Level.INFO;

import fr.passpro.batch.annuaire.LigneIgnoree.Raison;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.catalogue.importation.Rejet;
import fr.passpro.domain.catalogue.importation.StatutImport;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.etablissement.annuaire.AnnuaireImport;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.AnnuaireImportRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What the steps of the directory import do to the database. Every method joins the caller's transaction (the
 * chunk's, so that établissements, counts and report commit with the checkpoint) or opens one (listeners, batchlet).
 */
@Stateless
public class AnnuaireImportSteps {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final Logger logger = Logger.getLogger(AnnuaireImportSteps.class.getName());

    @Inject
    private AnnuaireImportRepository imports;

    @Inject
    private AcademieRepository academies;

    @Inject
    private Clock clock;

    /** What a line is checked against: the import's académie, its départements and the day of the import. */
    public record Contexte(String academie, Set<String> departements, LocalDate aujourdhui) {

        AnnuaireRowMapper mapper() {
            return new AnnuaireRowMapper(academie, departements, aujourdhui);
        }
    }

    public void demarrer(long importId, long executionId) {
        imports.get(importId).demarrer(executionId);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reprendre(long importId) {
        imports.get(importId).reprendre();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void repriseImpossible(long importId, String cause) {
        AnnuaireImport i = imports.get(importId);
        if (i.getStatut() == StatutImport.EN_ATTENTE) {
            i.demarrer(i.getJobExecutionId());
            i.echouer(cause, clock.instant());
        }
    }

    public byte[] contenuGzip(long importId) {
        return imports.get(importId).getContenuGzip();
    }

    /** The day of the import is the day it was started (Paris): a restart the next day closes on the same date. */
    public Contexte contexte(long importId) {
        AnnuaireImport i = imports.get(importId);
        String academie = i.getAcademie().getCode();
        return new Contexte(academie, academies.findDepartements(academie).stream().map(Departement::getCode)
                .collect(Collectors.toSet()), LocalDate.ofInstant(i.getDemarreLe(), PARIS));
    }

    public void definirLignesTotal(long importId, int total) {
        imports.get(importId).definirLignesTotal(total);
    }

    /** A rejected line: its problems in the report, counted once (in the chunk's transaction). */
    public void rejeter(long importId, List<Rejet> rejets) {
        imports.addRejets(importId, rejets);
        imports.get(importId).compterRejet();
    }

    /** What one chunk of the step changed. */
    public record Paquet(int crees, int modifies, int fermes) {
    }

    /**
     * Applies a chunk: établissements created, updated, closed or reopened, matched by UAI; counts added to the import.
     * An unchanged établissement is not written (its version stays): importing a file twice changes nothing.
     *
     * @param echecSimuleLigne tests only: a line at which to fail (null for none)
     */
    public Paquet appliquer(long importId, List<?> items, Integer echecSimuleLigne) {
        List<LigneAnnuaire> lignes = items.stream().filter(LigneAnnuaire.class::isInstance)
                .map(LigneAnnuaire.class::cast).toList();
        Map<String, Etablissement> connus = imports.findEtablissements(lignes.stream().map(LigneAnnuaire::uai)
                .collect(Collectors.toSet()));
        Map<String, Departement> departements = academies.findDepartements(imports.get(importId).getAcademie().getCode())
                .stream().collect(Collectors.toMap(Departement::getCode, Function.identity()));
        int crees = 0;
        int modifies = 0;
        int fermes = 0;
        for (LigneAnnuaire ligne : lignes) {
            Etablissement e = connus.get(ligne.uai());
            if (ligne.ferme()) {
                if (e != null && e.fermer(ligne.fermeture())) {
                    fermes++;
                    logger.log(INFO, "Annuaire : établissement {0} fermé", e);
                }
            } else if (e == null) {
                Etablissement nouveau = new Etablissement(Uai.of(ligne.uai()), ligne.nom(), ligne.nature(),
                        ligne.secteur(), ligne.commune(), departements.get(ligne.departement()), ligne.mail());
                imports.saveEtablissement(nouveau);
                connus.put(ligne.uai(), nouveau);
                crees++;
            } else {
                Nature nature = ligne.natureIncertaine() && e.isAccueil() ? e.getNature() : ligne.nature();
                boolean change = e.actualiser(ligne.nom(), nature, ligne.secteur(), ligne.commune(),
                        departements.get(ligne.departement()), ligne.mail());
                if (!e.isOuvert()) {
                    e.rouvrir();
                    change = true;
                }
                if (change) {
                    modifies++;
                }
            }
            if (echecSimuleLigne != null && echecSimuleLigne == ligne.ligne()) {
                throw new IllegalStateException("Échec simulé à la ligne " + ligne.ligne() + " (test de reprise).");
            }
        }
        int horsAcademie = (int) items.stream().filter(i -> i instanceof LigneIgnoree l && l.raison() == Raison.HORS_ACADEMIE).count();
        int nonGerees = (int) items.stream().filter(i -> i instanceof LigneIgnoree l && l.raison() == Raison.NON_GEREE).count();
        imports.get(importId).compterPaquet(lignes.size(), horsAcademie, nonGerees, crees, modifies, fermes);
        return new Paquet(crees, modifies, fermes);
    }

    /** The whole file was read: the import is TERMINE. Nothing happens to an import already over. */
    public void terminer(long importId) {
        AnnuaireImport i = imports.get(importId);
        if (i.getStatut() == StatutImport.EN_COURS) {
            i.terminer(clock.instant());
            logger.log(INFO, "Import de l''annuaire {0} terminé : {1}", new Object[] {importId, i.getMessage()});
        }
    }

    public void echouer(long importId, String message) {
        AnnuaireImport i = imports.get(importId);
        if (!i.getStatut().isFinal()) {
            i.echouer(message, clock.instant());
        }
    }

    public void refuser(long importId, String message) {
        AnnuaireImport i = imports.get(importId);
        if (!i.getStatut().isFinal()) {
            i.refuser(message, clock.instant());
        }
    }

    /** The file is not the directory's: REFUSE, committed at once whatever happens to the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refuserSansAttendre(long importId, String message) {
        refuser(importId, message);
    }

    public StatutImport statut(long importId) {
        return imports.get(importId).getStatut();
    }

    public String message(long importId) {
        return imports.get(importId).getMessage();
    }

    public List<Rejet> rejets(long importId) {
        return imports.findRejets(importId);
    }
}
