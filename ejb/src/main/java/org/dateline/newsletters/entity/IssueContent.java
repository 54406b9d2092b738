package org.dateline.newsletters.entity;

import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.dateline.newsletters.entity.IssueProblem.Kind.MISSING;
import static org.dateline.newsletters.entity.IssueProblem.Kind.NOT_HTTPS;
import static org.dateline.newsletters.entity.IssueProblem.Kind.TOO_LONG;
import static org.dateline.newsletters.entity.IssueProblem.Kind.TWO_LINKS;
import static org.dateline.newsletters.entity.IssueProblem.Kind.UNKNOWN_LANGUAGE;

/** What an editor writes of an issue: everything but its workflow. */
public record IssueContent(String title, YearMonth month, String language, String intro, List<IssueSection> sections,
                           List<KeyResource> resources, String contact) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_CONTACT = 2000;
    private static final Set<String> LANGUAGES = Set.of("en", "es");

    public IssueContent {
        title = title == null ? "" : title.strip();
        language = language == null ? "" : language.strip();
        intro = intro == null || intro.isBlank() ? null : intro.strip();
        contact = contact == null || contact.isBlank() ? null : contact.strip();
        sections = sections == null ? List.of() : List.copyOf(sections);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /**
     * Refuses the content unless it can be kept.
     *
     * @throws InvalidIssue with every problem found
     */
    public IssueContent validated() {
        List<IssueProblem> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add(problem("title", MISSING, "The issue needs a title."));
        } else if (title.length() > MAX_TITLE) {
            problems.add(problem("title", TOO_LONG, "The title is " + title.length() + " characters long; at most " + MAX_TITLE + " fit.",
                    title.length(), MAX_TITLE));
        }
        if (month == null) {
            problems.add(problem("month", MISSING, "Say which month the issue covers."));
        }
        if (!LANGUAGES.contains(language)) {
            problems.add(problem("language", UNKNOWN_LANGUAGE, "The issue's language must be English (en) or Spanish (es)."));
        }
        if (intro != null && intro.length() > MAX_TEXT) {
            problems.add(problem("intro", TOO_LONG, "The introduction is " + intro.length() + " characters long; at most " + MAX_TEXT + " fit.",
                    intro.length(), MAX_TEXT));
        }
        if (contact != null && contact.length() > MAX_CONTACT) {
            problems.add(problem("contact", TOO_LONG, "The contact block is " + contact.length() + " characters long; at most " + MAX_CONTACT
                    + " fit.", contact.length(), MAX_CONTACT));
        }
        for (int s = 0; s < sections.size(); s++) {
            IssueSection section = sections.get(s);
            String where = "Section " + (s + 1);
            String field = "sections:" + s;
            if (section.heading().isEmpty()) {
                problems.add(problem(field + ":heading", MISSING, where + " needs a heading.", s + 1));
            }
            for (int i = 0; i < section.items().size(); i++) {
                IssueItem item = section.items().get(i);
                String at = where + ", item " + (i + 1);
                String itemField = field + ":items:" + i;
                if (item.text().isEmpty()) {
                    problems.add(problem(itemField + ":text", MISSING, at + " has no text.", s + 1, i + 1));
                } else if (item.text().length() > MAX_TEXT) {
                    problems.add(problem(itemField + ":text", TOO_LONG, at + " is " + item.text().length() + " characters long; at most "
                            + MAX_TEXT + " fit.", item.text().length(), MAX_TEXT));
                }
                if (item.readMoreStory() != null && item.readMoreUrl() != null) {
                    problems.add(problem(itemField + ":link", TWO_LINKS,
                            at + ": its \"Read more\" link goes either to a story or to an address, not both.", s + 1, i + 1));
                }
                if (item.readMoreUrl() != null && !isHttps(item.readMoreUrl())) {
                    problems.add(problem(itemField + ":url", NOT_HTTPS, at + ": the \"Read more\" address must start with https://.", s + 1, i + 1));
                }
            }
        }
        for (int r = 0; r < resources.size(); r++) {
            KeyResource resource = resources.get(r);
            if (resource.label().isEmpty()) {
                problems.add(problem("resources:" + r + ":label", MISSING, "Key resource " + (r + 1) + " needs a label.", r + 1));
            }
            if (resource.url() != null && !isHttps(resource.url())) {
                problems.add(problem("resources:" + r + ":url", NOT_HTTPS, "Key resource " + (r + 1) + ": the address must start with https://.",
                        r + 1));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidIssue(problems);
        }
        return this;
    }

    private static IssueProblem problem(String field, IssueProblem.Kind kind, String text, Object... arguments) {
        return new IssueProblem(field, kind, List.of(arguments), text);
    }

    static boolean isHttps(String address) {
        try {
            URI uri = new URI(address);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
