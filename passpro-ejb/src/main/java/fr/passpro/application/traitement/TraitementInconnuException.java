package fr.passpro.application.traitement;

import fr.passpro.domain.shared.NotFoundException;

/** Passpro has no job of this name. */
public class TraitementInconnuException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public TraitementInconnuException(String nom) {
        super("Passpro n'a pas de traitement nommé « " + nom + " ».");
    }
}
