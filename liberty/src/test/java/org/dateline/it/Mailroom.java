package org.dateline.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.newsletters.boundary.Mailings;
import org.dateline.newsletters.boundary.Newsletters;
import org.dateline.newsletters.entity.Issue;
import org.dateline.newsletters.entity.IssueContent;
import org.dateline.newsletters.entity.IssueItem;
import org.dateline.newsletters.entity.IssueSection;
import org.dateline.newsletters.entity.MailingProgress;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Test-only: lets a test or a benchmark outside the server put confirmed subscribers on an office's
 * list ({@code POST /desk/mailing?office=&subscribers=&prefix=}: {@code prefix-<n>@example.org},
 * written straight into the list as an import of an old list would), publish an issue and start
 * mailing it (the answer is the issue's id), and follow the mailing
 * ({@code GET /desk/mailing?office=&issue=}: "state sent failed left recipients", and with {@code &memory} the
 * server's resident set and heap used, in kB).
 */
@WebServlet("/desk/mailing")
public class Mailroom extends HttpServlet {

    @EJB
    Newsletters newsletters;

    @EJB
    Mailings mailings;

    @Resource(lookup = "jdbc/dateline")
    DataSource database;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String office = request.getParameter("office");
        int count = Integer.parseInt(request.getParameter("subscribers"));
        String prefix = request.getParameter("prefix");
        try {
            subscribe(office, prefix, count);
        } catch (SQLException e) {
            throw new IOException(e);
        }
        SignedIn signedIn = new SignedIn(request);
        IssueContent content = new IssueContent("Mailroom issue " + prefix, YearMonth.of(2021, 9), "en", "For everyone on the list.",
                List.of(new IssueSection("NEWS", List.of(IssueItem.of("An item for " + count + " readers."),
                        new IssueItem("And one with a link.", null, "https://www.iom.int/", null)))), List.of(), null);
        Issue draft = signedIn.as("walt.author", () -> newsletters.create(office, content));
        Issue submitted = signedIn.as("walt.author", () -> newsletters.submitForReview(office, draft.id(), draft.version()));
        Issue published = signedIn.as("will.editor", () -> newsletters.publish(office, draft.id(), submitted.version()));
        signedIn.as("will.editor", () -> mailings.start(office, published.id()));
        response.setContentType("text/plain");
        response.getWriter().print(published.id());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String office = request.getParameter("office");
        long issue = Long.parseLong(request.getParameter("issue"));
        MailingProgress progress = new SignedIn(request).as("will.editor", () -> mailings.progress(office, issue)).orElseThrow();
        response.setContentType("text/plain");
        String answer = progress.state() + " " + progress.sent() + " " + progress.failed() + " " + progress.left() + " "
                + progress.recipients();
        if (request.getParameter("memory") != null) {
            answer += " " + residentKilobytes() + " " + java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
        }
        response.getWriter().print(answer);
    }

    /** The server's resident set in kB, from /proc (Linux). */
    private static long residentKilobytes() throws IOException {
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }

    private void subscribe(String office, String prefix, int count) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO newsletter_subscriber (id, office_id, email, language, state, unsubscribe_token, created_at, confirmed_at,"
                        + " version) VALUES (?, ?, ?, 'en', 'CONFIRMED', ?, ?, ?, 1)")) {
            long first = 500_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 400_000_000L);
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < count; i++) {
                insert.setLong(1, first + i);
                insert.setString(2, office);
                insert.setString(3, prefix + "-" + i + "@example.org");
                insert.setString(4, (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 43));
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.addBatch();
                if ((i + 1) % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
