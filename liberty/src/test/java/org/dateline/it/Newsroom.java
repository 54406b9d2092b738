package org.dateline.it;

import org.dateline.articles.entity.Content;

import java.util.List;
import java.util.UUID;

/** Story content for tests, with titles no other test (or earlier run) uses. */
public final class Newsroom {

    private Newsroom() {
    }

    public static Content story(String title) {
        return new Content(title, "San José", null, "A lead for " + title + ".",
                "<p>First paragraph of " + title + ".</p><script>alert('x')</script>", "en", List.of("Labour migration"));
    }

    public static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
