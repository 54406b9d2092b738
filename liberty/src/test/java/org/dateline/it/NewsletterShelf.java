package org.dateline.it;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.dateline.newsletters.boundary.Newsletters;
import org.dateline.newsletters.entity.Issue;
import org.dateline.newsletters.entity.IssueItem;
import org.dateline.newsletters.entity.IssueSection;

import java.io.IOException;

/**
 * Test-only: lets a browser test read a newsletter issue as the newsletters boundary has it stored,
 * as one of the office's staff signed in with their Keycloak token ({@code GET ?office=…&id=…&as=…}):
 * its state, version, title, month, and its sections in order with each item's text, story and address.
 */
@WebServlet("/newsletters/issue")
public class NewsletterShelf extends HttpServlet {

    @EJB
    Newsletters newsletters;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String office = request.getParameter("office");
        long id = Long.parseLong(request.getParameter("id"));
        Issue issue = new SignedIn(request).as(request.getParameter("as"), () -> newsletters.issue(office, id));
        JsonArrayBuilder sections = Json.createArrayBuilder();
        for (IssueSection section : issue.sections()) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (IssueItem item : section.items()) {
                JsonObjectBuilder i = Json.createObjectBuilder().add("text", item.text());
                if (item.readMoreStory() != null) {
                    i.add("story", item.readMoreStory());
                }
                if (item.readMoreUrl() != null) {
                    i.add("url", item.readMoreUrl());
                }
                items.add(i);
            }
            sections.add(Json.createObjectBuilder().add("heading", section.heading()).add("items", items));
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().print(Json.createObjectBuilder().add("state", issue.state().name()).add("version", issue.version())
                .add("title", issue.title()).add("month", issue.month().toString()).add("sections", sections).build());
    }
}
