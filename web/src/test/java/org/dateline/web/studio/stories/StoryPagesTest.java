package org.dateline.web.studio.stories;

import org.dateline.articles.boundary.Stories;
import org.dateline.articles.entity.StoryCursor;
import org.dateline.articles.entity.StoryFilter;
import org.dateline.articles.entity.StoryLine;
import org.dateline.workflow.entity.EditorialState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class StoryPagesTest {

    /** 100 stories, id 100 the newest; it notes how each page was asked for. */
    static class Office extends Stories {
        final List<String> asked = new ArrayList<>();
        final List<StoryLine> all = LongStream.rangeClosed(1, 100).map(i -> 101 - i).mapToObj(id -> new StoryLine(id, "Story " + id,
                EditorialState.DRAFT, "ana.author", "Ana Author", "en", List.of(), Instant.ofEpochSecond(id * 60), null, null, null,
                false)).toList();

        @Override
        public List<StoryLine> lines(String office, StoryFilter filter, StoryCursor after, int skip, int limit) {
            asked.add((after == null ? "from the start" : "after " + after.id()) + ", skipping " + skip);
            int start = after == null ? 0 : (int) (100 - after.id() + 1);
            return all.subList(Math.min(100, start + skip), Math.min(100, start + skip + limit));
        }

        @Override
        public long count(String office, StoryFilter filter) {
            return all.size();
        }
    }

    @Test
    void theNextPageAndAnyPageAfterOneSeenAreReadByCursor() {
        Office office = new Office();
        StoryPages pages = new StoryPages(office, "san-jose");

        assertThat(pages.load(0, 25, Map.of(), Map.of())).first().extracting(StoryLine::id).isEqualTo(100L);
        assertThat(pages.load(25, 25, Map.of(), Map.of())).first().extracting(StoryLine::id).isEqualTo(75L);
        assertThat(pages.load(75, 25, Map.of(), Map.of())).extracting(StoryLine::id).startsWith(25L).endsWith(1L);
        assertThat(pages.load(50, 25, Map.of(), Map.of())).first().extracting(StoryLine::id).isEqualTo(50L);
        assertThat(office.asked).containsExactly("from the start, skipping 0", "after 76, skipping 0", "after 51, skipping 25",
                "after 51, skipping 0");
    }

    @Test
    void anotherFilterStartsFromTheTopAgain() {
        Office office = new Office();
        StoryPages pages = new StoryPages(office, "san-jose");
        pages.load(0, 25, Map.of(), Map.of());
        pages.filterBy(new StoryFilter(EditorialState.DRAFT, null, null, null, null, null));

        pages.load(25, 25, Map.of(), Map.of());

        assertThat(office.asked).containsExactly("from the start, skipping 0", "from the start, skipping 25");
    }
}
