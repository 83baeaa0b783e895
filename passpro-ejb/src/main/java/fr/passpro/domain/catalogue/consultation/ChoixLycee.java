package fr.passpro.domain.catalogue.consultation;

import java.io.Serializable;

/** A lycée offered in the catalogue's filter menu. */
public record ChoixLycee(Long id, String nom, String commune, String uai) implements Serializable {

    /** « Lycée professionnel Jean Lurçat (Saint-Maur-des-Fossés) » */
    public String libelle() {
        return nom + " (" + commune + ")";
    }

    // JavaBean accessors: Jakarta EL 5 (Jakarta EE 10) does not resolve record components in pages.
    public Long getId() {
        return id;
    }

    public String getNom() {
        return nom;
    }

    public String getCommune() {
        return commune;
    }

    public String getUai() {
        return uai;
    }
}
