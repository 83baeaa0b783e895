package fr.passpro.web.api;

import static java.util.logging.Level.WARNING;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.logging.Logger;

import fr.passpro.application.audit.JournalAudit;
import fr.passpro.application.traitement.ConsoleTraitements;
import fr.passpro.application.traitement.ExecutionVue;
import fr.passpro.application.traitement.ParametreVue;
import fr.passpro.application.traitement.TraitementEnCoursException;
import fr.passpro.application.traitement.TraitementVue;
import fr.passpro.domain.audit.AuditEvent;
import fr.passpro.domain.compte.Roles;
import fr.passpro.domain.shared.AccessDeniedException;
import fr.passpro.domain.shared.BusinessException;
import fr.passpro.domain.shared.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The batch jobs for schedulers ({@code curl}): start a job with its parameters as form or query fields, then follow
 * the execution as JSON. For the académie's accounts only: any other account gets 403, written to the audit journal.
 * Answers: 202 and a {@code Location} to follow, 400 (bad parameter), 403, 404 (unknown job or execution), 409
 * (the job already runs for the académie); errors as {@code {"erreur": "…"}} in French.
 */
@Path("traitements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class TraitementsResource {

    private static final Logger AUDIT = Logger.getLogger("fr.passpro.audit");

    @Inject
    private ConsoleTraitements console;

    @Inject
    private JournalAudit journal;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uriInfo;

    /** The jobs and their parameters. */
    @GET
    public Response traitements() {
        return repondre("lister", null, null, () -> {
            JsonArrayBuilder liste = Json.createArrayBuilder();
            for (TraitementVue t : console.traitements()) {
                JsonArrayBuilder parametres = Json.createArrayBuilder();
                for (ParametreVue p : t.parametres()) {
                    JsonObjectBuilder param = Json.createObjectBuilder().add("nom", p.nom()).add("libelle", p.libelle())
                            .add("type", p.type().name()).add("obligatoire", p.obligatoire());
                    ajouter(param, "defaut", p.defaut());
                    parametres.add(param);
                }
                liste.add(Json.createObjectBuilder().add("nom", t.nom()).add("libelle", t.libelle())
                        .add("description", t.description()).add("lancementManuel", t.lancementManuel())
                        .add("parametres", parametres));
            }
            return Response.ok(liste.build()).build();
        });
    }

    /**
     * Starts a job; its parameters are the request's query fields and form fields ({@code curl -d}), the body read
     * here as {@code application/x-www-form-urlencoded} whatever its declared type (a scheduler may send none).
     */
    @POST
    @Path("{nom}")
    public Response lancer(@PathParam("nom") String nom, String corps) {
        return repondre("lancer", "traitement", nom, () -> {
            long id = console.lancer(nom, champs(corps));
            URI suivi = uriInfo.getBaseUriBuilder().path(TraitementsResource.class)
                    .path(TraitementsResource.class, "execution").build(id);
            return Response.accepted(json(console.execution(id))).location(suivi).build();
        });
    }

    /** One execution of the caller's académie. */
    @GET
    @Path("executions/{id:[0-9]{1,18}}")
    public Response execution(@PathParam("id") long id) {
        return repondre("consulter", "execution", Long.toString(id), () -> Response.ok(json(console.execution(id))).build());
    }

    /** Asks a running execution to stop. */
    @POST
    @Path("executions/{id:[0-9]{1,18}}/arret")
    public Response arreter(@PathParam("id") long id) {
        return repondre("arreter", "execution", Long.toString(id), () -> {
            console.arreter(id);
            return Response.accepted(json(console.execution(id))).build();
        });
    }

    /** Restarts a failed or stopped execution; 202 with the new execution. */
    @POST
    @Path("executions/{id:[0-9]{1,18}}/relance")
    public Response relancer(@PathParam("id") long id) {
        return repondre("relancer", "execution", Long.toString(id), () -> {
            long nouvelle = console.relancer(id);
            URI suivi = uriInfo.getBaseUriBuilder().path(TraitementsResource.class)
                    .path(TraitementsResource.class, "execution").build(nouvelle);
            return Response.accepted(json(console.execution(nouvelle))).location(suivi).build();
        });
    }

    /** The fields of the query string, then of the form body (which win), first value of each. */
    private Map<String, String> champs(String corps) {
        Map<String, String> champs = new HashMap<>();
        uriInfo.getQueryParameters().forEach((nom, valeurs) -> {
            if (!valeurs.isEmpty()) {
                champs.put(nom, valeurs.get(0));
            }
        });
        if (corps != null && !corps.isBlank()) {
            for (String champ : corps.strip().split("&")) {
                int egal = champ.indexOf('=');
                String nom = URLDecoder.decode(egal < 0 ? champ : champ.substring(0, egal), StandardCharsets.UTF_8);
                String valeur = egal < 0 ? "" : URLDecoder.decode(champ.substring(egal + 1), StandardCharsets.UTF_8);
                if (!nom.isEmpty()) {
                    champs.put(nom, valeur);
                }
            }
        }
        return champs;
    }

    /** Refuses any account but the académie's (audited), and turns each refusal of the service into its status. */
    private Response repondre(String action, String type, String objet, Supplier<Response> reponse) {
        if (!request.isUserInRole(Roles.ADMIN)) {
            return refuser(action, type, objet);
        }
        try {
            return reponse.get();
        } catch (EJBException e) {
            if (e instanceof EJBAccessException) {
                return refuser(action, type, objet);
            }
            Exception cause = e.getCausedByException();
            if (cause instanceof BusinessException business) {
                return erreur(business);
            }
            throw e;
        } catch (BusinessException e) {
            return erreur(e);
        }
    }

    private Response refuser(String action, String type, String objet) {
        String login = request.getRemoteUser();
        String detail = "Traitements par lots (" + action + (objet == null ? "" : " " + objet)
                + ") refusés : réservés aux comptes de l'académie";
        AUDIT.log(WARNING, "audit : {0} pour {1}", new Object[] {detail, login});
        try {
            journal.enregistrer(login, AuditEvent.ACCES_REFUSE, type, objet, detail);
        } catch (RuntimeException e) {
            AUDIT.log(java.util.logging.Level.SEVERE, "audit : la ligne du journal n'a pas pu être enregistrée", e);
        }
        return Response.status(Response.Status.FORBIDDEN).entity(erreur(
                AccessDeniedException.PREFIX + "seuls les comptes de l'académie lancent et suivent les traitements."))
                .build();
    }

    private static Response erreur(BusinessException e) {
        Response.Status status;
        if (e instanceof TraitementEnCoursException) {
            status = Response.Status.CONFLICT;
        } else if (e instanceof NotFoundException) {
            status = Response.Status.NOT_FOUND;
        } else if (e instanceof AccessDeniedException) {
            status = Response.Status.FORBIDDEN;
        } else {
            status = Response.Status.BAD_REQUEST;
        }
        return Response.status(status).entity(erreur(e.getMessage())).build();
    }

    private static JsonObject erreur(String message) {
        return Json.createObjectBuilder().add("erreur", message).build();
    }

    private static JsonObject json(ExecutionVue e) {
        JsonObjectBuilder parametres = Json.createObjectBuilder();
        new TreeMap<>(e.parametres()).forEach(parametres::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", e.id())
                .add("traitement", e.traitement())
                .add("statut", e.statut().name())
                .add("libelleStatut", e.libelleStatut())
                .add("enCours", e.enCours());
        ajouter(json, "exitStatus", e.exitStatus());
        ajouter(json, "debut", e.debut() == null ? null : e.debut().toString());
        ajouter(json, "fin", e.fin() == null ? null : e.fin().toString());
        return json.add("dureeSecondes", e.duree().toSeconds())
                .add("lus", e.lus())
                .add("ecrits", e.ecrits())
                .add("ignores", e.ignores())
                .add("lancePar", e.lancePar())
                .add("parametres", parametres)
                .build();
    }

    private static void ajouter(JsonObjectBuilder json, String nom, String valeur) {
        if (valeur == null) {
            json.addNull(nom);
        } else {
            json.add(nom, valeur);
        }
    }
}
