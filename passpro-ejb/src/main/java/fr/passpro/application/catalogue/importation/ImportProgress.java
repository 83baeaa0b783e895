package fr.passpro.application.catalogue.importation;

import fr.passpro.domain.catalogue.importation.CatalogueImport;
import fr.passpro.domain.catalogue.importation.StatutImport;
import java.io.Serializable;
import java.time.Instant;

/**
 * Where a catalogue import stands, as the import page shows it while the job runs and afterwards. Each outcome is
 * counted apart: a reactivated formation is not a modified one, a withdrawn one (« retirée ») is not one kept
 * because a rejected line names it or because pupils ask for it.
 *
 * @param libelleStatut          the status in French (« En cours », « Terminé »…)
 * @param lignesAlertes          lines imported with a warning (restored leading zero, unusual code prefix…)
 * @param formationsRetirees     formations absent from the file, withdrawn from the catalogue (never deleted)
 * @param formationsGardeesRejet formations absent from the imported lines but named by a rejected line: unchanged
 * @param formationsAvecVoeux    formations absent from the file that pupils ask for: kept until the admin decides
 * @param pourcentage            0 to 100: the reading counts for the first 80 %, the update of the catalogue for the
 *                               rest; 100 only for a finished import (a refused or failed one stays where it stopped)
 * @param termine                whether nothing more will happen (the page stops polling)
 */
public record ImportProgress(long id, String nomFichier, StatutImport statut, String libelleStatut, int lignesTotal,
                             int lignesLues, int lignesValides, int lignesRejetees, int lignesAlertes,
                             int formationsCreees, int formationsModifiees, int formationsReactivees,
                             int formationsRetirees, int formationsGardeesRejet, int formationsAvecVoeux,
                             String message, int pourcentage, boolean termine, String demarrePar, Instant demarreLe,
                             Instant termineLe)
        implements Serializable {

    private static final int PART_LECTURE = 80;

    /** The progress of an import as stored now. */
    public static ImportProgress of(CatalogueImport i) {
        return new ImportProgress(i.getId(), i.getNomFichier(), i.getStatut(), i.getStatut().libelle(),
                i.getLignesTotal(), i.getLignesLues(), i.getLignesValides(), i.getLignesRejetees(),
                i.getLignesAlertes(), i.getFormationsCreees(), i.getFormationsModifiees(), i.getFormationsReactivees(),
                i.getFormationsRetirees(), i.getFormationsGardeesRejet(), i.getFormationsAvecVoeux(), i.getMessage(),
                pourcentage(i), i.getStatut().isFinal(), i.getDemarrePar(), i.getDemarreLe(), i.getTermineLe());
    }

    private static int pourcentage(CatalogueImport i) {
        if (i.getStatut() == StatutImport.TERMINE) {
            return 100;
        }
        if (i.getStatut() == StatutImport.EN_ATTENTE || i.getLignesTotal() == 0) {
            return 0;
        }
        int lues = Math.min(i.getLignesLues(), i.getLignesTotal());
        int lecture = (int) (PART_LECTURE * (long) lues / i.getLignesTotal());
        if (lues < i.getLignesTotal() || i.getLignesValides() == 0) {
            return lecture;
        }
        int appliquees = Math.min(i.getFormationsCreees() + i.getFormationsModifiees() + i.getFormationsReactivees(),
                i.getLignesValides());
        return Math.min(99, PART_LECTURE + (int) ((100 - PART_LECTURE) * (long) appliquees / i.getLignesValides()));
    }

    /** Whether the reject report has something to show (errors or warnings). */
    public boolean avecRejets() {
        return lignesRejetees > 0 || lignesAlertes > 0;
    }

    // JavaBean accessors: Jakarta EL 5 (Jakarta EE 10) does not resolve record components in pages.
    public String getLibelleStatut() {
        return libelleStatut;
    }

    public int getPourcentage() {
        return pourcentage;
    }

    public boolean isTermine() {
        return termine;
    }

    /** Whether the import ended without changing the catalogue (refused) or stopped on a failure. */
    public boolean isEnErreur() {
        return statut == StatutImport.REFUSE || statut == StatutImport.ECHEC;
    }

    /** Whether the import ended and applied the file. */
    public boolean isReussi() {
        return statut == StatutImport.TERMINE;
    }
}
