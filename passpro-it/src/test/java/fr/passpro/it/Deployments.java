package fr.passpro.it;

import java.io.File;
import java.net.URISyntaxException;

import org.assertj.core.api.Assertions;

import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the integration tests deploy: always the real Passpro EAR that the build made, to which an in-container
 * test adds its own classes.
 */
public final class Deployments {

    public static final String WEB_MODULE = "passpro-web.war";
    public static final String EJB_MODULE = "passpro-ejb.jar";

    private Deployments() {
    }

    /** The application exactly as it is shipped. */
    public static EnterpriseArchive passpro() {
        File ear = new File(System.getProperty("passpro.ear", "../passpro-ear/target/passpro.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("EAR introuvable : " + ear.getAbsolutePath() + " (lancez la construction d'abord)");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The application with the given test classes added to its web module, for tests that run inside Payara: the
     * web module sees every bean and service, and it is where Passpro's authentication mechanism is installed.
     */
    public static EnterpriseArchive passproWithTests(Class<?>... testClasses) {
        EnterpriseArchive ear = passpro();
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(testClasses).addClass(Deployments.class).addAsLibraries(libraryOf(Assertions.class));
        // Arquillian's servlet protocol runs in the module marked as the one to test.
        Testable.archiveToTest(web);
        return ear;
    }

    /**
     * As {@link #passproWithTests}, with the services' clock replaced by {@link fr.passpro.it.support.HorlogeDeTest}
     * (added to the EJB module, where the services are), which tests set.
     */
    public static EnterpriseArchive passproWithTestClock(Class<?>... testClasses) {
        EnterpriseArchive ear = passproWithTests(testClasses);
        ear.getAsType(WebArchive.class, WEB_MODULE).addPackage(fr.passpro.it.support.Connexion.class.getPackage())
                .deleteClass(fr.passpro.it.support.HorlogeDeTest.class);
        ear.getAsType(JavaArchive.class, EJB_MODULE).addClass(fr.passpro.it.support.HorlogeDeTest.class);
        return ear;
    }

    /** Adds the jar of each class to the web module, for tests that use a library inside Payara. */
    public static EnterpriseArchive withLibrariesOf(EnterpriseArchive ear, Class<?>... types) {
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        for (Class<?> type : types) {
            web.addAsLibraries(libraryOf(type));
        }
        return ear;
    }

    private static JavaArchive libraryOf(Class<?> type) {
        try {
            File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return ShrinkWrap.createFromZipFile(JavaArchive.class, jar);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application with extra MicroProfile Config properties, in a library of the EAR. */
    public static EnterpriseArchive passproConfiguredWith(String properties) {
        return withConfig(passpro(), properties);
    }

    /** This archive with extra MicroProfile Config properties, in a library of the EAR. */
    public static EnterpriseArchive withConfig(EnterpriseArchive ear, String properties) {
        ear.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "passpro-test-config.jar")
                .addAsResource(new StringAsset(properties), "META-INF/microprofile-config.properties"));
        return ear;
    }
}
