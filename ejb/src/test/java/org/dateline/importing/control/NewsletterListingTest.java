package org.dateline.importing.control;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewsletterListingTest {

    private static final String WASHINGTON_NEWSLETTER = "004_48c31dc8e6580005.txt";

    @Test
    void theWashingtonListingIsOneIssueOfHeadedSections() throws Exception {
        NewsletterListing issue = NewsletterListing.parse(ListingParserTest.seed(WASHINGTON_NEWSLETTER));

        assertThat(issue.month()).isEqualTo(YearMonth.of(2020, 5));
        assertThat(issue.title()).isEqualTo("IOM Scales Up COVID-19 Response");
        assertThat(issue.intro()).as("the title's 'Click here' link is no introduction").isNull();
        assertThat(issue.sections()).extracting(NewsletterListing.Section::heading).containsExactly(
                "Assisting Displaced Populations", "Health-Proofing Mobility Systems", "Private Sector Engagement",
                "Strategic Cooperation", "Supporting Victims of Trafficking", "Civil Society Engagement",
                "Engaging Diaspora in Humanitarian Response");
        assertThat(issue.sections()).extracting(s -> s.items().size()).containsExactly(1, 0, 2, 2, 1, 1, 1);
        assertThat(issue.items()).extracting(NewsletterListing.Item::line).containsExactly(15, 25, 27, 31, 35, 41, 47, 53);
    }

    @Test
    void itemsKeepTheirWholeTextAndTheirReadMoreLink() throws Exception {
        List<NewsletterListing.Item> items = NewsletterListing.parse(ListingParserTest.seed(WASHINGTON_NEWSLETTER)).items();

        assertThat(items.get(0).text()).startsWith("The 16,000-square-meter warehouse in Gaziantep, Turkey")
                .endsWith("Foreign Disaster Assistance (OFDA).");
        assertThat(items.get(1).text()).endsWith("Citi will match the total contributions up to $500,000 to USA for IOM, "
                + "the non-profit partner of IOM.");
        assertThat(items).extracting(NewsletterListing.Item::readMore)
                .containsExactly(true, true, false, false, true, true, true, true);
        assertThat(items.get(2).text()).endsWith("For more information, contact Maria Moreno.");
        assertThat(items.get(6).text()).as("'Watch here' is its link, not its text").endsWith("High Commissioner for Human Rights.");
        assertThat(items).extracting(NewsletterListing.Item::readMoreUrl).as("the listing's links all go to '#'").containsOnlyNulls();
        assertThat(items).allSatisfy(item -> assertThat(item.text()).doesNotContain("](").doesNotContain("\\")
                .doesNotContain("Read more").doesNotContain("Watch here").doesNotContain("\u00A0"));
    }

    @Test
    void keyResourcesAndTheMediaContactAreTheirOwnBlocks() throws Exception {
        NewsletterListing issue = NewsletterListing.parse(ListingParserTest.seed(WASHINGTON_NEWSLETTER));

        assertThat(issue.resources()).extracting(NewsletterListing.Resource::label).containsExactly("Situation Reports", "Issue Briefs",
                "COVID-19 Analytical Snapshots", "Mobility Restrictions Dashboard", "Migration Health Evidence Portal");
        assertThat(issue.resources().get(0).text()).isEqualTo("detail IOM's response to COVID-19 at the global, regional and country levels.");
        assertThat(issue.contact()).isEqualTo("For media inquiries, please contact IOM Washington Media & Communications Officer here.");
        assertThat(issue.sections()).extracting(NewsletterListing.Section::heading)
                .doesNotContain("Key Resources", "Media Requests", "Receive More Updates");
    }

    @Test
    void anHttpsReadMoreAddressIsKeptAndAnyOtherIsNot() throws MalformedListingException {
        NewsletterListing issue = NewsletterListing.parse("June 2021\n\nJune issue\n\nNEWS\n\nFirst. [Read more](https://example.org/a)\n\n"
                + "Second. [Read more](http://example.org/b)\n\nThird. [Read more](javascript:alert(1))\n");

        assertThat(issue.items()).extracting(NewsletterListing.Item::readMoreUrl).containsExactly("https://example.org/a", null, null);
        assertThat(issue.items()).extracting(NewsletterListing.Item::readMore).containsExactly(true, true, false);
    }

    @Test
    void aSpanishMonthIsRead() throws MalformedListingException {
        assertThat(NewsletterListing.parse("mayo de 2020\n\nBoletín\n\nNOTICIAS\n\nUna noticia. [Leer más](#)\n").month())
                .isEqualTo(YearMonth.of(2020, 5));
        assertThat(NewsletterListing.isNewsletter("\n\nMay 2020\n\nTitle\n")).isTrue();
        assertThat(NewsletterListing.isNewsletter("14 September, 2020\n\nTitle\n")).isFalse();
    }

    @Test
    void aListingWithoutTitleOrSectionIsRefused() {
        assertThatThrownBy(() -> NewsletterListing.parse("May 2020\n")).isInstanceOfSatisfying(MalformedListingException.class,
                e -> assertThat(e.problems()).containsExactly("line 1: the newsletter has no title after its month"));
        assertThatThrownBy(() -> NewsletterListing.parse("May 2020\n\nTitle\n\nJust a paragraph.\n"))
                .isInstanceOfSatisfying(MalformedListingException.class,
                        e -> assertThat(e.problems()).containsExactly("line 6: the newsletter has no section with a heading"));
    }
}
