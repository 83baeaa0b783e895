package fr.passpro.batch.catalogue;

import java.time.Clock;
import static java.util.logging.Level.INFO;

import fr.passpro.application.catalogue.CatalogueRowValidator;
import fr.passpro.domain.academie.Academie;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.CodeFormation;
import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.catalogue.importation.CatalogueImport;
import fr.passpro.domain.catalogue.importation.LigneCatalogue;
import fr.passpro.domain.catalogue.importation.RetraitFormation;
import fr.passpro.domain.catalogue.importation.StatutImport;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Nature;
import fr.passpro.domain.etablissement.Secteur;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.infrastructure.persistence.AcademieRepository;
import fr.passpro.infrastructure.persistence.CatalogueImportRepository;
import fr.passpro.infrastructure.persistence.EtablissementRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.logging.Logger;

/**
 * What the steps of the import job do to the database. Every method joins the caller's transaction (the chunk's,
 * so that it commits with the checkpoint) or opens one (listeners, decider, batchlet).
 */
@Stateless
public class CatalogueImportSteps {

    private static final Logger logger = Logger.getLogger(CatalogueImportSteps.class.getName());

    @Inject
    private CatalogueImportRepository imports;

    @Inject
    private AcademieRepository academies;

    @Inject
    private EtablissementRepository etablissements;

    @Inject
    private Clock clock;

    /** The job (re)starts: the import is EN_COURS with this execution. */
    public void demarrer(long importId, long executionId) {
        imports.get(importId).demarrer(executionId);
    }

    /** A restart was asked for: committed at once, before the job runs again (see {@link CatalogueImport#reprendre()}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reprendre(long importId) {
        imports.get(importId).reprendre();
    }

    /** The restart could not be submitted: the import is a failure again, with the reason. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void repriseImpossible(long importId, String cause) {
        CatalogueImport i = imports.get(importId);
        if (i.getStatut() == StatutImport.EN_ATTENTE) {
            i.demarrer(i.getJobExecutionId());
            i.echouer(cause, clock.instant());
        }
    }

    public byte[] contenu(long importId) {
        return imports.get(importId).getContenu();
    }

    public String nomFichier(long importId) {
        return imports.get(importId).getNomFichier();
    }

    /** The row validator for the académie of the import's campagne. */
    public CatalogueRowValidator validateur(long importId) {
        Academie academie = imports.get(importId).getCampagne().getAcademie();
        return CatalogueRowValidator.pourAcademie(academie, academies.findDepartements(academie.getCode()));
    }

    public void definirLignesTotal(long importId, int total) {
        imports.get(importId).definirLignesTotal(total);
    }

    /** Counts again the lines read, valid and rejected from the staging table and the report: always consistent. */
    public void recompter(long importId) {
        int valides = (int) imports.countLignes(importId);
        int rejetees = (int) imports.countLignesRejetees(importId);
        int alertes = (int) Math.min(valides, imports.countLignesAvecAlerte(importId));
        imports.get(importId).enregistrerLecture(valides + rejetees, valides, rejetees, alertes);
    }

    /**
     * Refuses the import when too many lines were rejected.
     *
     * @return whether it was refused
     */
    public boolean refuserSiSeuilDepasse(long importId) {
        recompter(importId);
        CatalogueImport i = imports.get(importId);
        if (!i.depasseSeuilDeRejet()) {
            return false;
        }
        String motif;
        if (i.getLignesLues() == 0) {
            motif = "Le fichier ne contient aucune ligne de formation : aucune formation n'a été modifiée.";
        } else if (i.getLignesValides() == 0) {
            motif = "Aucune ligne valide sur " + i.getLignesLues() + " : aucune formation n'a été modifiée. "
                    + "Corrigez les lignes signalées dans le rapport puis relancez l'import.";
        } else {
            motif = i.getLignesRejetees() + " ligne" + (i.getLignesRejetees() > 1 ? "s" : "") + " rejetée"
                    + (i.getLignesRejetees() > 1 ? "s" : "") + " sur " + i.getLignesLues() + " ("
                    + part(i.getLignesRejetees(), i.getLignesLues(), i.getSeuilRejetPourcent()) + " %), au-delà du seuil de "
                    + i.getSeuilRejetPourcent() + " % : aucune formation n'a été modifiée. "
                    + "Corrigez les lignes signalées dans le rapport puis relancez l'import.";
        }
        i.refuser(motif, clock.instant());
        imports.deleteLignes(importId);
        logger.log(INFO, "Import du catalogue {0} refusé : {1}", new Object[] {importId, motif});
        return true;
    }

