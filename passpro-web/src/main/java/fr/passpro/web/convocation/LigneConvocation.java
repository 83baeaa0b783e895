package fr.passpro.web.convocation;

import java.io.Serializable;

import fr.passpro.domain.catalogue.ModaliteEntretien;
import fr.passpro.domain.planning.AccuseReception;

/**
 * One convocation as the collège page shows it, its texts computed once when the page loads.
 *
 * @param lienVisio     null in person
 * @param annuleeLe     « 12/05/2027 à 09:10 », null while active
 * @param courriel      the mail status: « En attente », « Envoyée le … », « Échec : … »
 * @param accuse        null before the collège answers
 * @param accuseTexte   « Présence confirmée, le … », or the text for no answer
 */
public record LigneConvocation(long id, String eleve, String classe, String domaine, String lycee, String horaires,
                               String salle, String lienVisio, ModaliteEntretien modalite, boolean active,
                               String annuleeLe, String courriel, boolean courrielEnEchec, AccuseReception accuse,
                               String accuseTexte, boolean passee) implements Serializable {

    public boolean isDistanciel() {
        return lienVisio != null;
    }

    public boolean isPresenceConfirmee() {
        return accuse == AccuseReception.PRESENCE_CONFIRMEE;
    }

    public boolean isAbsencePrevue() {
        return accuse == AccuseReception.ABSENCE_PREVUE;
    }

    /** Whether the collège may still answer: active, and the interview not past. */
    public boolean isRepondable() {
        return active && !passee;
    }
}
