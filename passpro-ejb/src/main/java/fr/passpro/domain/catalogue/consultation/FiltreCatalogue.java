package fr.passpro.domain.catalogue.consultation;

import java.io.Serializable;
import java.text.Normalizer;

import fr.passpro.domain.catalogue.Diplome;

/**
 * What a person looks for in the catalogue; every criterion is optional (null: no restriction).
 * Texts are normalised once here (NFC, trimmed, blank means none), so that a « é » typed as e + accent
 * matches the stored « é » and the database's accent-insensitive collation does the rest.
 *
 * @param domaineId       a {@link fr.passpro.domain.catalogue.Domaine} id
 * @param departementCode the département of the lycée (e.g. "094")
 * @param ville           the commune of the lycée, exact or its beginning
 * @param etablissementId the lycée that offers the formation
 * @param activesSeulement whether the formations taken out of the catalogue are hidden (the default)
 * @param texte           words searched in the libellé, the CFD, the lycée's name and commune, the domaine
 */
public record FiltreCatalogue(Long domaineId, String departementCode, String ville, Long etablissementId,
                              Diplome diplome, boolean activesSeulement, String texte) implements Serializable {

    public FiltreCatalogue {
        departementCode = normalise(departementCode);
        ville = normalise(ville);
        texte = normalise(texte);
    }

    /** No criterion: the active formations of the catalogue. */
    public static FiltreCatalogue tout() {
        return new FiltreCatalogue(null, null, null, null, null, true, null);
    }

    /** NFC, surrounding spaces removed, inner runs of spaces collapsed; null when nothing is left. */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    // JavaBean accessors: Jakarta EL 5 (Jakarta EE 10) does not resolve record components in pages.
    public Long getDomaineId() {
        return domaineId;
    }

    public String getDepartementCode() {
        return departementCode;
    }

    public String getVille() {
        return ville;
    }

    public Long getEtablissementId() {
        return etablissementId;
    }

    public Diplome getDiplome() {
        return diplome;
    }

    public boolean isActivesSeulement() {
        return activesSeulement;
    }

    public String getTexte() {
        return texte;
    }
}
