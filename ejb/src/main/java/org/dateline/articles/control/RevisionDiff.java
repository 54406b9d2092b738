package org.dateline.articles.control;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import org.dateline.articles.entity.Comparison;
import org.dateline.search.control.PlainText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words that changed between two texts of a story (java-diff-utils): lines are paired, and
 * within a changed line the words are compared. The result is HTML-escaped text with
 * {@code <del>}/{@code <ins>} around removed and added words, safe to show as it is.
 */
public final class RevisionDiff {

    private static final Pattern PARAGRAPH = Pattern.compile("(?i)</?(p|br|li|h[1-6]|div|blockquote|tr)\\b[^>]*>");
    private static final DiffRowGenerator WORDS = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .lineNormalizer(RevisionDiff::escaped)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private RevisionDiff() {
    }

    /** A field's lines compared (a one-line field such as the title is one row). */
    public static Comparison.Field field(String name, List<String> older, List<String> newer) {
        List<Comparison.Row> rows = new ArrayList<>();
        for (DiffRow row : WORDS.generateDiffRows(older, newer)) {
            Comparison.Change change = switch (row.getTag()) {
                case EQUAL -> Comparison.Change.SAME;
                case INSERT -> Comparison.Change.ADDED;
                case DELETE -> Comparison.Change.REMOVED;
                case CHANGE -> Comparison.Change.CHANGED;
            };
            rows.add(new Comparison.Row(row.getOldLine(), row.getNewLine(), change));
        }
        return new Comparison.Field(name, rows);
    }

    /** Text as HTML shows it literally (the diff's own tags are added after). */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A short text as lines (none when it is empty). */
    public static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R+")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A story's (sanitized) HTML as the paragraphs a reader reads, each as plain text. */
    public static List<String> paragraphs(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        return Arrays.stream(PARAGRAPH.split(html)).flatMap(chunk -> Arrays.stream(chunk.split("\\R")))
                .map(PlainText::of).filter(p -> !p.isEmpty()).toList();
    }
}
