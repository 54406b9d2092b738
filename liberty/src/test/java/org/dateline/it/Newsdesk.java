package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.articles.entity.Story;
import org.dateline.workflow.boundary.Editorial;

import java.io.IOException;
import java.time.LocalDateTime;

/**
 * Test-only: lets a test outside the server have a story written, submitted and scheduled by the
 * office's staff, so that it can then stop and start the server around the scheduled time.
 */
@WebServlet("/desk/schedule")
public class Newsdesk extends HttpServlet {

    @EJB
    Editorial editorial;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Read here: the work runs in another request (SignedIn), where this one's parameters are not to be had.
        String office = request.getParameter("office");
        String author = request.getParameter("author");
        String editor = request.getParameter("editor");
        String title = request.getParameter("title");
        LocalDateTime at = LocalDateTime.parse(request.getParameter("at"));
        SignedIn signedIn = new SignedIn(request);
        Story draft = signedIn.as(author, () -> editorial.create(office, Newsroom.story(title)));
        Story submitted = signedIn.as(author, () -> editorial.submitForReview(office, draft.id(), draft.version()));
        Story scheduled = signedIn.as(editor, () -> editorial.schedule(office, draft.id(), submitted.version(), at));
        response.setContentType("text/plain");
        response.getWriter().print(scheduled.id());
    }
}
