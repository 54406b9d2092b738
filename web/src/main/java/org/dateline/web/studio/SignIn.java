package org.dateline.web.studio;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * The studio's side of sign-in, open to everyone. {@code /studio/signin/keycloak} is the
 * authorization endpoint the server's OpenID Connect client sends browsers to: it passes them on
 * to Keycloak's own when Keycloak answers, and otherwise answers "Sign-in is unavailable" (503)
 * itself, instead of sending the browser to a server that is not there.
 * {@code /studio/signin/signed-out} is where Keycloak sends people back after signing out.
 */
@WebServlet("/studio/signin/*")
public class SignIn extends HttpServlet {

    @Inject
    KeycloakStatus keycloak;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getPathInfo() == null ? "" : request.getPathInfo();
        response.setHeader("Cache-Control", "no-store");
        switch (page) {
            case "/keycloak" -> authorize(request, response);
            case "/signed-out" -> page(response, HttpServletResponse.SC_OK, "Signed out",
                    "<p>You have signed out of the studio and of Keycloak.</p>"
                            + "<p><a class=\"button\" href=\"" + request.getContextPath() + "/studio/\">Sign in again</a></p>");
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void authorize(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (keycloak.answers()) {
            String query = request.getQueryString();
            response.sendRedirect(keycloak.realmUrl() + "/protocol/openid-connect/auth" + (query == null ? "" : "?" + query));
            return;
        }
        response.setHeader("Retry-After", "30");
        page(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Sign-in is unavailable",
                "<p>The studio cannot sign you in right now: the sign-in service (Keycloak) does not answer.</p>"
                        + "<p>Nothing you saved is lost, and the offices' sites are not affected. Try again in a minute.</p>"
                        + "<p><a class=\"button\" href=\"" + request.getContextPath() + "/studio/\">Try again</a></p>");
    }

    private static void page(HttpServletResponse response, int status, String title, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        try (PrintWriter out = response.getWriter()) {
            out.print("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>" + title + " · Dateline studio</title>"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}"
                    + "h1{font-size:1.6rem}.button{display:inline-block;padding:.5rem 1rem;background:#1f4e79;color:#fff;"
                    + "text-decoration:none;border-radius:4px}</style></head><body><p>Dateline studio</p>"
                    + "<h1>" + title + "</h1>" + body + "</body></html>");
        }
    }
}
