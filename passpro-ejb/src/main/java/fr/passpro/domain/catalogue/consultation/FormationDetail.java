package fr.passpro.domain.catalogue.consultation;

import java.io.Serializable;
import java.util.Objects;

import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.etablissement.Etablissement;

/**
 * Everything about one formation of the catalogue: what the table shows, the lycée accueil-référent that holds
 * the interviews, and the observations of the académie.
 */
public record FormationDetail(FormationVue formation, Long accueilId, String accueilNom, String accueilUai,
                              String accueilCommune, String accueilMail, String observations,
                              String campagneAnnee, String academieCampagneNom) implements Serializable {

    public FormationDetail {
        Objects.requireNonNull(formation, "La formation est obligatoire.");
    }

    /** The detail of one loaded formation. */
    public static FormationDetail of(Formation f) {
        Etablissement accueil = f.getAccueilReferent();
        return new FormationDetail(FormationVue.of(f), accueil.getId(), accueil.getNom(), accueil.getUai().code(),
                accueil.getCommune(), accueil.getMailFonctionnel(), f.getObservations(),
                f.getCampagne().getAnneeScolaire(), f.getCampagne().getAcademie().getNom());
    }

    /** Whether the interviews are held by another lycée than the one that offers the formation. */
    public boolean accueilDistinct() {
        return !accueilId.equals(formation.lyceeId());
    }

    // JavaBean accessors: Jakarta EL 5 (Jakarta EE 10) does not resolve record components in pages.
    public FormationVue getFormation() {
        return formation;
    }

    public Long getAccueilId() {
        return accueilId;
    }

    public String getAccueilNom() {
        return accueilNom;
    }

    public String getAccueilUai() {
        return accueilUai;
    }

    public String getAccueilCommune() {
        return accueilCommune;
    }

    public String getAccueilMail() {
        return accueilMail;
    }

    public String getCampagneAnnee() {
        return campagneAnnee;
    }

    public String getAcademieCampagneNom() {
        return academieCampagneNom;
    }
}
