package org.dateline.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Story;
import org.dateline.crossposting.boundary.CrossPosts;
import org.dateline.crossposting.entity.CrossPost;
import org.dateline.crossposting.entity.CrossPostLine;
import org.dateline.tenancy.boundary.OfficeDirectory;
import org.dateline.workflow.boundary.Editorial;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Test-only, for {@code bench/crosspost-copies.sh}: {@code POST /test/bench/copies?copies=100} makes
 * that many offices of the Americas (bench-001, …) where there are none yet, publishes a San José
 * story and has it approved for every one of them, and answers the story's id and then, one a line,
 * the addresses of its live copies; {@code POST /test/bench/copies?story=ID&title=T} writes a new
 * revision of the story with that title and submits it, answering the story's version, and
 * {@code POST /test/bench/copies?story=ID&version=V} publishes it, answering how long that took in ms.
 * Everything goes through the boundaries as the realm's staff (eli.editor, rita.regional).
 */
@WebServlet("/bench/copies")
public class CopiesBenchDesk extends HttpServlet {

    @EJB
    Editorial editorial;

    @EJB
    Stories stories;

    @EJB
    CrossPosts crossPosts;

    @EJB
    OfficeDirectory offices;

    @Resource(lookup = "jdbc/dateline")
    DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        SignedIn signedIn = new SignedIn(request);
        response.setContentType("text/plain;charset=UTF-8");
        String story = request.getParameter("story");
        if (story != null && request.getParameter("title") != null) {
            long id = Long.parseLong(story);
            String title = request.getParameter("title");
            Story current = signedIn.as("eli.editor", () -> stories.find("san-jose", id));
            Story revised = signedIn.as("eli.editor", () -> editorial.revise("san-jose", id, current.version(), content(title)));
            Story submitted = signedIn.as("eli.editor", () -> editorial.submitForReview("san-jose", id, revised.version()));
            response.getWriter().print(submitted.version());
            return;
        }
        if (story != null) {
            long id = Long.parseLong(story);
            int version = Integer.parseInt(request.getParameter("version"));
            long started = System.nanoTime();
            signedIn.run("eli.editor", () -> editorial.publish("san-jose", id, version));
            response.getWriter().print((System.nanoTime() - started) / 1_000_000);
            return;
        }
        int copies = Integer.parseInt(request.getParameter("copies"));
        List<String> targets = IntStream.rangeClosed(1, copies).mapToObj(i -> String.format("bench-%03d", i)).toList();
        try {
            officesFor(targets);
        } catch (SQLException e) {
            throw new IOException(e);
        }
        offices.reload();
        Story published = Newsroom.published(editorial, signedIn, "san-jose", "ana.author", "eli.editor",
                content(Newsroom.unique("Copied a hundred times")));
        List<CrossPost> offered = signedIn.as("eli.editor", () -> crossPosts.offer("san-jose", published.id(), targets, "Benchmark"));
        List<CrossPosts.Outcome> outcomes = signedIn.as("rita.regional", () -> crossPosts.approveAll(
                offered.stream().map(c -> new CrossPosts.Decision(c.id(), c.version())).toList(), null));
        if (outcomes.stream().anyMatch(o -> !o.done())) {
            throw new IOException("not every copy was approved: " + outcomes);
        }
        List<CrossPostLine> ledger = signedIn.as("eli.editor", () -> crossPosts.ledgerLines("san-jose", published.id()));
        StringBuilder answer = new StringBuilder().append(published.id()).append('\n');
        ledger.stream().filter(l -> l.copyUrl() != null).forEach(l -> answer.append(l.copyUrl()).append('\n'));
        response.getWriter().print(answer);
    }

    private static Content content(String title) {
        return new Content(title, "San José", null, "A lead for " + title + ".", "<p>The text of " + title + ".</p>", "en",
                List.of("Labour migration"));
    }

    /** Offices of the Americas, with their sites' version rows, where there are none yet. */
    private void officesFor(List<String> slugs) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement office = c.prepareStatement("INSERT INTO office (slug, name, region, languages, time_zone, date_pattern,"
                     + " host_names, site_name) SELECT ?, ?, 'americas', 'en', 'America/Panama', 'd MMMM yyyy', ?, ? WHERE NOT EXISTS"
                     + " (SELECT 1 FROM office WHERE slug = ?)");
             PreparedStatement version = c.prepareStatement("INSERT INTO site_version (office_id, version, changed_at)"
                     + " SELECT ?, 1, CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM site_version WHERE office_id = ?)")) {
            for (String slug : slugs) {
                String name = "Bench office " + slug.substring(slug.length() - 3);
                office.setString(1, slug);
                office.setString(2, name);
                office.setString(3, slug + ".bench.localhost");
                office.setString(4, name);
                office.setString(5, slug);
                office.executeUpdate();
                version.setString(1, slug);
                version.setString(2, slug);
                version.executeUpdate();
            }
        }
    }
}
