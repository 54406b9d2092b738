package org.dateline.web.studio;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.identity.boundary.PersonalSettings;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The header's language chooser: stores the studio language the person chose and sends them back
 * to the page they were on, now in that language. A POST from the studio's own page only
 * ({@link StudioGuard}), like every change.
 */
@WebServlet("/studio/language")
public class ChooseLanguage extends HttpServlet {

    /** A page address as the studio's own pages have them: a path and a plain query. */
    private static final Pattern PAGE = Pattern.compile("/studio/[A-Za-z0-9/._~%-]*(\\?[A-Za-z0-9._~%&=+-]*)?");

    @EJB
    PersonalSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = request.getParameter("language");
        if (!StudioLanguages.isSupported(language)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().print(StudioLanguages.text(StudioLanguages.bundle(Locale.forLanguageTag(StudioLanguages.ofBrowser(request))),
                    "language.unknown"));
            return;
        }
        settings.chooseLanguage(language);
        StudioLanguages.remember(request, response, language);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back(request.getContextPath(), request.getParameter("page")));
    }

    /**
     * Where to go after the choice: the studio page it was made on, if {@code page} is one (never
     * another site, nor sign-in, sign-out or this address), else the studio's start page.
     */
    static String back(String context, String page) {
        String start = context + "/studio/";
        if (page == null || !page.startsWith(context + "/studio/")) {
            return start;
        }
        String path = page.substring(context.length());
        if (!PAGE.matcher(path).matches() || path.contains("..") || path.contains("//") || path.startsWith("/studio/signin")
                || path.startsWith("/studio/signout") || path.startsWith("/studio/language")) {
            return start;
        }
        return page;
    }
}
