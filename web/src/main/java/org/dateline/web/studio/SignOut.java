package org.dateline.web.studio;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import javax.security.auth.Subject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Signs the person out of the studio and ends their Keycloak session too (RP-initiated logout
 * with the ID token as hint, so Keycloak asks nothing), then Keycloak sends them to the
 * studio's "signed out" page. If Keycloak does not answer, the studio session ends all the same.
 * Only a POST from the studio's own page signs out ({@link StudioGuard}): a link or an image
 * elsewhere cannot.
 */
@WebServlet("/studio/signout")
public class SignOut extends HttpServlet {

    @Inject
    KeycloakStatus keycloak;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Optional<String> idToken = idToken();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        String signedOut = origin(request) + request.getContextPath() + "/studio/signin/signed-out";
        if (idToken.isPresent() && keycloak.answers()) {
            response.sendRedirect(keycloak.realmUrl() + "/protocol/openid-connect/logout?id_token_hint="
                    + URLEncoder.encode(idToken.get(), StandardCharsets.UTF_8)
                    + "&post_logout_redirect_uri=" + URLEncoder.encode(signedOut, StandardCharsets.UTF_8));
        } else {
            response.sendRedirect(signedOut);
        }
    }

    /** Liberty's OpenID Connect client keeps the ID token among the subject's private credentials. */
    private static Optional<String> idToken() {
        try {
            Subject subject = com.ibm.websphere.security.auth.WSSubject.getRunAsSubject();
            if (subject == null) {
                return Optional.empty();
            }
            for (Object credential : subject.getPrivateCredentials()) {
                if (credential instanceof Map<?, ?> map && map.get("id_token") instanceof String token) {
                    return Optional.of(token);
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static String origin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80) || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
