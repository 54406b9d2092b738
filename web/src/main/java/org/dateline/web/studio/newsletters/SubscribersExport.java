package org.dateline.web.studio.newsletters;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.identity.entity.NotAllowed;
import org.dateline.newsletters.boundary.Subscribers;
import org.dateline.newsletters.entity.Subscriber;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The office's list as CSV (RFC 4180), for its admins only, at
 * {@code /studio/newsletters/subscribers.csv?office=<office>}: e-mail, language, state, signed up,
 * confirmed (UTC, ISO 8601). A cell that a spreadsheet would read as a formula is written as text.
 */
@WebServlet("/studio/newsletters/subscribers.csv")
public class SubscribersExport extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 5_000;

    @EJB
    Subscribers subscribers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String office = request.getParameter("office");
        if (office == null || !office.matches("[a-z0-9-]{1,60}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<Subscriber> first;
        try {
            first = subscribers.list(office, 0, PAGE);
        } catch (NotAllowed e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (EJBException e) {
            response.sendError(e.getCause() instanceof NotAllowed ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"newsletter-subscribers-" + office + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print("email,language,state,signed_up,confirmed\r\n");
        List<Subscriber> page = first;
        for (int offset = 0; !page.isEmpty(); offset += PAGE) {
            for (Subscriber s : page) {
                out.print(cell(s.email()) + "," + s.language() + "," + s.state().name() + ","
                        + DateTimeFormatter.ISO_INSTANT.format(s.createdAt()) + ","
                        + (s.confirmedAt() == null ? "" : DateTimeFormatter.ISO_INSTANT.format(s.confirmedAt())) + "\r\n");
            }
            if (page.size() < PAGE) {
                break;
            }
            page = subscribers.list(office, offset + PAGE, PAGE);
        }
        out.flush();
    }

    static String cell(String value) {
        String text = value.matches("^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return text.matches(".*[\",\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
