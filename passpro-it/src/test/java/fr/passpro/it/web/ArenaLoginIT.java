package fr.passpro.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.passpro.it.Deployments;

/** With {@code passpro.arena.enabled=true}, the identity of the académie's reverse proxy logs people in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArenaLoginIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.passproConfiguredWith("passpro.arena.enabled=true\n");
    }

    @Test
    void aDirectorOfAKnownCollegeIsLoggedInAsItsChef() throws Exception {
        HttpResponse<String> response = new Http().get("/college/index.xhtml",
                "ct-remote-user", "arena.directeur", "ctemail", "directeur.jaures@ac-creteil.fr", "ctfn", "Hélène",
                "ctln", "Arena", "FrEduRne", "0931234L$UAJ$PU$N$T3$CLG$340", "FrEduFonctAdm", "DIR");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Collège Jean Jaurès").contains("0931234L").contains("chef d'établissement");
    }

    @Test
    void aTeacherOfAKnownLyceeIsLoggedInAsAccueilButCannotOpenCollegePages() throws Exception {
        Http http = new Http();
        String[] identity = { "ct-remote-user", "arena.prof.lurcat", "ctemail", "prof.lurcat@ac-creteil.fr", "ctfn", "Paul",
                "ctln", "Arena", "FrEduRne", "0940132H$UAJ$PU$N$T3$LP$320", "FrEduFonctAdm", "ENS" };

        assertThat(http.get("/lycee/index.xhtml", identity).statusCode()).isEqualTo(200);
        assertThat(http.get("/college/index.xhtml", identity).statusCode()).isEqualTo(403);
    }

    @Test
    void someoneFromAnEtablissementUnknownToPassproIsRefused() throws Exception {
        HttpResponse<String> response = new Http().get("/college/index.xhtml",
                "ct-remote-user", "arena.inconnu", "ctemail", "x@ac-creteil.fr", "FrEduRne", "0750647W$UAJ$PU$N$T3$CLG$340");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Http.readable(response)).contains("Accès refusé").doesNotContain("Exception");
    }
}
