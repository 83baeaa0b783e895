package fr.passpro.web.planning;

import fr.passpro.domain.inscription.Dispositif;
import fr.passpro.domain.inscription.Eleve;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.StatutInscription;
import fr.passpro.domain.planning.Convocation;
import fr.passpro.domain.planning.consultation.LigneCandidat;
import java.io.Serializable;
import java.util.List;

/**
 * One row of the lycée's list of candidates as the page shows it: small view records, shaped like the entities the
 * page used to read ({@code l.inscription.eleve.nom}), kept by the view-scoped bean instead of the inscription's
 * entity graph (issue 14: a candidate's graph weighed several KB in the session, its record a few hundred bytes).
 *
 * @param convocation null while the candidate is not convoked
 */
public record Candidat(InscriptionVue inscription, ConvocationVue convocation) implements Serializable {

    /** The inscription: pupil, domaine, vœux with their avis d'origine, statut. */
    public record InscriptionVue(Long id, StatutInscription statut, EleveVue eleve, DomaineVue domaine, List<VoeuVue> voeux)
            implements Serializable {
    }

    public record EleveVue(String nom, String prenom, String nomComplet, String classe, Dispositif dispositif,
                         CollegeVue college) implements Serializable {
    }

    public record CollegeVue(String nom, String commune) implements Serializable {
    }

    public record DomaineVue(String libelle) implements Serializable {
    }

    /**
     * @param avisOrigine      the libellé of the avis d'origine, null while none is given
     * @param formationRetiree whether the académie withdrew the formation from the catalogue after the vœu
     */
    public record VoeuVue(String formation, String avisOrigine, String commentaireOrigine, boolean formationRetiree)
            implements Serializable {
    }

    /** The active convocation: its séance, and its last mail as the page says it. */
    public record ConvocationVue(Long id, String horaires, String lieu, String courrier, String classeCourrier)
            implements Serializable {
    }

    static Candidat de(LigneCandidat ligne, EtatsConvocation etats) {
        Inscription i = ligne.inscription();
        Eleve e = i.getEleve();
        InscriptionVue inscription = new InscriptionVue(i.getId(), i.getStatut(),
                new EleveVue(e.getNom(), e.getPrenom(), e.getNomComplet(), e.getClasse(), e.getDispositif(),
                        new CollegeVue(e.getCollege().getNom(), e.getCollege().getCommune())),
                new DomaineVue(i.getDomaine().getLibelle()),
                i.getVoeux().stream().map(v -> new VoeuVue(v.getFormation().getLibelle(),
                        v.getAvisOrigine().map(a -> a.libelle()).orElse(null), v.getCommentaireOrigine(),
                        v.isFormationRetiree())).toList());
        Convocation c = ligne.convocation();
        return new Candidat(inscription, c == null ? null : new ConvocationVue(c.getId(), c.getSeance().getHoraires(),
                c.getSeance().getLieu(), etats.courrier(c), etats.classeCourrier(c)));
    }
}
