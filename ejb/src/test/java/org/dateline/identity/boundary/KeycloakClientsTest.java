package org.dateline.identity.boundary;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakClientsTest {

    @Test
    void aServerWithoutItsClientSecretsIsToldWhatToSet() {
        assertThat(KeycloakClients.missing(name -> Optional.empty())).containsExactly(
                "Dateline will not start without dateline.keycloak.provisioning.secret: set the environment variable"
                        + " DATELINE_KEYCLOAK_PROVISIONING_SECRET to the secret of that client in Keycloak (Clients → Credentials).",
                "Dateline will not start without dateline.keycloak.studio.secret: set the environment variable"
                        + " DATELINE_KEYCLOAK_STUDIO_SECRET to the secret of that client in Keycloak (Clients → Credentials).");
    }

    @Test
    void aBlankOrUnresolvedSecretCountsAsMissing() {
        Map<String, String> config = Map.of("dateline.keycloak.studio.secret", "${dateline.keycloak.studio.secret}",
                "dateline.keycloak.provisioning.secret", " ");
        assertThat(KeycloakClients.missing(name -> Optional.ofNullable(config.get(name)))).hasSize(2);
    }

    @Test
    void setSecretsPass() {
        Map<String, String> config = Map.of("dateline.keycloak.studio.secret", "s3cr3t", "dateline.keycloak.provisioning.secret", "0th3r");
        assertThat(KeycloakClients.missing(name -> Optional.ofNullable(config.get(name)))).isEmpty();
    }
}
