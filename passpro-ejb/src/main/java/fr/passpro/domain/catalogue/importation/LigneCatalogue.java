package fr.passpro.domain.catalogue.importation;

import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.catalogue.CodeFormation;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.Formation;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Uai;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A validated line of a catalogue file, waiting in the staging table until the whole file has been checked:
 * the catalogue is changed only once the share of rejected lines is known to be acceptable.
 * The values are already normalised (UAI and CFD in upper case, département on 3 digits, diplôme and modalité as
 * enum names), so applying a line needs no more checking than the entities' own.
 */
@Entity
@Table(name = "catalogue_import_ligne")
@IdClass(LigneCatalogue.Key.class)
@NamedQuery(name = LigneCatalogue.FIND_BY_IMPORT,
        query = "SELECT l FROM LigneCatalogue l WHERE l.importId = :importId ORDER BY l.ligne")
@NamedQuery(name = LigneCatalogue.DELETE_BY_IMPORT,
        query = "DELETE FROM LigneCatalogue l WHERE l.importId = :importId")
public class LigneCatalogue implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Parameter {@code importId} (Long): the lines of an import in file order. */
    public static final String FIND_BY_IMPORT = "LigneCatalogue.findByImport";
    /** Parameter {@code importId} (Long): empties the staging area once the import is over. */
    public static final String DELETE_BY_IMPORT = "LigneCatalogue.deleteByImport";

    public static final int DOMAINE_MAX = Domaine.LIBELLE_MAX;
    public static final int DEPARTEMENT_LENGTH = Departement.CODE_LENGTH;
    public static final int VILLE_MAX = Etablissement.COMMUNE_MAX;
    public static final int UAI_LENGTH = Uai.LENGTH;
    public static final int ETABLISSEMENT_MAX = Etablissement.NOM_MAX;
    public static final int CODE_FORMATION_LENGTH = CodeFormation.LENGTH;
    public static final int LIBELLE_FORMATION_MAX = Formation.LIBELLE_MAX;
    public static final int ENUM_MAX = Formation.ENUM_MAX;
    public static final int FAMILLE_METIERS_MAX = Formation.FAMILLE_METIERS_MAX;
    public static final int OBSERVATIONS_MAX = Formation.OBSERVATIONS_MAX;

    @Id
    @Column(name = "import_id", nullable = false, updatable = false)
    private Long importId;

    @Id
    @Column(name = "ligne", nullable = false, updatable = false)
    private int ligne;

    @Column(name = "domaine", length = DOMAINE_MAX, nullable = false)
    private String domaine;

    @Column(name = "departement", length = DEPARTEMENT_LENGTH, nullable = false)
    private String departement;

    @Column(name = "ville", length = VILLE_MAX, nullable = false)
    private String ville;

    @Column(name = "uai_etablissement", length = UAI_LENGTH, nullable = false)
    private String uaiEtablissement;

    @Column(name = "etablissement", length = ETABLISSEMENT_MAX, nullable = false)
    private String etablissement;

    @Column(name = "uai_accueil_referent", length = UAI_LENGTH, nullable = false)
    private String uaiAccueilReferent;

    @Column(name = "code_formation", length = CODE_FORMATION_LENGTH, nullable = false)
    private String codeFormation;

    @Column(name = "libelle_formation", length = LIBELLE_FORMATION_MAX, nullable = false)
    private String libelleFormation;

    /** A {@link fr.passpro.domain.catalogue.Diplome} name. */
    @Column(name = "diplome", length = ENUM_MAX, nullable = false)
    private String diplome;

    @Column(name = "famille_metiers", length = FAMILLE_METIERS_MAX)
    private String familleMetiers;

    /** A {@link fr.passpro.domain.catalogue.ModaliteEntretien} name. */
    @Column(name = "modalite_entretien", length = ENUM_MAX, nullable = false)
    private String modaliteEntretien;

    @Column(name = "observations", length = OBSERVATIONS_MAX)
    private String observations;

    /** For JPA only. */
    protected LigneCatalogue() {
    }

    /** Made by the row validator from values it has checked; blank optional values become null. */
    public LigneCatalogue(long importId, int ligne, String domaine, String departement, String ville,
                          String uaiEtablissement, String etablissement, String uaiAccueilReferent,
                          String codeFormation, String libelleFormation, String diplome, String familleMetiers,
                          String modaliteEntretien, String observations) {
        if (ligne < 1) {
            throw new IllegalArgumentException("Le numéro de ligne commence à 1 : " + ligne);
        }
        this.importId = importId;
        this.ligne = ligne;
        this.domaine = Objects.requireNonNull(domaine, "domaine");
        this.departement = Objects.requireNonNull(departement, "departement");
        this.ville = Objects.requireNonNull(ville, "ville");
        this.uaiEtablissement = Objects.requireNonNull(uaiEtablissement, "uaiEtablissement");
        this.etablissement = Objects.requireNonNull(etablissement, "etablissement");
        this.uaiAccueilReferent = Objects.requireNonNull(uaiAccueilReferent, "uaiAccueilReferent");
        this.codeFormation = Objects.requireNonNull(codeFormation, "codeFormation");
        this.libelleFormation = Objects.requireNonNull(libelleFormation, "libelleFormation");
        this.diplome = Objects.requireNonNull(diplome, "diplome");
        this.familleMetiers = blankToNull(familleMetiers);
        this.modaliteEntretien = Objects.requireNonNull(modaliteEntretien, "modaliteEntretien");
        this.observations = blankToNull(observations);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public Long getImportId() {
        return importId;
    }

    public int getLigne() {
        return ligne;
    }

    public String getDomaine() {
        return domaine;
    }

    public String getDepartement() {
        return departement;
    }

    public String getVille() {
        return ville;
    }

    public String getUaiEtablissement() {
        return uaiEtablissement;
    }

    public String getEtablissement() {
        return etablissement;
    }

    public String getUaiAccueilReferent() {
        return uaiAccueilReferent;
    }

    public String getCodeFormation() {
        return codeFormation;
    }

    public String getLibelleFormation() {
        return libelleFormation;
    }

    public String getDiplome() {
        return diplome;
    }

    /** May be null. */
    public String getFamilleMetiers() {
        return familleMetiers;
    }

    public String getModaliteEntretien() {
        return modaliteEntretien;
    }

    /** May be null. */
    public String getObservations() {
        return observations;
    }

    /** The composite identifier (import, line number). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long importId;
        private int ligne;

        public Key() {
        }

        public Key(Long importId, int ligne) {
            this.importId = importId;
            this.ligne = ligne;
        }

        public Long getImportId() {
            return importId;
        }

        public int getLigne() {
            return ligne;
        }

        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Key k && ligne == k.ligne && Objects.equals(importId, k.importId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, ligne);
        }
    }
}
