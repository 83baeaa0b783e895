package fr.passpro.batch.console;

import fr.passpro.application.traitement.ParametreVue;
import fr.passpro.application.traitement.TraitementInconnuException;
import fr.passpro.application.traitement.TraitementVue;
import fr.passpro.domain.shared.InvalidValueException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/** The jobs Passpro offers: every {@link Traitement} bean of the application, with its French texts. */
@ApplicationScoped
public class RegistreTraitements {

    static final String BUNDLE = "fr.passpro.batch.traitements";
    private static final Locale FR = Locale.FRENCH;

    @Inject
    @Any
    private Instance<Traitement> traitements;

    /** Every job, in the order of its label. */
    public List<Traitement> tous() {
        Collator collator = Collator.getInstance(FR);
        return traitements.stream().sorted(Comparator.comparing(t -> libelle(t), collator)).toList();
    }

    public Optional<Traitement> find(String nom) {
        return traitements.stream().filter(t -> t.nom().equals(nom)).findFirst();
    }

    /**
     * @throws TraitementInconnuException if Passpro has no job of this name
     */
    public Traitement get(String nom) {
        return find(nom).orElseThrow(() -> new TraitementInconnuException(
                nom == null ? "" : nom.length() > 60 ? nom.substring(0, 60) + "…" : nom));
    }

    public TraitementVue vue(Traitement t) {
        return new TraitementVue(t.nom(), libelle(t), texte(t.nom() + ".description"),
                t.parametres().stream().map(p -> new ParametreVue(p.nom(), libelle(t, p),
                        texteOuVide(t.nom() + "." + p.nom() + ".aide"), p.type(), p.defaut(), p.obligatoire(), p.min(),
                        p.max())).toList(),
                t.lancementManuel(), t.page());
    }

    public String libelle(Traitement t) {
        return texte(t.nom() + ".libelle");
    }

    /**
     * The job parameters of a start: each declared parameter, given or by default, checked.
     *
     * @throws InvalidValueException with a French message for an unknown parameter or a value that does not fit
     */
    public Properties parametres(Traitement t, Map<String, String> donnees) {
        Set<String> connus = t.parametres().stream().map(Parametre::nom).collect(Collectors.toSet());
        List<String> inconnus = donnees.keySet().stream().filter(n -> !connus.contains(n)).sorted().toList();
        if (!inconnus.isEmpty()) {
            String liste = inconnus.stream().map(n -> n.length() > 40 ? n.substring(0, 40) + "…" : n)
                    .collect(Collectors.joining(", "));
            throw new InvalidValueException("Le traitement « " + libelle(t) + " » ne connaît pas le(s) paramètre(s) "
                    + liste + (connus.isEmpty() ? " : il n'en prend aucun." : " : il prend "
                    + t.parametres().stream().map(Parametre::nom).collect(Collectors.joining(", ")) + "."));
        }
        Properties parametres = new Properties();
        for (Parametre p : t.parametres()) {
            String valeur = p.valeur(donnees.get(p.nom()), libelle(t, p));
            if (valeur != null) {
                parametres.setProperty(p.nom(), valeur);
            }
        }
        return parametres;
    }

    /** A status of Jakarta Batch in French. */
    public String libelleStatut(jakarta.batch.runtime.BatchStatus statut) {
        return texte("statut." + statut.name());
    }

    private String libelle(Traitement t, Parametre p) {
        return texte(t.nom() + "." + p.nom() + ".libelle");
    }

    private static String texte(String cle) {
        return ResourceBundle.getBundle(BUNDLE, FR, RegistreTraitements.class.getClassLoader()).getString(cle);
    }

    private static String texteOuVide(String cle) {
        try {
            return texte(cle);
        } catch (MissingResourceException e) {
            return "";
        }
    }
}