    /** 23 of 150 → "15"; a share that would round to the threshold itself keeps one decimal ("10,4"). */
    static String part(int rejetees, int lues, int seuil) {
        BigDecimal pourcent = BigDecimal.valueOf(rejetees * 100L).divide(BigDecimal.valueOf(lues), 1, RoundingMode.HALF_UP);
        BigDecimal arrondi = pourcent.setScale(0, RoundingMode.HALF_UP);
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        if (arrondi.intValue() == seuil && pourcent.compareTo(arrondi) != 0) {
            format.setMaximumFractionDigits(1);
            return format.format(pourcent);
        }
        return format.format(arrondi);
    }

    /** What one chunk of the applying step changed. */
    public record Application(int creees, int modifiees, int reactivees) {
    }

    /**
     * Applies staging lines to the catalogue: domaines, établissements and formations, created or updated.
     *
     * @param echecSimuleLigne tests only: a line at which to fail (null for none)
     */
    public Application appliquer(long importId, List<LigneCatalogue> lignes, Integer echecSimuleLigne) {
        CatalogueImport catalogueImport = imports.get(importId);
        Campagne campagne = catalogueImport.getCampagne();
        Map<String, Domaine> domaines = new HashMap<>();
        Map<String, Etablissement> lycees = new HashMap<>();
        Map<String, Formation> existantes = new HashMap<>();
        for (Formation f : imports.findFormations(campagne.getId(),
                lignes.stream().map(LigneCatalogue::getCodeFormation).collect(Collectors.toSet()))) {
            existantes.put(cle(f.getCode().code(), f.getEtablissement().getUai().code()), f);
        }
        int creees = 0;
        int modifiees = 0;
        int reactivees = 0;
        for (LigneCatalogue ligne : lignes) {
            Domaine domaine = domaines.computeIfAbsent(Domaine.checkLibelle(ligne.getDomaine()),
                    libelle -> imports.findDomaine(libelle).orElseGet(() -> imports.saveDomaine(Domaine.nomme(libelle))));
            Etablissement etablissement = lycees.computeIfAbsent(ligne.getUaiEtablissement(),
                    uai -> etablissements.findByUai(Uai.of(uai)).orElseGet(() -> creerEtablissement(ligne)));
            Etablissement accueil = lycees.computeIfAbsent(ligne.getUaiAccueilReferent(),
                    uai -> accueilReferent(importId, ligne));
            Diplome diplome = Diplome.valueOf(ligne.getDiplome());
            ModaliteEntretien modalite = ModaliteEntretien.valueOf(ligne.getModaliteEntretien());
            Formation formation = existantes.get(cle(ligne.getCodeFormation(), ligne.getUaiEtablissement()));
            if (formation == null) {
                imports.saveFormation(new Formation(campagne, CodeFormation.of(ligne.getCodeFormation()),
                        ligne.getLibelleFormation(), diplome, ligne.getFamilleMetiers(), domaine, etablissement, accueil,
                        modalite, ligne.getObservations()));
                creees++;
            } else {
                boolean change = formation.mettreAJour(ligne.getLibelleFormation(), diplome, ligne.getFamilleMetiers(),
                        domaine, accueil, modalite, ligne.getObservations());
                if (formation.activer()) {
                    reactivees++;
                } else if (change) {
                    modifiees++;
                }
            }
            if (echecSimuleLigne != null && echecSimuleLigne == ligne.getLigne()) {
                throw new IllegalStateException("Échec simulé à la ligne " + ligne.getLigne() + " (test de reprise).");
            }
        }
        catalogueImport.compterApplication(creees, modifiees, reactivees);
        return new Application(creees, modifiees, reactivees);
    }

