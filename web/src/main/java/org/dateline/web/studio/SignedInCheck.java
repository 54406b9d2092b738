package org.dateline.web.studio;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 204 while the person's sign-in holds. The editor asks before it sends anything: when the
 * sign-in has lapsed the answer is a redirect to sign-in instead, and the editor reloads its page
 * (through sign-in) with the unsaved text still in the browser.
 */
@WebServlet("/studio/signed-in")
public class SignedInCheck extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(request.getUserPrincipal() == null ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_NO_CONTENT);
    }
}
