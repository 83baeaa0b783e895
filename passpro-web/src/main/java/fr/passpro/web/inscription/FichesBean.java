package fr.passpro.web.inscription;

import fr.passpro.application.entretien.FichesService;
import fr.passpro.application.entretien.FichesService.ClasseFiches;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The collège's page of fiches récapitulatives: by class, or the whole collège, as one PDF to print. */
@Named
@RequestScoped
public class FichesBean {

    @Inject
    private FichesService fiches;

    private List<ClasseFiches> classes;

    public List<ClasseFiches> getClasses() {
        if (classes == null) {
            classes = fiches.classes();
        }
        return classes;
    }

    /** The class name for the download address. */
    public String parametre(ClasseFiches classe) {
        return URLEncoder.encode(classe.classe(), StandardCharsets.UTF_8);
    }
}
