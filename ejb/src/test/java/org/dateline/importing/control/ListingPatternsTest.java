package org.dateline.importing.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every pattern the importer runs over a listing's lines reads a line a bounded number of times,
 * whatever the line: the inputs are those that make a backtracking search quadratic (long runs that
 * almost match, from every place a match could start). The patterns are measured by the characters
 * they read; the methods around them, which also cut and loop, run under a generous time guard,
 * where the quadratic versions took minutes.
 */
class ListingPatternsTest {

    private static final int N = 50_000;
    /**
     * Reads per character of input: a linear search reads each a few dozen times at most (once for
     * each alternative that could start there: the month names). A quadratic one reads each about
     * as many times as the line is long.
     */
    private static final int READS_PER_CHARACTER = 100;
    private static final Duration GUARD = Duration.ofSeconds(2);

    /** Counts what a matcher reads of its input. */
    private static final class Counted implements CharSequence {
        private final String text;
        long reads;

        Counted(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static Map<String, Pattern> patterns() {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        patterns.put("Datelines.SEPARATOR", Datelines.SEPARATOR);
        patterns.put("Datelines.FULL_STOP", Datelines.FULL_STOP);
        patterns.put("Datelines.LEADING_DATE", Datelines.LEADING_DATE);
        patterns.put("Datelines.TRAILING_DATE", Datelines.TRAILING_DATE);
        patterns.put("Datelines.PLACE_WORD", Datelines.PLACE_WORD);
        patterns.put("Datelines.NAME_WORD", Datelines.NAME_WORD);
        patterns.put("ListingText.SPACES", ListingText.SPACES);
        patterns.put("ListingText.LINK", ListingText.LINK);
        patterns.put("ListingText.LINK_ONLY", ListingText.LINK_ONLY);
        patterns.put("ListingText.CALL_TO_ACTION", ListingText.CALL_TO_ACTION);
        patterns.put("PublicationDates.NUMERIC", PublicationDates.NUMERIC);
        patterns.put("PublicationDates.DAY_MONTH_YEAR", PublicationDates.DAY_MONTH_YEAR);
        patterns.put("PublicationDates.MONTH_DAY_YEAR", PublicationDates.MONTH_DAY_YEAR);
        patterns.put("PublicationDates.MONTH_YEAR", PublicationDates.MONTH_YEAR);
        return patterns;
    }

    /** Lines that almost match, over and over: each one ends in something no pattern wants. */
    private static Map<String, String> pathological() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("brackets", "[".repeat(N) + "x");
        lines.put("parentheses", "(".repeat(N) + "x");
        lines.put("an unclosed link", "[a](" + "b".repeat(N));
        lines.put("a link's text never closed", "[" + "a".repeat(N) + "](");
        lines.put("spaces", " ".repeat(N) + "x");
        lines.put("no-break spaces", "\u00a0".repeat(N) + "x");
        lines.put("spaces and dashes", " -".repeat(N / 2) + "x");
        lines.put("en dashes", "–".repeat(N) + "x");
        lines.put("spaces and em dashes", " —".repeat(N / 2) + " x");
        lines.put("commas", ",".repeat(N) + "x");
        lines.put("stops and spaces", ". ".repeat(N / 2) + "x");
        lines.put("capitals", "A".repeat(N) + "1");
        lines.put("a name word", "A" + "a".repeat(N) + "-");
        lines.put("hyphenated names", "Aa-".repeat(N / 3) + "1");
        lines.put("digits and slashes", "1 / ".repeat(N / 4) + "x");
        lines.put("a month almost", "1 " + "a".repeat(N) + ".,");
        lines.put("read more", "read more ".repeat(N / 10));
        return lines;
    }

    @Test
    void everyPatternReadsAPathologicalLineABoundedNumberOfTimes() {
        List<String> superlinear = new ArrayList<>();
        patterns().forEach((name, pattern) -> pathological().forEach((what, line) -> {
            Counted searched = new Counted(line);
            Matcher finding = pattern.matcher(searched);
            while (finding.find()) {
                // every match, as replaceAll and the parser's loops take them
            }
            Counted matched = new Counted(line);
            pattern.matcher(matched).matches();
            long reads = Math.max(searched.reads, matched.reads);
            if (reads > (long) READS_PER_CHARACTER * line.length()) {
                superlinear.add(name + " read " + what + " (" + line.length() + " characters) " + reads + " times");
            }
        }));
        assertThat(superlinear).isEmpty();
    }

    @Test
    void aDatelineIsLookedForInBoundedTimeInAParagraphOfDashesOrCommas() {
        String dashes = "—".repeat(2 * N) + "x";
        String commas = ",".repeat(2 * N) + "x – The rest of the paragraph.";
        String spaced = "- ".repeat(N) + "x";
        assertTimeoutPreemptively(GUARD, () -> {
            assertThat(Datelines.split(dashes).place()).isNull();
            assertThat(Datelines.split(commas).place()).isNull();
            assertThat(Datelines.split(spaced).place()).isNull();
        });
        assertThat(Datelines.split("GENEVA – " + "Text. ".repeat(N / 6)).place()).isEqualTo("Geneva");
    }

    @Test
    void aLineOfManyLinksIsMadePlainInBoundedTime() {
        String links = "[Read more](#) ".repeat(N / 15).trim();
        String brackets = "[".repeat(2 * N) + "](x)";
        String stops = "!".repeat(2 * N) + "x";
        assertTimeoutPreemptively(GUARD, () -> {
            assertThat(ListingText.plain(links)).isEqualTo("Read more");
            assertThat(ListingText.plain(brackets)).as("the empty link at the end is dropped").isEqualTo("[".repeat(2 * N - 1));
            assertThat(ListingText.isCallToAction(stops)).isFalse();
            assertThat(ListingText.isLinkOnly(brackets)).isFalse();
        });
        assertThat(ListingText.plain("Helped 300 families. [Read the full story](https://example.org/a)."))
                .isEqualTo("Helped 300 families.");
    }

    @Test
    void aListingAtEveryLimitIsReadInBoundedTime() {
        List<String> hostile = List.of("[".repeat(9_999), "(".repeat(9_999), "—".repeat(9_999), " -".repeat(4_999),
                ",".repeat(9_998) + "x", "[Read more](#) ".repeat(600), "A. ".repeat(3_333));
        StringBuilder listing = new StringBuilder();
        long bytes = 0;
        for (int story = 0; bytes < ListingParser.MAX_BYTES - 40_000; story++) {
            String piece = "Story " + story + "\n\n01 / 03 / 2021\n\n" + hostile.get(story % hostile.size()) + "\n\n";
            listing.append(piece);
            bytes += piece.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        String text = listing.toString();
        assertThat(ListingParser.overLimits(text)).isEmpty();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                assertThat(ListingParser.parse(text)).isNotEmpty();
            } catch (MalformedListingException refused) {
                assertThat(refused.problems()).allSatisfy(p -> assertThat(p).matches("line \\d+: .*"));
            }
        });
    }
}
