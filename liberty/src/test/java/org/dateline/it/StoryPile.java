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
import java.time.LocalDateTime;
import java.util.List;

/**
 * Test-only: fills San José's desk through the editorial workflow, as its staff would. With
 * {@code marker} in every title: two drafts of eli.editor, one story of ana.author in review, one of
 * eli.editor sent back with changes requested (by tom.two-offices), one of ana.author scheduled by
 * eli.editor at the local time {@code goesLive} ({@code 2026-12-03T09:30}), one published by him now
 * and to come off the site at {@code comesOff}, and {@code drafts} drafts of ana.author titled
 * "{@code marker} pile 01", "… 02" (the higher the number, the newer), for a list of several pages;
 * and a draft of Georgetown's, which San José's desk and list must not show.
 */
@WebServlet("/desk/pile")
public class StoryPile extends HttpServlet {

    private static final String OFFICE = "san-jose";

    @EJB
    Editorial editorial;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String marker = request.getParameter("marker");
        LocalDateTime goesLive = LocalDateTime.parse(request.getParameter("goesLive"));
        LocalDateTime comesOff = LocalDateTime.parse(request.getParameter("comesOff"));
        int drafts = Integer.parseInt(request.getParameter("drafts"));
        SignedIn signedIn = new SignedIn(request);

        signedIn.run("eli.editor", () -> {
            editorial.create(OFFICE, content(marker + " desk draft one"));
            editorial.create(OFFICE, content(marker + " desk draft two"));
        });
        signedIn.run("ana.author", () -> {
            Story story = editorial.create(OFFICE, content(marker + " desk in review"));
            editorial.submitForReview(OFFICE, story.id(), story.version());
        });
        Story sentBack = signedIn.as("eli.editor", () -> {
            Story story = editorial.create(OFFICE, content(marker + " desk sent back"));
            return editorial.submitForReview(OFFICE, story.id(), story.version());
        });
        signedIn.run("tom.two-offices", () -> editorial.requestChanges(OFFICE, sentBack.id(), sentBack.version(), "A source for the figures, please."));
        Story toSchedule = signedIn.as("ana.author", () -> {
            Story story = editorial.create(OFFICE, content(marker + " desk scheduled"));
            return editorial.submitForReview(OFFICE, story.id(), story.version());
        });
        signedIn.run("eli.editor", () -> editorial.schedule(OFFICE, toSchedule.id(), toSchedule.version(), goesLive));
        Story live = Newsroom.published(editorial, signedIn, OFFICE, "ana.author", "eli.editor", content(marker + " desk coming off"));
        signedIn.run("eli.editor", () -> editorial.scheduleUnpublish(OFFICE, live.id(), live.version(), comesOff, "Embargoed figures"));
        signedIn.run("gabe.author", () -> editorial.create("georgetown", content(marker + " desk in another office")));
        signedIn.run("ana.author", () -> {
            for (int i = 1; i <= drafts; i++) {
                editorial.create(OFFICE, content(marker + " pile " + String.format("%02d", i)));
            }
        });
        response.setContentType("text/plain");
        response.getWriter().print("ok");
    }

    private static Content content(String title) {
        return new Content(title, "San José", null, "A lead for " + title + ".", "<p>The story of " + title + ".</p>", "en",
                List.of("Labour migration"));
    }
}
