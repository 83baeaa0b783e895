package fr.passpro.application.catalogue;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import fr.passpro.application.security.CurrentUser;
import fr.passpro.domain.academie.Departement;
import fr.passpro.domain.campagne.Campagne;
import fr.passpro.domain.catalogue.Domaine;
import fr.passpro.domain.catalogue.consultation.ChoixLycee;
import fr.passpro.domain.catalogue.consultation.FiltreCatalogue;
import fr.passpro.domain.catalogue.consultation.FormationDetail;
import fr.passpro.domain.catalogue.consultation.FormationVue;
import fr.passpro.domain.compte.Roles;
import fr.passpro.infrastructure.export.CatalogueWorkbook;
import fr.passpro.infrastructure.pdf.FicheAidePreparation;
import fr.passpro.infrastructure.persistence.CampagneRepository;
import fr.passpro.infrastructure.persistence.CatalogueQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The catalogue of the current campagne of the caller's académie, as every staff member reads it: collèges see every
 * formation, including those of lycées of other académies that the académie put in its catalogue (these carry
 * their académie's pre-registration link instead of a register action).
 */
@Stateless
@RolesAllowed({ Roles.ORIGINE, Roles.ACCUEIL, Roles.ADMIN })
public class CatalogueService {

    private static final Logger LOGGER = Logger.getLogger(CatalogueService.class.getName());

    @Inject
    private CurrentUser currentUser;

    @Inject
    private CampagneRepository campagnes;

    @Inject
    private CatalogueQueries queries;

    @Inject
    private FicheAidePreparation fiche;

    /** The campagne whose catalogue the caller reads; empty while the académie has none. */
    public Optional<Campagne> campagne() {
        return campagnes.findCourante(currentUser.scope().academieCode());
    }

    /**
     * One page of the filtered catalogue.
     *
     * @param sortField libelle, cfd, diplome, domaine, lycee, commune, departement or modalite; null for the default
     *                  order (domaine, then libellé)
     */
    public List<FormationVue> rechercher(FiltreCatalogue filtre, int first, int pageSize, String sortField,
                                         boolean ascending) {
        return campagneId().map(id -> queries.rechercher(id, filtre, first, pageSize, sortField, ascending))
                .orElseGet(List::of);
    }

    public long compter(FiltreCatalogue filtre) {
        return campagneId().map(id -> queries.compter(id, filtre)).orElse(0L);
    }

    /** A formation of the caller's catalogue; empty when unknown or in another académie's catalogue. */
    public Optional<FormationDetail> formation(long id) {
        return campagneId().flatMap(c -> queries.formation(c, id));
    }

    /** The fiche d'aide à la préparation (PDF) of a formation of the caller's catalogue, with its file name. */
    public Optional<FichePdf> ficheAidePreparation(long id) {
        return formation(id).map(f -> new FichePdf("fiche-preparation-" + f.formation().cfd() + ".pdf", fiche.pdf(f)));
    }

    public List<Domaine> domaines() {
        return campagneId().map(queries::domaines).orElseGet(List::of);
    }

    /** The départements of the caller's académie. */
    public List<Departement> departements() {
        return queries.departements(currentUser.scope().academieCode());
    }

    /** Communes of the catalogue's lycées beginning with a prefix (all, when blank), at most 30. */
    public List<String> villes(String prefix) {
        return campagneId().map(id -> queries.villes(id, prefix)).orElseGet(List::of);
    }

    /** Lycées of the catalogue whose name or commune begins with a prefix (all, when blank). */
    public List<ChoixLycee> lycees(String prefix) {
        return campagneId().map(id -> queries.lycees(id, prefix)).orElseGet(List::of);
    }

    /**
     * Writes the filtered catalogue as an .xlsx workbook, reading it page by page; the stream is not closed.
     *
     * @return the number of formations written
     */
    public long exporter(FiltreCatalogue filtre, OutputStream out) {
        Optional<Long> campagneId = campagneId();
        long n = CatalogueWorkbook.ecrire((first, size) -> campagneId
                .map(id -> queries.rechercher(id, filtre, first, size, null, true))
                .orElseGet(List::of), out);
        LOGGER.log(Level.INFO, "Export du catalogue : {0} formations pour {1}", new Object[] { n, currentUser.require().getLogin() });
        return n;
    }

    private Optional<Long> campagneId() {
        return campagne().map(Campagne::getId);
    }
}
