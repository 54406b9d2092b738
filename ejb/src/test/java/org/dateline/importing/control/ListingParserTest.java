package org.dateline.importing.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ListingParserTest {

    static String seed(String name) throws IOException {
        try (InputStream in = ListingParserTest.class.getResourceAsStream("/demo/listings/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sanJoseListingsPutTheDateAfterTheTitle() throws Exception {
        List<ListingItem> items = ListingParser.parse(seed("000_323cd48798e38a8b.txt"));
        assertThat(items).hasSize(10);
        assertThat(items.get(0)).extracting(ListingItem::line, ListingItem::title, ListingItem::publishedOn, ListingItem::dateline)
                .containsExactly(1, "Enhancing Access to Services for Migrants in the Context of COVID-19: Preparedness, Prevention, Response and Beyond",
                        LocalDate.of(2020, 6, 11), "Geneva");
        assertThat(items.get(0).lead()).startsWith("The impact of COVID-19 has highlighted");
        assertThat(items.get(1).paragraphs()).hasSize(2);
        assertThat(items).extracting(ListingItem::dateline).containsExactly("Geneva", "Geneva", null, "Ciudad Juárez", "San José",
                "Santo Domingo", "Geneva", "Washington DC", "Washington, DC", "Geneva");
        assertThat(items.get(9)).extracting(ListingItem::title, ListingItem::publishedOn)
                .containsExactly("Urgent Support Needed as COVID-19 Inflicts Hardship on Refugees and Migrants from Venezuela", LocalDate.of(2020, 5, 12));
        assertThat(items.get(9).paragraphs()).first().isEqualTo("Joint IOM/UNHCR Press Release");
        assertThat(items.get(9).paragraphs().get(1)).startsWith("With the COVID-19 pandemic threatening");
    }

    @Test
    void secondSanJoseListingHasCapitalDatelinesAndDatesInTheDateline() throws Exception {
        List<ListingItem> items = ListingParser.parse(seed("001_a1439d935b7ea92c.txt"));
        assertThat(items).hasSize(9);
        assertThat(items).extracting(ListingItem::publishedOn).first().isEqualTo(LocalDate.of(2021, 8, 17));
        assertThat(items).extracting(ListingItem::publishedOn).last().isEqualTo(LocalDate.of(2021, 2, 4));
        assertThat(items).extracting(ListingItem::title, ListingItem::dateline).contains(
                tuple("Preparation Underway for Regional Dialogue on Human Mobility & Climate Change", "Roseau"),
                tuple("IOM distributes 160 tablets to address digital learning gap amid COVID-19", "Port-of-Spain, Trinidad"));
    }

    @Test
    void undatedListingsSeparateStoriesByTwoBlankLines() throws Exception {
        List<ListingItem> items = ListingParser.parse(seed("002_a215a4392d632653.txt"));
        assertThat(items).hasSize(7);
        assertThat(items).allSatisfy(item -> assertThat(item.publishedOn()).isNull());
        assertThat(items.get(0).lead()).startsWith("“Many of these employers");
        assertThat(items.get(0).dateline()).isNull();
        assertThat(items.get(1)).extracting(ListingItem::dateline, i -> i.paragraphs().size()).containsExactly("San José", 2);
        assertThat(items.get(6).title()).isEqualTo("Counter Trafficking in Persons (CTiP) in Humanitarian Settings");
    }

    @Test
    void georgetownDatesComeBeforeTheirTitles() throws Exception {
        List<ListingItem> items = ListingParser.parse(seed("003_742b0562d7c32d84.txt"));
        assertThat(items).hasSize(10);
        assertThat(items.get(0)).extracting(ListingItem::line, ListingItem::publishedOn, ListingItem::dateline)
                .containsExactly(3, LocalDate.of(2020, 9, 14), "Georgetown");
        assertThat(items.get(4).dateline()).isEqualTo("Georgetown");
        assertThat(items.get(8).dateline()).isEqualTo("San José");
        assertThat(items.get(9)).extracting(ListingItem::title, ListingItem::publishedOn, ListingItem::dateline)
                .containsExactly("Migration data management can improve Caribbean free movement regimes", LocalDate.of(2020, 8, 26),
                        "Georgetown, Guyana");
        assertThat(items).filteredOn(i -> i.publishedOn().equals(LocalDate.of(2020, 9, 8))).hasSize(7);
    }

    @Test
    void newsletterItemsBelongToTheirSections() throws Exception {
        List<ListingItem> items = ListingParser.parse(seed("004_48c31dc8e6580005.txt"));
        assertThat(items).hasSize(14);
        assertThat(items).allSatisfy(item -> assertThat(item.publishedOn()).isEqualTo(LocalDate.of(2020, 5, 1)));
        assertThat(items).extracting(ListingItem::section).containsSubsequence("Assisting Displaced Populations",
                "Private Sector Engagement", "Strategic Cooperation", "Supporting Victims of Trafficking", "Civil Society Engagement",
                "Engaging Diaspora in Humanitarian Response", "Key Resources", "Media Requests");
        assertThat(items).extracting(ListingItem::section).doesNotContain("Health-Proofing Mobility Systems", "Receive more updates");
        ListingItem citi = items.get(1);
        assertThat(citi.lead()).contains("up to $500,000 to USA for IOM, the non-profit partner of IOM.")
                .doesNotContain("](").doesNotContain("Read more");
        assertThat(citi.title()).isEqualTo("Citi and the Citi Foundation have selected IOM as one of four partners for a new employee donation campaign");
        assertThat(items).allSatisfy(item -> assertThat(item.title()).hasSizeLessThanOrEqualTo(110));
    }

    @Test
    void anEmptyListingIsRefused() {
        assertThatThrownBy(() -> ListingParser.parse(" \n\n "))
                .isInstanceOfSatisfying(MalformedListingException.class,
                        e -> assertThat(e.problems()).containsExactly("line 1: the listing is empty"));
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
        assertThatThrownBy(() -> ListingParser.parse(listing))
                .isInstanceOfSatisfying(MalformedListingException.class, e -> assertThat(e.problems()).containsExactly(
                        "line 3: '31 / 02 / 2020' is not a valid date", "line 9: '13 / 13 / 2020' is not a valid date"));
    }

    @Test
    void structuralProblemsAreAllReported() {
        String listing = "Stray paragraph before anything.\nA title\n\n01 / 06 / 2020\n\n02 / 06 / 2020\n\nMore text.\n"
                + "T".repeat(301) + "\n\n03 / 06 / 2020\n\nLast text.\n";
        assertThatThrownBy(() -> ListingParser.parse(listing))
                .isInstanceOfSatisfying(MalformedListingException.class, e -> assertThat(e.problems()).containsExactly(
                        "line 1: text before the first story's title",
                        "line 6: the date has no title before it",
                        "line 9: the title is 301 characters long (at most 300)"));
    }

    @Test
    void aDateWithNothingAfterItIsRefused() {
        assertThatThrownBy(() -> ListingParser.parse("14 September, 2020\n\nA title\n\nText.\n\n8 September, 2020\n"))
                .isInstanceOfSatisfying(MalformedListingException.class, e -> assertThat(e.problems()).containsExactly(
                        "line 7: the date has no story after it"));
    }
}
