package fr.passpro.domain.catalogue.consultation;

import java.io.Serializable;

import fr.passpro.domain.catalogue.Diplome;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.etablissement.Etablissement;

/**
 * One line of the catalogue as the table and the export show it, built by the query itself (no entity is loaded).
 *
 * @param academieCampagne       the académie whose campagne the catalogue belongs to (the reader's)
 * @param urlFormulaireAcademie  the pre-registration form of the lycée's académie, if it publishes one
 */
public record FormationVue(Long id, String cfd, String libelle, Diplome diplome, String familleMetiers,
                           Long domaineId, String domaine,
                           Long lyceeId, String lycee, String lyceeUai, String commune,
                           String departementCode, String departementNom,
                           String academieCode, String academieNom, String urlFormulaireAcademie,
                           String academieCampagne, ModaliteEntretien modalite, boolean active) implements Serializable {

    /** The line of one loaded formation (the query builds the others without loading entities). */
    public static FormationVue of(Formation f) {
        Etablissement e = f.getEtablissement();
        return new FormationVue(f.getId(), f.getCode().code(), f.getLibelle(), f.getDiplome(), f.getFamilleMetiers(),
                f.getDomaine().getId(), f.getDomaine().getLibelle(), e.getId(), e.getNom(), e.getUai().code(),
                e.getCommune(), e.getDepartement().getCode(), e.getDepartement().getNom(), e.getAcademie().getCode(),
                e.getAcademie().getNom(), e.getAcademie().getUrlFormulairePreinscription(),
                f.getCampagne().getAcademie().getCode(), f.getModalite(), f.isActive());
    }

    /**
     * The address where pupils of the reader's académie are pre-registered, when the lycée is in another académie
     * that publishes a form (Paris, Versailles); null otherwise.
     */
    public String urlPreinscriptionExterne() {
        return academieCode.equals(academieCampagne) ? null : urlFormulaireAcademie;
    }

    /** Whether the lycée lies in another académie than the catalogue's. */
    public boolean autreAcademie() {
        return !academieCode.equals(academieCampagne);
    }

    public String diplomeLibelle() {
        return diplome.libelle();
    }

    public String modaliteLibelle() {
        return modalite.libelle();
    }

    // JavaBean accessors: Jakarta EL 5 (Jakarta EE 10) does not resolve record components in pages.
    public String getCfd() {
        return cfd;
    }

    public Long getDomaineId() {
        return domaineId;
    }

    public Long getLyceeId() {
        return lyceeId;
    }

    public String getLycee() {
        return lycee;
    }

    public String getLyceeUai() {
        return lyceeUai;
    }

    public String getDepartementCode() {
        return departementCode;
    }

    public String getDepartementNom() {
        return departementNom;
    }

    public String getAcademieCode() {
        return academieCode;
    }

    public String getAcademieNom() {
        return academieNom;
    }

    public String getUrlFormulaireAcademie() {
        return urlFormulaireAcademie;
    }

    public String getAcademieCampagne() {
        return academieCampagne;
    }
}
