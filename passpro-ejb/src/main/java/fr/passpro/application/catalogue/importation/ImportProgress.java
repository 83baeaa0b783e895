package fr.passpro.application.catalogue.importation;

import fr.passpro.domain.catalogue.importation.CatalogueImport;
import fr.passpro.domain.catalogue.importation.StatutImport;
import java.io.Serializable;
import java.time.Instant;

/**
 * Where a catalogue import stands, as the import page shows it while the job runs and afterwards.
 *
 * @param libelleStatut the status in French (« En cours », « Terminé »…)
 * @param pourcentage   0 to 100: the reading counts for the first 80 %, the update of the catalogue for the rest
 * @param termine       whether nothing more will happen (the page stops polling)
 */
public record ImportProgress(long id, String nomFichier, StatutImport statut, String libelleStatut, int lignesTotal,
                             int lignesLues, int lignesValides, int lignesRejetees, int formationsCreees,
                             int formationsModifiees, int formationsDesactivees, String message, int pourcentage,
                             boolean termine, String demarrePar, Instant demarreLe, Instant termineLe)
        implements Serializable {

    private static final int PART_LECTURE = 80;

    /** The progress of an import as stored now. */
    public static ImportProgress of(CatalogueImport i) {
        return new ImportProgress(i.getId(), i.getNomFichier(), i.getStatut(), i.getStatut().libelle(),
                i.getLignesTotal(), i.getLignesLues(), i.getLignesValides(), i.getLignesRejetees(),
                i.getFormationsCreees(), i.getFormationsModifiees(), i.getFormationsDesactivees(), i.getMessage(),
                pourcentage(i), i.getStatut().isFinal(), i.getDemarrePar(), i.getDemarreLe(), i.getTermineLe());
    }

    private static int pourcentage(CatalogueImport i) {
        if (i.getStatut().isFinal()) {
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
        int appliquees = Math.min(i.getFormationsCreees() + i.getFormationsModifiees(), i.getLignesValides());
        return Math.min(99, PART_LECTURE + (int) ((100 - PART_LECTURE) * (long) appliquees / i.getLignesValides()));
    }

    /** Whether the reject report has something to show (errors or warnings). */
    public boolean avecRejets() {
        return lignesRejetees > 0;
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
}
