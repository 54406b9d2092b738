package org.dateline.newsletters.entity;

import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
        List<String> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add("The issue needs a title.");
        } else if (title.length() > MAX_TITLE) {
            problems.add("The title is " + title.length() + " characters long; at most " + MAX_TITLE + " fit.");
        }
        if (month == null) {
            problems.add("Say which month the issue covers.");
        }
        if (!LANGUAGES.contains(language)) {
            problems.add("The issue's language must be English (en) or Spanish (es).");
        }
        if (intro != null && intro.length() > MAX_TEXT) {
            problems.add("The introduction is " + intro.length() + " characters long; at most " + MAX_TEXT + " fit.");
        }
        if (contact != null && contact.length() > MAX_CONTACT) {
            problems.add("The contact block is " + contact.length() + " characters long; at most " + MAX_CONTACT + " fit.");
        }
        for (int s = 0; s < sections.size(); s++) {
            IssueSection section = sections.get(s);
            String where = "Section " + (s + 1);
            if (section.heading().isEmpty()) {
                problems.add(where + " needs a heading.");
            }
            for (int i = 0; i < section.items().size(); i++) {
                IssueItem item = section.items().get(i);
                String at = where + ", item " + (i + 1);
                if (item.text().isEmpty()) {
                    problems.add(at + " has no text.");
                } else if (item.text().length() > MAX_TEXT) {
                    problems.add(at + " is " + item.text().length() + " characters long; at most " + MAX_TEXT + " fit.");
                }
                if (item.readMoreStory() != null && item.readMoreUrl() != null) {
                    problems.add(at + ": its \"Read more\" link goes either to a story or to an address, not both.");
                }
                if (item.readMoreUrl() != null && !isHttps(item.readMoreUrl())) {
                    problems.add(at + ": the \"Read more\" address must start with https://.");
                }
            }
        }
        for (int r = 0; r < resources.size(); r++) {
            KeyResource resource = resources.get(r);
            if (resource.label().isEmpty()) {
                problems.add("Key resource " + (r + 1) + " needs a label.");
            }
            if (resource.url() != null && !isHttps(resource.url())) {
                problems.add("Key resource " + (r + 1) + ": the address must start with https://.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidIssue(problems);
        }
        return this;
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
