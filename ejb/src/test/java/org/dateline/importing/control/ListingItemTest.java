package org.dateline.importing.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListingItemTest {

    @Test
    void leadIsTheFirstParagraph() {
        ListingItem item = new ListingItem(1, "Title", null, null, List.of("First.", "Second."), null);
        assertThat(item.lead()).isEqualTo("First.");
    }

    @Test
    void paragraphsCannotBeChangedAfterwards() {
        List<String> paragraphs = new ArrayList<>(List.of("First."));
        ListingItem item = new ListingItem(1, "Title", null, null, paragraphs, null);
        paragraphs.add("Sneaked in.");
        assertThat(item.paragraphs()).containsExactly("First.");
        assertThatThrownBy(() -> item.paragraphs().add("More.")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anItemWithoutParagraphsIsRefused() {
        assertThatThrownBy(() -> new ListingItem(1, "Title", null, null, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void problemsAreJoinedIntoTheMessage() {
        MalformedListingException e = new MalformedListingException(List.of("line 1: one", "line 4: two"));
        assertThat(e.getMessage()).isEqualTo("line 1: one; line 4: two");
        assertThat(e.problems()).containsExactly("line 1: one", "line 4: two");
    }
}