    private static String cle(String codeFormation, String uaiEtablissement) {
        return codeFormation + "|" + uaiEtablissement;
    }

    private Etablissement creerEtablissement(LigneCatalogue ligne) {
        Etablissement lycee = new Etablissement(Uai.of(ligne.getUaiEtablissement()), ligne.getEtablissement(),
                Nature.LYCEE_PROFESSIONNEL, Secteur.PUBLIC, ligne.getVille(),
                academies.getDepartement(ligne.getDepartement()));
        logger.log(INFO, "Import du catalogue : établissement {0} créé", lycee);
        return etablissements.save(lycee);
    }

    /** The accueil-référent: known, or created from the first line of the file where it offers a formation. */
    private Etablissement accueilReferent(long importId, LigneCatalogue ligne) {
        Uai uai = Uai.of(ligne.getUaiAccueilReferent());
        return etablissements.findByUai(uai).orElseGet(() -> creerEtablissement(
                imports.findFirstLigneOfEtablissement(importId, uai.code()).orElseThrow(() -> new IllegalStateException(
                        "L'établissement accueil-référent " + uai + " de la ligne " + ligne.getLigne()
                                + " n'est ni connu de Passpro ni importé par ce fichier."))));
    }

    /** What the withdrawal step did with the active formations that the imported lines do not list. */
    public record Retraits(int retirees, int gardeesRejet, int avecVoeux) {
    }

    /**
     * Takes out of the catalogue the active formations of the campagne that the file no longer lists, except those
     * that a rejected line names (kept as they are) and those that pupils ask for (kept until the admin decides: one
     * {@link RetraitFormation} awaits each). A decision awaited since an earlier import is kept, its count of
     * inscriptions brought up to date, or becomes without object when the formation is listed again.
     */
    public Retraits retirerAbsentes(long importId) {
        CatalogueImport catalogueImport = imports.get(importId);
        long campagneId = catalogueImport.getCampagne().getId();
        Map<Long, RetraitFormation> enAttente = new HashMap<>();
        imports.findRetraitsEnAttente(campagneId).forEach(r -> enAttente.put(r.getFormation().getId(), r));
        int retirees = 0;
        int gardeesRejet = 0;
        int avecVoeux = 0;
        for (CatalogueImportRepository.FormationAbsente absente : imports.findAbsentes(campagneId, importId)) {
            if (absente.nommeeParUneLigneRejetee()) {
                gardeesRejet++;
            } else if (absente.inscriptions() > 0) {
                avecVoeux++;
                RetraitFormation deja = enAttente.remove(absente.formationId());
                if (deja != null) {
                    deja.actualiser(absente.inscriptions());
                } else {
                    imports.saveRetrait(new RetraitFormation(catalogueImport, imports.getFormation(absente.formationId()),
                            absente.inscriptions()));
                }
            } else {
                imports.getFormation(absente.formationId()).desactiver();
                retirees++;
            }
        }
        enAttente.values().forEach(RetraitFormation::remplacer);
        return new Retraits(retirees, gardeesRejet, avecVoeux);
    }

    /** The job ended well: counts kept, staging lines deleted. Nothing happens to an import already refused. */
    public void terminer(long importId, Retraits retraits) {
        CatalogueImport i = imports.get(importId);
        if (i.getStatut() != StatutImport.EN_COURS) {
            return;
        }
        i.terminer(retraits.retirees(), retraits.gardeesRejet(), retraits.avecVoeux(), clock.instant());
        imports.deleteLignes(importId);
        logger.log(INFO, "Import du catalogue {0} terminé : {1}", new Object[] {importId, i.getMessage()});
    }

    public void echouer(long importId, String message) {
        CatalogueImport i = imports.get(importId);
        if (!i.getStatut().isFinal()) {
            i.echouer(message, clock.instant());
        }
    }

    public void refuser(long importId, String message) {
        CatalogueImport i = imports.get(importId);
        if (!i.getStatut().isFinal()) {
            i.refuser(message, clock.instant());
        }
    }

    public StatutImport statut(long importId) {
        return imports.get(importId).getStatut();
    }
}
