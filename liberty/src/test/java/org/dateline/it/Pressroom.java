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
 * written, submitted and published by the office's staff, through the editorial workflow; in
 * English, or in Spanish with {@code language=es}; with {@code translationOf}, linked by the editor
 * as the translation of that live story. Answers the story's id.
 */
@WebServlet("/desk/publish")
public class Pressroom extends HttpServlet {

    @EJB
    Editorial editorial;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String office = request.getParameter("office");
        String author = request.getParameter("author");
        String title = request.getParameter("title");
        boolean spanish = "es".equals(request.getParameter("language"));
        Content content = new Content(title, request.getParameter("dateline"), LocalDate.parse(request.getParameter("date")),
                spanish ? "Una entradilla de " + title + "." : "A lead for " + title + ".",
                spanish ? "<p>El primer párrafo de " + title + ".</p><p>Y un segundo párrafo.</p>"
                        : "<p>The first paragraph of " + title + ".</p><p>And a second one.</p>",
                spanish ? "es" : "en", List.of(request.getParameter("topic")));
        String translationOf = request.getParameter("translationOf");
        String editor = request.getParameter("editor");
        SignedIn signedIn = new SignedIn(request);
        Story draft = signedIn.as(author, () -> editorial.create(office, content));
        Story submitted = signedIn.as(author, () -> editorial.submitForReview(office, draft.id(), draft.version()));
        Story published = signedIn.as(editor, () -> editorial.publish(office, draft.id(), submitted.version()));
        if (translationOf != null) {
            signedIn.run(editor, () -> editorial.linkTranslation(office, published.id(), published.version(), Long.parseLong(translationOf)));
        }
        response.setContentType("text/plain");
        response.getWriter().print(published.id());
    }
}
