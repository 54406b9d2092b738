package org.dateline.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Test-only: runs the work {@link SignedIn} handed over, in a request that Liberty's OpenID Connect
 * client has authenticated from its Bearer token (test-signin.xml on the test server; web.xml of
 * the test module makes the path need a signed-in person).
 */
@WebServlet("/signed-in")
public class SignedInWork extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedIn.Work work = SignedIn.WORK.get(request.getParameter("work"));
        response.setContentType("text/plain");
        if (work == null || request.getUserPrincipal() == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().print(work == null ? "no such work" : "not signed in");
            return;
        }
        work.run();
        response.getWriter().print("ran as " + request.getUserPrincipal().getName());
    }
}
