package org.dateline.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.dateline.identity.control.KeycloakRealm;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The CMS's two clients in Keycloak need their secrets: the studio's sign-in
 * ({@code dateline.keycloak.studio.secret}, which the server's OpenID Connect clients use) and the
 * staff administration's service account ({@code dateline.keycloak.provisioning.secret}). They have
 * no default: a server without them refuses to start here, saying what to set, rather than sign
 * people in with the demo realm's throw-away values. The demo and the test server set those values
 * on purpose (the demo is only told of them); anywhere else they are warned about.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeycloakClients {

    private static final Logger LOG = Logger.getLogger(KeycloakClients.class.getName());

    static final Map<String, String> DEMO_SECRETS = Map.of(
            "dateline.keycloak.studio.secret", "dateline-studio-secret",
            "dateline.keycloak.provisioning.secret", "dateline-provisioning-secret");

    @PostConstruct
    void check() {
        Config config = ConfigProvider.getConfig();
        List<String> missing = missing(name -> config.getOptionalValue(name, String.class));
        if (!missing.isEmpty()) {
            throw new IllegalStateException(String.join(" ", missing));
        }
        // The demo (which imports the demo content) uses them on purpose: said, not warned about.
        Level level = config.getOptionalValue("dateline.demo-content", Boolean.class).orElse(false) ? Level.INFO : Level.WARNING;
        DEMO_SECRETS.forEach((name, demo) -> {
            if (demo.equals(config.getValue(name, String.class))) {
                LOG.log(level, () -> name + " is the demo realm's throw-away value; set " + environmentName(name)
                        + " to the client's real secret for any real use.");
            }
        });
    }

    /** What is missing, said as a person must hear it; nothing when both secrets are set. */
    static List<String> missing(Function<String, Optional<String>> config) {
        return DEMO_SECRETS.keySet().stream().sorted()
                // a variable Liberty could not resolve arrives as its own ${name}
                .filter(name -> config.apply(name).filter(v -> !v.isBlank() && !v.startsWith("${")).isEmpty())
                .map(KeycloakRealm::missingSecret)
                .toList();
    }

    private static String environmentName(String name) {
        return name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
