package org.dateline.newsletters.entity;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class IssueContentTest {

    @Test
    void eachProblemSaysWhichFieldItIsAboutWithTheNumbersItsWordsNeed() {
        IssueContent content = new IssueContent(" ", null, "fr", null,
                List.of(new IssueSection("Health", List.of(IssueItem.of("Fine"))),
                        new IssueSection("", List.of(IssueItem.of("Fine"), new IssueItem("", 7L, "http://example.org", null)))),
                List.of(new KeyResource("", null, "ftp://example.org")), null);

        InvalidIssue invalid = catchThrowableOfType(InvalidIssue.class, content::validated);

        assertThat(invalid.found()).extracting(IssueProblem::field, IssueProblem::kind, IssueProblem::arguments).containsExactly(
                tuple("title", IssueProblem.Kind.MISSING, List.of()),
                tuple("month", IssueProblem.Kind.MISSING, List.of()),
                tuple("language", IssueProblem.Kind.UNKNOWN_LANGUAGE, List.of()),
                tuple("sections:1:heading", IssueProblem.Kind.MISSING, List.of(2)),
                tuple("sections:1:items:1:text", IssueProblem.Kind.MISSING, List.of(2, 2)),
                tuple("sections:1:items:1:link", IssueProblem.Kind.TWO_LINKS, List.of(2, 2)),
                tuple("sections:1:items:1:url", IssueProblem.Kind.NOT_HTTPS, List.of(2, 2)),
                tuple("resources:0:label", IssueProblem.Kind.MISSING, List.of(1)),
                tuple("resources:0:url", IssueProblem.Kind.NOT_HTTPS, List.of(1)));
        assertThat(invalid.problems()).contains("Section 2 needs a heading.", "Section 2, item 2 has no text.");
    }

    @Test
    void aTooLongTitleSaysHowLongItIsAndWhatFits() {
        IssueContent content = new IssueContent("x".repeat(301), YearMonth.of(2020, 5), "en", null, List.of(), List.of(), null);

        InvalidIssue invalid = catchThrowableOfType(InvalidIssue.class, content::validated);

        assertThat(invalid.found()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("title");
            assertThat(problem.kind()).isEqualTo(IssueProblem.Kind.TOO_LONG);
            assertThat(problem.arguments()).containsExactly(301, IssueContent.MAX_TITLE);
        });
    }
}
