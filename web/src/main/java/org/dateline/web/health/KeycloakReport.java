package org.dateline.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dateline.web.studio.KeycloakStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Keycloak's state, reported with the node's readiness but always up: the reader sites and the
 * read API do not need it, and the studio tells people that sign-in is unavailable itself.
 */
@Readiness
@ApplicationScoped
public class KeycloakReport implements HealthCheck {

    @Inject
    KeycloakStatus keycloak;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("keycloak").up()
                .withData("sign-in", keycloak.answers() ? "available" : "unavailable: Keycloak does not answer")
                .withData("realm", keycloak.realmUrl()).build();
    }
}
