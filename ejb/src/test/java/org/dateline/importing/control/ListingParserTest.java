package org.dateline.importing.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ListingParserTest {

    private static final String SAN_JOSE_2020 = "000_323cd48798e38a8b.txt";
    private static final String SAN_JOSE_2021 = "001_a1439d935b7ea92c.txt";
    private static final String SAN_JOSE_UNDATED = "002_a215a4392d632653.txt";
    private static final String GEORGETOWN = "003_742b0562d7c32d84.txt";
    private static final String WASHINGTON_NEWSLETTER = "004_48c31dc8e6580005.txt";

    static String seed(String name) throws IOException {
        try (InputStream in = ListingParserTest.class.getClassLoader().getResourceAsStream("demo/listings/" + name)) {
            assertThat(in).as("seed listing %s on the classpath", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> problemsOf(String listing) {
        try {
            ListingParser.parse(listing);
        } catch (MalformedListingException e) {
            return e.problems();
        }
        throw new AssertionError("the listing was accepted");
    }

    @Test
    void sanJoseListingsPutTheDateAfterTheTitle() throws Exception {
        List<ListingItem> items = ListingParser.parse(seed(SAN_JOSE_2020));

        assertThat(items).hasSize(10);
        assertThat(items.get(0)).extracting(ListingItem::line, ListingItem::title, ListingItem::publishedOn, ListingItem::dateline)
                .containsExactly(1, "Enhancing Access to Services for Migrants in the Context of COVID-19: Preparedness, Prevention, "
                        + "Response and Beyond", LocalDate.of(2020, 6, 11), "Geneva");
        assertThat(items.get(0).lead()).startsWith("The impact of COVID-19 has highlighted the importance");
        assertThat(items.get(9)).extracting(ListingItem::line, ListingItem::title, ListingItem::publishedOn, ListingItem::dateline)
                .containsExactly(61, "Urgent Support Needed as COVID-19 Inflicts Hardship on Refugees and Migrants from Venezuela",
                        LocalDate.of(2020, 5, 12), "Geneva");
        assertThat(items).extracting(ListingItem::dateline).containsExactly("Geneva", "Geneva", null, "Ciudad Juárez", "San José",
                "Santo Domingo", "Geneva", "Washington DC", "Washington, DC", "Geneva");
        assertThat(items).extracting(ListingItem::publishedOn).containsExactly(LocalDate.of(2020, 6, 11), LocalDate.of(2020, 6, 10),
                LocalDate.of(2020, 6, 5), LocalDate.of(2020, 6, 5), LocalDate.of(2020, 6, 3), LocalDate.of(2020, 6, 1),
                LocalDate.of(2020, 5, 26), LocalDate.of(2020, 5, 26), LocalDate.of(2020, 5, 15), LocalDate.of(2020, 5, 12));
        assertThat(items).allSatisfy(item -> assertThat(item.section()).isNull());
    }

    @Test
    void consecutiveLinesAreSeparateParagraphs() throws Exception {
        ListingItem guidance = ListingParser.parse(seed(SAN_JOSE_2020)).get(1);

        assertThat(guidance.paragraphs()).hasSize(2);
        assertThat(guidance.lead()).startsWith("Migrant workers can be vulnerable");
        assertThat(guidance.paragraphs().get(1)).startsWith("Today (8 June) the International Organization for Migration");
    }

    @Test
    void aSentenceWithADashIsNotADateline() throws Exception {
        ListingItem survey = ListingParser.parse(seed(SAN_JOSE_2020)).get(2);

        assertThat(survey.dateline()).isNull();
        assertThat(survey.lead()).startsWith("Since the start of the rapid spread of the the novel corona virus");
    }

    @Test
    void aLoneWatchVideoLineIsDropped() throws Exception {
        ListingItem song = ListingParser.parse(seed(SAN_JOSE_2020)).get(5);

        assertThat(song.title()).isEqualTo("IOM DR: A Bilingual, Tropical Song to Combat COVID-19 and Unite Two Peoples");
        assertThat(song.paragraphs()).hasSize(1);
        assertThat(song.lead()).startsWith("These days you can hear a catchy").doesNotContain("Watch video");
    }

    @Test
    void aKickerBeforeTheDatelinedParagraphStaysAndTheDatelineComesFromTheNextParagraph() throws Exception {
        ListingItem appeal = ListingParser.parse(seed(SAN_JOSE_2020)).get(9);

        assertThat(appeal.dateline()).isEqualTo("Geneva");
        assertThat(appeal.paragraphs()).hasSize(2);
        assertThat(appeal.lead()).isEqualTo("Joint IOM/UNHCR Press Release");
        assertThat(appeal.paragraphs().get(1)).startsWith("With the COVID-19 pandemic threatening the safety");
    }

    @Test
    void noBreakSpacesBecomeOrdinarySpacesAndParagraphsAreTrimmed() throws Exception {
        for (String seed : List.of(SAN_JOSE_2020, SAN_JOSE_2021, SAN_JOSE_UNDATED, GEORGETOWN)) {
            assertThat(ListingParser.parse(seed(seed))).flatExtracting(ListingItem::paragraphs).allSatisfy(paragraph -> assertThat(paragraph)
                    .isNotBlank().doesNotContain("\u00A0").doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" "));
        }
        ListingItem washington = ListingParser.parse(seed(SAN_JOSE_2020)).get(7);
        assertThat(washington.lead()).startsWith("The Government of the United States is providing").endsWith("almost 30 countries.");
    }

    @Test
    void secondSanJoseListingHasCapitalDatelinesAndDatesInTheDateline() throws Exception {
        List<ListingItem> items = ListingParser.parse(seed(SAN_JOSE_2021));

        assertThat(items).hasSize(9);
        assertThat(items.get(0)).extracting(ListingItem::line, ListingItem::title, ListingItem::publishedOn, ListingItem::dateline)
                .containsExactly(1, "Safety of Afghans and Humanitarian Access Must be Top Priorities", LocalDate.of(2021, 8, 17), "Geneva");
        assertThat(items.get(8)).extracting(ListingItem::line, ListingItem::title, ListingItem::publishedOn, ListingItem::dateline)
                .containsExactly(49, "IOM Welcomes President Joe Biden’s Executive Actions on Migration", LocalDate.of(2021, 2, 4),
                        "Washington");
        assertThat(items).extracting(ListingItem::dateline).containsExactly("Geneva", null, null, null, "Roseau", "San José",
                "Port-of-Spain, Trinidad", "Washington, DC", "Washington");
        assertThat(items.get(4).lead()).startsWith("Environmental migration and the increasing importance");
        assertThat(items.get(6)).extracting(ListingItem::title, ListingItem::publishedOn)
                .containsExactly("IOM distributes 160 tablets to address digital learning gap amid COVID-19", LocalDate.of(2021, 2, 23));
        assertThat(items.get(6).lead()).startsWith("The International Organization for Migration (IOM), in partnership");
        assertThat(items.get(3).lead()).startsWith("In 2021, the number of people seeking refuge");
    }

    @Test
    void undatedListingsSeparateStoriesByTwoBlankLines() throws Exception {
        List<ListingItem> items = ListingParser.parse(seed(SAN_JOSE_UNDATED));

        assertThat(items).hasSize(7);
        assertThat(items).allSatisfy(item -> assertThat(item.publishedOn()).isNull());
        assertThat(items.get(0)).extracting(ListingItem::line, ListingItem::title, ListingItem::publishedOn, ListingItem::dateline)
                .containsExactly(1, "IOM Releases Guidance for Employers and Businesses on Protection of Migrant Workers During the "
                        + "COVID-19 Crisis", null, null);
        assertThat(items.get(0).lead()).startsWith("“Many of these employers");
        assertThat(items.get(1)).extracting(ListingItem::line, ListingItem::dateline, item -> item.paragraphs().size())
                .containsExactly(6, "San José", 2);
        assertThat(items.get(1).lead()).startsWith("C4D is shorthand for ‘communication for development’");
        assertThat(items.get(6)).extracting(ListingItem::line, ListingItem::title, ListingItem::publishedOn, ListingItem::dateline)
                .containsExactly(34, "Counter Trafficking in Persons (CTiP) in Humanitarian Settings", null, null);
        assertThat(items).extracting(ListingItem::line).containsExactly(1, 6, 13, 18, 24, 29, 34);
    }

    @Test
    void georgetownDatesComeBeforeTheirTitles() throws Exception {
        List<ListingItem> items = ListingParser.parse(seed(GEORGETOWN));

        assertThat(items).hasSize(10);
        assertThat(items.get(0)).extracting(ListingItem::line, ListingItem::title, ListingItem::publishedOn, ListingItem::dateline)
                .containsExactly(3, "IOM concludes capacity-building workshop to aid in the integration of Venezuelan migrants into "
                        + "Caribbean labour markets", LocalDate.of(2020, 9, 14), "Georgetown");
        assertThat(items.get(0).lead()).startsWith("The International Organization for Migration (IOM) completed its training");
        assertThat(items.get(9)).extracting(ListingItem::line, ListingItem::title, ListingItem::publishedOn, ListingItem::dateline)
                .containsExactly(63, "Migration data management can improve Caribbean free movement regimes", LocalDate.of(2020, 8, 26),
                        "Georgetown, Guyana");
        assertThat(items).extracting(ListingItem::dateline).containsExactly("Georgetown", null, null, null, "Georgetown",
                "Santo Domingo", null, null, "San José", "Georgetown, Guyana");
        assertThat(items).filteredOn(item -> item.publishedOn().equals(LocalDate.of(2020, 9, 8))).hasSize(7);
        assertThat(items.get(1).publishedOn()).isEqualTo(LocalDate.of(2020, 9, 11));
        assertThat(items.get(2).lead()).startsWith("\"Employers of the World: Leaders of the Future\" is the name");
    }

    @Test
    void linksEscapesAndCallsToActionAreCleanedInStoriesToo() throws Exception {
        String listing = "A [linked](https://example.org) title\n\n01 / 06 / 2020\n\n"
                + "Geneva - It costs \\$5 and [more](#) here. [Read more](#)\n\n[Watch here](#)\n\nWatch video\n\nLast word.\n";

        ListingItem item = ListingParser.parse(listing).get(0);

        assertThat(item.title()).isEqualTo("A linked title");
        assertThat(item.dateline()).isEqualTo("Geneva");
        assertThat(item.paragraphs()).containsExactly("It costs $5 and more here.", "Last word.");
    }

    @Test
    void windowsLineEndingsAndAMissingFinalNewlineChangeNothing() throws Exception {
        String unix = seed(SAN_JOSE_2020);
        String windows = unix.replace("\n", "\r\n");

        assertThat(ListingParser.parse(windows)).isEqualTo(ListingParser.parse(unix));
        assertThat(ListingParser.parse(unix + "\n\n")).isEqualTo(ListingParser.parse(unix));
    }

    @Test
    void aShortFirstParagraphWithoutADatelinedSuccessorIsKeptAsIs() throws Exception {
        ListingItem item = ListingParser.parse("Title\n\n01 / 06 / 2020\n\nJoint Press Release\n\nThe agencies said - so.\n").get(0);

        assertThat(item.dateline()).isNull();
        assertThat(item.paragraphs()).containsExactly("Joint Press Release", "The agencies said - so.");
    }

    @Test
    void spanishListingsAreRead() throws Exception {
        List<ListingItem> items = ListingParser.parse(
                "14 septiembre, 2020\n\nLa OIM lanza una campaña\n\nCiudad de México – La Organización Internacional.\n\n"
                        + "3 setiembre 2020\n\nOtra noticia\n\nSan José, 2 de septiembre de 2020 – Texto.\n");

        assertThat(items).extracting(ListingItem::publishedOn, ListingItem::dateline, ListingItem::lead).containsExactly(
                tuple(LocalDate.of(2020, 9, 14), "Ciudad de México", "La Organización Internacional."),
                tuple(LocalDate.of(2020, 9, 3), "San José", "Texto."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", " \n\u00A0\n\t \r\n"})
    void anEmptyListingIsRefused(String listing) {
        assertThat(problemsOf(listing)).containsExactly("line 1: the listing is empty");
    }

    @Test
    void noListingAtAllIsAnEmptyListing() {
        assertThat(problemsOf(null)).containsExactly("line 1: the listing is empty");
    }

    @Test
    void invalidDatesAreRefusedWithTheirLineNumbers() {
        String listing = """
                First title

                31 / 02 / 2020

                Text.

                Second title

                13 / 13 / 2020

                More text.
                """;

        assertThat(problemsOf(listing)).containsExactly(
                "line 3: '31 / 02 / 2020' is not a valid date",
                "line 9: '13 / 13 / 2020' is not a valid date");
    }

    @Test
    void theWholeListingIsRefusedWithAllItsProblemsInLineOrder() {
        String listing = String.join("\n",
                "Stray paragraph before anything.",
                "",
                "A title",
                "",
                "01 / 06 / 2020",
                "",
                "02 / 06 / 2020",
                "",
                "More text.",
                "",
                "T".repeat(301),
                "",
                "03 / 06 / 2020",
                "",
                "Last text.",
                "",
                "Headline only",
                "",
                "31 / 06 / 2020");

        assertThatThrownBy(() -> ListingParser.parse(listing))
                .isInstanceOfSatisfying(MalformedListingException.class, e -> {
                    assertThat(e.problems()).containsExactly(
                            "line 1: the story 'Stray paragraph before anything.' has no date, but the stories after it have one",
                            "line 7: the date '02 / 06 / 2020' has no title before it",
                            "line 11: the title '" + "T".repeat(57) + "…' is 301 characters long, at most 300 are allowed",
                            "line 17: the story 'Headline only' has no text",
                            "line 19: '31 / 06 / 2020' is not a valid date");
                    assertThat(e.getMessage()).isEqualTo(String.join("; ", e.problems()));
                });
    }

    @Test
    void aTitleOfExactly300CharactersIsAccepted() throws Exception {
        assertThat(ListingParser.parse("T".repeat(300) + "\n\n01 / 06 / 2020\n\nText.")).hasSize(1);
    }

    @Test
    void aDateFirstListingRefusesADateWithoutAStoryAfterIt() {
        assertThat(problemsOf("14 September, 2020\n\nA title\n\nText.\n\n8 September, 2020\n\n7 September, 2020\n\nOther\n\nMore."))
                .containsExactly("line 7: the date '8 September, 2020' has no story after it");
        assertThat(problemsOf("14 September, 2020\n\nA title\n\nText.\n\n8 September, 2020\n"))
                .containsExactly("line 7: the date '8 September, 2020' has no story after it");
    }

    @Test
    void aDateFirstListingRefusesATitleWithoutText() {
        assertThat(problemsOf("31 September, 2020\n\nTitle only\n\n7 September, 2020\n\nOther\n\nMore."))
                .containsExactly("line 1: '31 September, 2020' is not a valid date", "line 3: the story 'Title only' has no text");
    }

    @Test
    void anUndatedStoryWithoutTextIsRefused() {
        assertThat(problemsOf("Title one\n\nText.\n\n\nTitle two\n"))
                .containsExactly("line 6: the story 'Title two' has no text");
    }

    @Test
    void aStoryWhoseOnlyTextIsACallToActionHasNoText() {
        assertThat(problemsOf("Title\n\n01 / 06 / 2020\n\n[Read more](#)\n\nWatch video\n"))
                .containsExactly("line 1: the story 'Title' has no text");
    }

    @Test
    void aNewsletterIsNeverReadAsStories() throws Exception {
        assertThat(problemsOf(seed(WASHINGTON_NEWSLETTER))).containsExactly(
                "line 3: 'May 2020' starts a newsletter, which is imported as a newsletter issue, not as stories");
    }

    /** Stories of one line of text each, dated, {@code count} of them: four lines a story. */
    static String stories(int count) {
        StringBuilder listing = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            listing.append("Story ").append(i).append("\n").append("01 / 03 / 2021\n").append("San José – Text ").append(i).append(".\n\n");
        }
        return listing.toString();
    }

    @Test
    void aListingOfMoreStoriesThanOneImportTakesIsRefusedAtTheFirstOneTooMany() throws Exception {
        assertThat(ListingParser.parse(stories(ListingParser.MAX_ITEMS))).hasSize(500);
        assertThat(problemsOf(stories(ListingParser.MAX_ITEMS + 1)))
                .containsExactly("line 2001: the listing has more than 500 stories; at most 500 are imported at once:"
                        + " split it into several listings");
    }

    @Test
    void aListingOfTooManyLinesIsRefusedWhereItGoesPastTheLimit() {
        assertThat(problemsOf("Title\n\n01 / 03 / 2021\n\nText.\n" + "\n".repeat(ListingParser.MAX_LINES)))
                .containsExactly("line 20001: the listing has more than 20000 lines; at most 20000 are imported at once:"
                        + " split it into several listings");
        assertThat(problemsOf("Title\r\n\r\n01 / 03 / 2021\r\n" + "\r\n".repeat(ListingParser.MAX_LINES)))
                .as("CR LF is one line break").containsExactly("line 20001: the listing has more than 20000 lines; at most 20000"
                        + " are imported at once: split it into several listings");
    }

    @Test
    void aListingOfTooManyBytesIsRefusedWhereItGoesPastTheLimit() {
        String paragraph = "San José – " + "ñ".repeat(4_000) + ".\n\n"; // twice as many bytes of UTF-8 as characters
        StringBuilder listing = new StringBuilder("Title\n\n01 / 03 / 2021\n\n");
        while (listing.length() < ListingParser.MAX_BYTES / 2 + 10_000) {
            listing.append(paragraph);
        }
        assertThat(listing.length()).as("characters").isLessThan(ListingParser.MAX_BYTES);
        List<String> problems = problemsOf(listing.toString());
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).matches("line \\d+: the listing is larger than 2 MB from here on; at most 2 MB are imported at once:"
                + " split it into several listings");
        int bytes = 0;
        int line = 1;
        for (char c : listing.toString().toCharArray()) {
            bytes += String.valueOf(c).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > ListingParser.MAX_BYTES) {
                break;
            }
            line += c == '\n' ? 1 : 0;
        }
        assertThat(problems.get(0)).startsWith("line " + line + ": ");
    }

    @Test
    void everyLineTooLongIsRefusedWithItsNumberBeforeAnythingIsRead() throws Exception {
        String listing = "Title\n\n01 / 03 / 2021\n\n" + "Geneva – " + "word ".repeat(2_500) + "\n\nShort.\n\n" + "[".repeat(50_000);
        assertThat(problemsOf(listing)).containsExactly(
                "line 5: the line is 12509 characters long, at most 10000 are allowed",
                "line 9: the line is 50000 characters long, at most 10000 are allowed");
        assertThat(ListingParser.parse("Title\n\n01 / 03 / 2021\n\n" + "x".repeat(ListingParser.MAX_LINE_LENGTH) + "\n")).hasSize(1);
    }
}
