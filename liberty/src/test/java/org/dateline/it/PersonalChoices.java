package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.identity.boundary.PersonalSettings;

import java.io.IOException;

/**
 * Test-only: lets a browser test start from a person who has chosen no studio language (or a given
 * one), as that person, signed in with their Keycloak token: the boundary only ever changes the
 * caller's own settings. Answers the language now stored, or nothing.
 */
@WebServlet("/desk/language")
public class PersonalChoices extends HttpServlet {

    @EJB
    PersonalSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String person = request.getParameter("person");
        String language = request.getParameter("language");
        String chosen = new SignedIn(request).as(person,
                () -> settings.chooseLanguage(language == null || language.isBlank() ? null : language).language().orElse(""));
        response.setContentType("text/plain");
        response.getWriter().print(chosen);
    }
}
