package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Story;
import org.dateline.workflow.boundary.Editorial;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Test-only: lets a test outside the server (a browser test) have a story with a topic and a date
 * written, submitted and published by the office's staff, through the editorial workflow.
 * Answers the story's id.
 */
@WebServlet("/desk/publish")
public class Pressroom extends HttpServlet {

    @EJB
    Editorial editorial;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String office = request.getParameter("office");
        String author = request.getParameter("author");
        String title = request.getParameter("title");
        Content content = new Content(title, request.getParameter("dateline"), LocalDate.parse(request.getParameter("date")),
                "A lead for " + title + ".", "<p>The first paragraph of " + title + ".</p><p>And a second one.</p>", "en",
                List.of(request.getParameter("topic")));
        SignedIn signedIn = new SignedIn(request);
        Story draft = signedIn.as(author, () -> editorial.create(office, content));
        Story submitted = signedIn.as(author, () -> editorial.submitForReview(office, draft.id(), draft.version()));
        Story published = signedIn.as(request.getParameter("editor"), () -> editorial.publish(office, draft.id(), submitted.version()));
        response.setContentType("text/plain");
        response.getWriter().print(published.id());
    }
}
