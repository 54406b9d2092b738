package org.dateline.web.site;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SitePathsTest {

    private static final Pattern OFFICE_PATH = Pattern.compile("^/([a-z0-9-]+)(/.*)?$");
    private static final Pattern STORY = Pattern.compile("^/stories/(\\d{1,18})(?:-([a-z0-9-]*))?/?$");

    @Test
    void readsWhatTheRegularExpressionsRead() {
        List<String> paths = new ArrayList<>(List.of("", "/", "//", "/san-jose", "/san-jose/", "/san-jose/stories/12-a-b",
                "/San-jose/", "/san_jose/", "/san-jose\n/", "/san-jose/a\nb", "/san-jose/a\u2028", "/-/", "/a", "a/b",
                "/stories/", "/stories/1", "/stories/1/", "/stories/1-", "/stories/1-/", "/stories/1--x-", "/stories/1-Ab",
                "/stories/12a", "/stories/123456789012345678", "/stories/1234567890123456789", "/stories/1-abc//",
                "/stories/\u0661\u0662", "/stories/-1", "/stories/1-a/b", "/stories/000-x", "/stories//1"));
        Random random = new Random(7);
        String alphabet = "/stories/0123456789-azA_.\n\u0661";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder path = new StringBuilder(random.nextBoolean() ? "/stories/" : "/");
            for (int i = random.nextInt(24); i > 0; i--) {
                path.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            paths.add(path.toString());
        }
        for (String path : paths) {
            Matcher office = OFFICE_PATH.matcher(path);
            int end = SitePaths.officeEnd(path);
            assertThat(end >= 0).as(path).isEqualTo(office.matches());
            if (end >= 0) {
                assertThat(path.substring(1, end)).as(path).isEqualTo(office.group(1));
                assertThat(end == path.length() ? null : path.substring(end)).as(path).isEqualTo(office.group(2));
            }
            Matcher story = STORY.matcher(path);
            SitePaths.StoryPath read = SitePaths.story(path);
            assertThat(read != null).as(path).isEqualTo(story.matches());
            if (read != null) {
                assertThat(read.id()).as(path).isEqualTo(Long.parseLong(story.group(1)));
                assertThat(read.slug()).as(path).isEqualTo(story.group(2));
            }
        }
    }
}
