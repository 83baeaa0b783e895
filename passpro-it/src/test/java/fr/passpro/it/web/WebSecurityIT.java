package fr.passpro.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.passpro.it.Deployments;

/** What any visitor gets over HTTP: security headers, session cookie, protected pages, French error pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebSecurityIT {

    /** Headers that the académie's ARENA proxy would send for a chef d'établissement of the demo collège. */
    static final String[] FORGED_ARENA_HEADERS = {
            "ct-remote-user", "pirate.jaures", "ctemail", "pirate@example.org", "ctfn", "Pi", "ctln", "Rate",
            "FrEduRne", "0931234L$UAJ$PU$N$T3$CLG$340", "FrEduFonctAdm", "DIR" };

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.passpro();
    }

    private final Http http = new Http();

    @Test
    void loginPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = http.get("/login.xhtml");

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertThat(policies).anySatisfy(p -> assertThat(p).contains("frame-ancestors 'none'"));
        assertThat(policies).anySatisfy(p -> assertThat(p).containsPattern("script-src 'self' 'nonce-[^']+'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.body()).contains("lang=\"fr\"").contains("Connexion");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndSecureBehindHttps() throws Exception {
        String plain = sessionCookie(http.get("/login.xhtml"));
        assertThat(plain).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure;");

        String behindProxy = sessionCookie(new Http().get("/login.xhtml", "X-Forwarded-Proto", "https"));
        assertThat(behindProxy).containsIgnoringCase("Secure");
    }

    @Test
    void protectedPagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
        for (String page : List.of("/college/index.xhtml", "/lycee/index.xhtml", "/academie/index.xhtml", "/index.xhtml")) {
            HttpResponse<String> response = http.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
        }
    }

    @Test
    void arenaHeadersAreIgnoredWhileTheArenaMechanismIsOff() throws Exception {
        HttpResponse<String> response = http.get("/college/index.xhtml", FORGED_ARENA_HEADERS);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml"));
        assertThat(response.body()).doesNotContain("Jean Jaurès");
    }

    @Test
    void unknownPageGetsAFrenchPageWithoutTechnicalDetails() throws Exception {
        HttpResponse<String> response = http.get("/nexiste/pas.xhtml");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.readable(response)).contains("introuvable").doesNotContain("Exception").doesNotContain("at fr.passpro")
                .doesNotContain("Payara");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst()
                .orElseThrow(() -> new AssertionError("pas de cookie de session : " + response.headers().map()));
    }
}
