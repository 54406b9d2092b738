package org.dateline.web.studio;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The studio's side of sign-in, open to everyone. {@code /studio/signin/keycloak} is the
 * authorization endpoint the server's OpenID Connect client sends browsers to: it passes them on
 * to Keycloak's own when Keycloak answers, and otherwise answers "Sign-in is unavailable" (503)
 * itself, instead of sending the browser to a server that is not there.
 * {@code /studio/signin/signed-out} is where Keycloak sends people back after signing out.
 * <p>
 * Nobody is signed in here, so these pages speak the studio language this browser last had
 * ({@link StudioLanguages#ofBrowser}); when the browser remembers the person's choice, Keycloak's
 * sign-in page is asked for it too ({@code ui_locales}), and otherwise Keycloak follows the
 * browser's languages itself.
 */
@WebServlet("/studio/signin/*")
public class SignIn extends HttpServlet {

    @Inject
    KeycloakStatus keycloak;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getPathInfo() == null ? "" : request.getPathInfo();
        response.setHeader("Cache-Control", "no-store");
        String language = StudioLanguages.ofBrowser(request);
        ResourceBundle words = StudioLanguages.bundle(Locale.forLanguageTag(language));
        switch (page) {
            case "/keycloak" -> authorize(request, response, language, words);
            case "/signed-out" -> page(response, HttpServletResponse.SC_OK, language, words, "signIn.signedOut",
                    "<p>" + text(words, "signIn.signedOutText") + "</p>"
                            + "<p><a class=\"button\" href=\"" + request.getContextPath() + "/studio/\">" + text(words, "signIn.again") + "</a></p>");
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void authorize(HttpServletRequest request, HttpServletResponse response, String language, ResourceBundle words)
            throws IOException {
        if (keycloak.answers()) {
            response.sendRedirect(keycloak.realmUrl() + "/protocol/openid-connect/auth"
                    + withLanguage(request.getQueryString(), StudioLanguages.remembered(request)));
            return;
        }
        response.setHeader("Retry-After", "30");
        page(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, language, words, "signIn.unavailable",
                "<p>" + text(words, "signIn.unavailableText") + "</p>"
                        + "<p>" + text(words, "signIn.unavailableNothingLost") + "</p>"
                        + "<p><a class=\"button\" href=\"" + request.getContextPath() + "/studio/\">" + text(words, "signIn.retry") + "</a></p>");
    }

    /**
     * The authorization request's query, with the person's language for Keycloak's pages when it
     * is known ({@code ui_locales}, OpenID Connect's parameter, which Keycloak honours); one the
     * request already has stays as it is.
     */
    static String withLanguage(String query, Optional<String> language) {
        String given = query == null ? "" : query;
        if (language.isEmpty() || given.matches("(^|.*&)ui_locales=.*")) {
            return given.isEmpty() ? "" : "?" + given;
        }
        return "?" + (given.isEmpty() ? "" : given + "&") + "ui_locales=" + language.get();
    }

    /** A bundle's text, escaped for HTML (the words are ours, but an apostrophe or an ampersand must show as one). */
    private static String text(ResourceBundle words, String key) {
        return StudioLanguages.text(words, key).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void page(HttpServletResponse response, int status, String language, ResourceBundle words, String titleKey,
                             String body) throws IOException {
        String title = text(words, titleKey);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", language);
        try (PrintWriter out = response.getWriter()) {
            out.print("<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"UTF-8\"><title>" + title + " · "
                    + text(words, "studio.name") + "</title>"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}"
                    + "h1{font-size:1.6rem}.button{display:inline-block;padding:.5rem 1rem;background:#1f4e79;color:#fff;"
                    + "text-decoration:none;border-radius:4px}</style></head><body><p>" + text(words, "studio.name") + "</p>"
                    + "<h1>" + title + "</h1>" + body + "</body></html>");
        }
    }
}
