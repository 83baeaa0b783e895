package fr.passpro.domain.inscription;

import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.shared.BusinessException;
import jakarta.ejb.ApplicationException;

/** One interview per domaine: the pupil already has an inscription in this domaine for the campagne. */
@ApplicationException(rollback = true, inherited = true)
public class InscriptionEnDoubleException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Names the existing inscription: pupil, domaine, lycée, and the withdrawal date when it was withdrawn. */
    public InscriptionEnDoubleException(Inscription existante) {
        super(existante.getEleve().getNomComplet() + " a déjà une inscription dans le domaine « "
                + existante.getDomaine().getLibelle() + " » (" + existante.getLycee().getNom() + ")"
                + (existante.isRetiree() ? ", retirée le " + Textes.date(existante.getRetireeLe()) : "")
                + " : un seul entretien par domaine.");
    }

    /** When the existing inscription cannot be read (it was created by a concurrent request). */
    public InscriptionEnDoubleException(Eleve eleve, Domaine domaine) {
        super(eleve.getNomComplet() + " a déjà une inscription dans le domaine « " + domaine.getLibelle()
                + " » : un seul entretien par domaine.");
    }
}
