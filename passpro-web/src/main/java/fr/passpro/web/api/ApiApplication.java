package fr.passpro.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Jakarta REST under {@code /passpro/api}; the resources of this package are found by scanning. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
