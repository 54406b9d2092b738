package org.dateline.identity.control;

import org.dateline.identity.entity.IdentityProviderUnavailable;
import org.dateline.identity.entity.OfficeGroup;
import org.dateline.identity.entity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The admin client's class loader, over the same jars the build copies into the server (taken
 * here from the test class path): the library's Jakarta REST and RESTEasy are its own, while the
 * types that cross the boundary are the application's.
 */
class AdminClientClassLoaderTest {

    @TempDir
    Path library;

    AdminClientClassLoader loader;

    @BeforeEach
    void libraryOfTheAdminClientsJars() throws IOException {
        List<String> wanted = List.of("keycloak-", "resteasy-", "jakarta.ws.rs-api", "jackson-", "jboss-logging",
                "httpclient", "httpcore", "commons-", "reactive-streams", "jakarta.annotation-api", "angus-", "jakarta.activation",
                "jakarta.xml.bind", "jaxb-", "istack-", "jandex", "asyncutil", "microprofile-openapi", "snakeyaml",
                "json-patch", "msg-simple", "btf", "apache-mime4j", "jakarta.mail", "jakarta.validation");
        try (Stream<String> entries = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))) {
            for (String entry : entries.toList()) {
                Path jar = Path.of(entry);
                String name = jar.getFileName().toString();
                if (name.endsWith(".jar") && wanted.stream().anyMatch(name::startsWith)) {
                    Files.copy(jar, library.resolve(name));
                }
            }
        }
        loader = new AdminClientClassLoader(library, getClass().getClassLoader());
    }

    @AfterEach
    void close() throws IOException {
        loader.close();
    }

    @Test
    void restClassesAreTheLibrarysOwnAndInvisibleToTheApplicationsCopies() throws Exception {
        Class<?> response = loader.loadClass("jakarta.ws.rs.core.Response");
        Class<?> resteasy = loader.loadClass("org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl");

        assertThat(response.getClassLoader()).isSameAs(loader);
        assertThat(response).isNotSameAs(jakarta.ws.rs.core.Response.class);
        assertThat(resteasy.getClassLoader()).isSameAs(loader);
    }

    @Test
    void theBridgeLinksToTheLibraryAndSharesTheBoundaryTypesWithTheApplication() throws Exception {
        Class<?> bridge = loader.loadClass(AdminClientClassLoader.BRIDGE_PACKAGE + "KeycloakAdminClient");

        assertThat(bridge.getClassLoader()).isSameAs(loader);
        assertThat(StaffDirectory.class.isAssignableFrom(bridge)).isTrue();
        assertThat(loader.loadClass(OfficeGroup.class.getName())).isSameAs(OfficeGroup.class);
        assertThat(loader.loadClass(String.class.getName())).isSameAs(String.class);
    }

    @Test
    void serviceFilesComeOnlyFromTheLibrary() throws Exception {
        assertThat(java.util.Collections.list(loader.getResources("META-INF/services/jakarta.ws.rs.ext.RuntimeDelegate")))
                .isNotEmpty()
                .allSatisfy(url -> assertThat(url.toString()).contains(library.toUri().getPath()));
    }

    @Test
    void anUnreachableKeycloakIsReportedAsUnavailableWithItsReason() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try (StaffDirectory directory = (StaffDirectory) loader.loadClass(AdminClientClassLoader.BRIDGE_PACKAGE + "KeycloakAdminClient")
                .getConstructor(String.class, String.class, String.class, String.class)
                .newInstance("http://127.0.0.1:" + closedPort, "dateline", "dateline-provisioning", "secret")) {
            assertThatThrownBy(() -> directory.membersOf(new OfficeGroup("san-jose", Role.EDITOR)))
                    .isInstanceOf(IdentityProviderUnavailable.class)
                    .hasMessageStartingWith("Keycloak could not read /offices/san-jose/editors: ")
                    .hasMessageContaining("Connect");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
