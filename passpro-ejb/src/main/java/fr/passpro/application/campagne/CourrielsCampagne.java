package fr.passpro.application.campagne;

import fr.passpro.application.campagne.CycleCampagne.Bilan;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.entretien.Entretien;
import fr.passpro.domain.etablissement.Etablissement;
import fr.passpro.domain.inscription.Inscription;
import fr.passpro.domain.inscription.StatutInscription;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The French mails of the campagne's jobs: the cut-off's counts and final lists, the closure's reports. */
final class CourrielsCampagne {

    record Courriel(String objet, String texte) {
    }

    private static final String SIGNATURE = "\nCeci est un message automatique de Passpro, l'application des entretiens"
            + " d'information en voie professionnelle.\n";

    private CourrielsCampagne() {
    }

    /** To a lycée at the cut-off: how many candidates, how many still to convoke, and by when. */
    static Courriel clotureLycee(Campagne campagne, Etablissement lycee, List<Inscription> candidats) {
        long aConvoquer = candidats.stream().filter(i -> i.getStatut() == StatutInscription.INSCRITE).count();
        String objet = "Passpro " + campagne.getAnneeScolaire() + " : inscriptions closes, " + candidats.size()
                + (candidats.size() > 1 ? " candidats" : " candidat") + ", " + aConvoquer + " à convoquer";
        String texte = "Bonjour,\n\nLes inscriptions Passpro de la campagne " + campagne.getAnneeScolaire()
                + " sont closes depuis la fin du " + CycleCampagne.jour(campagne.getDateClotureInscriptions()) + ".\n\n"
                + lycee.getNom() + " a " + candidats.size() + (candidats.size() > 1 ? " candidats" : " candidat")
                + " ; " + aConvoquer + " " + (aConvoquer > 1 ? "restent" : "reste") + " à convoquer.\n"
                + "Les convocations sont à envoyer au plus tard le "
                + CycleCampagne.jour(campagne.getDateLimiteConvocations())
                + " (page « Candidats » de Passpro ; « Planifier automatiquement » place les candidats dans vos séances"
                + " libres).\n" + SIGNATURE;
        return new Courriel(objet, texte);
    }

    /** To a collège at the cut-off: the final list of its pupils' inscriptions. */
    static Courriel clotureCollege(Campagne campagne, Etablissement college, List<Inscription> inscriptions) {
        String objet = "Passpro " + campagne.getAnneeScolaire() + " : liste définitive de vos " + inscriptions.size()
                + (inscriptions.size() > 1 ? " inscriptions" : " inscription");
        StringBuilder texte = new StringBuilder("Bonjour,\n\nLes inscriptions Passpro de la campagne ")
                .append(campagne.getAnneeScolaire()).append(" sont closes depuis la fin du ")
                .append(CycleCampagne.jour(campagne.getDateClotureInscriptions())).append(".\n\nListe définitive des ")
                .append("inscriptions de ").append(college.getNom()).append(" :\n\n");
        for (Inscription i : inscriptions) {
            texte.append("- ").append(i.getEleve().getNom()).append(' ').append(i.getEleve().getPrenom())
                    .append(i.getEleve().getClasse() == null ? "" : " (" + i.getEleve().getClasse() + ")")
                    .append(" : ").append(i.getDomaine().getLibelle()).append(", ").append(i.getLycee().getNom())
                    .append(" – ").append(i.getVoeux().stream().map(v -> v.getFormation().getLibelle())
                            .collect(Collectors.joining(", "))).append('\n');
        }
        texte.append("\nLes lycées envoient les convocations jusqu'au ")
                .append(CycleCampagne.jour(campagne.getDateLimiteConvocations()))
                .append(". Un élève qui renonce se retire toujours depuis Passpro.\n").append(SIGNATURE);
        return new Courriel(objet, texte.toString());
    }

    /** To a lycée or a collège at the closure: interviews held, absences, comptes rendus missing. */
    static Courriel bilan(Campagne campagne, Etablissement etablissement, List<Inscription> inscriptions,
                          Map<Long, Entretien> entretiens, boolean lycee) {
        Bilan b = Bilan.de(inscriptions, entretiens);
        String objet = "Passpro " + campagne.getAnneeScolaire() + " : bilan de la campagne pour " + etablissement.getNom();
        StringBuilder texte = new StringBuilder("Bonjour,\n\nLa campagne Passpro ").append(campagne.getAnneeScolaire())
                .append(" est close depuis la fin du ").append(CycleCampagne.jour(campagne.getDateFermeture()))
                .append(". Bilan pour ").append(etablissement.getNom()).append(" :\n\n")
                .append("- ").append(lycee ? "candidats : " : "inscriptions : ").append(b.inscriptions()).append('\n')
                .append("- entretiens passés : ").append(b.entretiensPasses()).append('\n')
                .append("- absences (dont excusées) : ").append(b.absences()).append('\n')
                .append("- comptes rendus et avis reçus : ").append(b.retoursRecus()).append('\n')
                .append("- comptes rendus manquants après un entretien individuel : ").append(b.comptesRendusManquants())
                .append('\n');
        texte.append("\nPasspro reste consultable en lecture seule ; pour toute correction, adressez-vous aux services"
                + " de l'académie.\n").append(SIGNATURE);
        return new Courriel(objet, texte.toString());
    }
}
