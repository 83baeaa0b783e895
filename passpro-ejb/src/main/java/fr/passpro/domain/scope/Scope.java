package fr.passpro.domain.scope;

import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.etablissement.Uai;
import fr.passpro.domain.shared.AccessDeniedException;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a person may see: either one établissement, or a whole académie.
 * Every query a staff member triggers takes a Scope and puts it into its WHERE clause.
 */
public final class Scope implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long etablissementId;
    private final Uai uai;
    private final String academieCode;

    private Scope(Long etablissementId, Uai uai, String academieCode) {
        this.etablissementId = etablissementId;
        this.uai = uai;
        this.academieCode = Objects.requireNonNull(academieCode, "Le code de l'académie est obligatoire.");
    }

    /** The scope of a person of one établissement (which lies in the académie given). */
    public static Scope etablissement(long etablissementId, Uai uai, String academieCode) {
        return new Scope(etablissementId, Objects.requireNonNull(uai, "L'UAI est obligatoire."), academieCode);
    }

    /** The scope of a person of the académie: all its établissements. */
    public static Scope academie(String academieCode) {
        return new Scope(null, null, academieCode);
    }

    public boolean isAcademie() {
        return etablissementId == null;
    }

    /** Empty for an académie scope. */
    public OptionalLong etablissementId() {
        return etablissementId == null ? OptionalLong.empty() : OptionalLong.of(etablissementId);
    }

    /** Empty for an académie scope. */
    public Optional<Uai> uai() {
        return Optional.ofNullable(uai);
    }

    /** The académie of the scope, in both kinds. */
    public String academieCode() {
        return academieCode;
    }

    /** Whether data of this établissement is visible in this scope. */
    public boolean canSee(Etablissement e) {
        if (e == null) {
            return false;
        }
        if (isAcademie()) {
            return academieCode.equals(e.getAcademie().getCode());
        }
        return uai.equals(e.getUai()) && (e.getId() == null || e.getId() == etablissementId.longValue());
    }

    /**
     * @throws AccessDeniedException if this établissement is outside the scope
     */
    public void requireCanSee(Etablissement e) {
        if (!canSee(e)) {
            throw new AccessDeniedException("l'établissement " + (e == null ? "demandé" : e.getUai())
                    + " ne fait pas partie de votre périmètre.");
        }
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Scope s
                && Objects.equals(etablissementId, s.etablissementId)
                && Objects.equals(uai, s.uai)
                && academieCode.equals(s.academieCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(etablissementId, uai, academieCode);
    }

    /** As staff read it in the journal: « établissement 0940132H » or « services de l'académie ». */
    public String libelle() {
        return isAcademie() ? "services de l'académie" : "établissement " + uai;
    }

    @Override
    public String toString() {
        return isAcademie() ? "Scope[académie " + academieCode + "]"
                : "Scope[établissement " + uai + " #" + etablissementId + ", académie " + academieCode + "]";
    }
}
