package fr.passpro.web.academie;

import fr.passpro.application.audit.JournalService;
import fr.passpro.application.audit.JournalService.Filtre;
import fr.passpro.application.audit.JournalService.Ligne;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The audit trail of the académie ({@code /academie/journal.xhtml}): read only, filtered, the latest first. */
@Named
@ViewScoped
public class JournalBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private JournalService journal;

    private String etablissement;
    private String personne;
    private String eleve;
    private LocalDate du;
    private LocalDate au;
    private List<Ligne> lignes;

    public void rechercher() {
        lignes = journal.rechercher(new Filtre(etablissement, personne, eleve, du, au));
    }

    public List<Ligne> getLignes() {
        if (lignes == null) {
            rechercher();
        }
        return lignes;
    }

    public boolean isTronque() {
        return getLignes().size() >= JournalService.LIGNES_MAX;
    }

    /** The action in French (« Modification », « Accès refusé »…), or its code when the bundle has no label. */
    public String action(String code) {
        try {
            return fr.passpro.web.util.Messages.texte(EtablissementsBean.BUNDLE, "journal.action." + code);
        } catch (java.util.MissingResourceException inconnue) {
            return code;
        }
    }

    public String quand(Instant instant) {
        return JournalService.quand(instant);
    }

    public String getEtablissement() {
        return etablissement;
    }

    public void setEtablissement(String etablissement) {
        this.etablissement = etablissement;
    }

    public String getPersonne() {
        return personne;
    }

    public void setPersonne(String personne) {
        this.personne = personne;
    }

    public String getEleve() {
        return eleve;
    }

    public void setEleve(String eleve) {
        this.eleve = eleve;
    }

    public LocalDate getDu() {
        return du;
    }

    public void setDu(LocalDate du) {
        this.du = du;
    }

    public LocalDate getAu() {
        return au;
    }

    public void setAu(LocalDate au) {
        this.au = au;
    }
}
