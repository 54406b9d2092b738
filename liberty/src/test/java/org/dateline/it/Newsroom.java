package org.dateline.it;

import org.dateline.articles.entity.Content;
import org.dateline.articles.entity.Story;
import org.dateline.workflow.boundary.Editorial;

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

    /** A story written and submitted by the author and published by the editor, as the workflow has it. */
    public static Story published(Editorial editorial, SignedIn signedIn, String office, String author, String editor, String title) {
        return published(editorial, signedIn, office, author, editor, story(title));
    }

    /** The given content written and submitted by the author and published by the editor. */
    public static Story published(Editorial editorial, SignedIn signedIn, String office, String author, String editor, Content content) {
        Story draft = signedIn.as(author, () -> editorial.create(office, content));
        Story submitted = signedIn.as(author, () -> editorial.submitForReview(office, draft.id(), draft.version()));
        return signedIn.as(editor, () -> editorial.publish(office, draft.id(), submitted.version()));
    }

    public static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
