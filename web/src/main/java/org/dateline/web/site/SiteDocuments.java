package org.dateline.web.site;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.dateline.placements.entity.Placement;
import org.dateline.placements.entity.PlacementAddress;
import org.dateline.tenancy.entity.Office;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The machine-read documents of an office's site: RSS 2.0 and Atom feeds of its latest stories,
 * its sitemap and robots.txt. Addresses in them are absolute, built from the site's base URL.
 */
final class SiteDocuments {

    static final int FEED_SIZE = 20;
    /** The most addresses one sitemap file may hold. */
    static final int SITEMAP_SIZE = 50_000;

    private SiteDocuments() {
    }

    /** The feed of the site's latest stories, its title and description in the office's main language. */
    static byte[] feed(String type, Office office, String siteUrl, List<Placement> stories) {
        ResourceBundle words = SiteWords.in(office.mainLanguage());
        return feed(type, office, siteUrl, SiteWords.format(words, "home.title", office.name()), siteUrl,
                SiteWords.format(words, "feed.description", office.name()), stories);
    }

    /** The feed of one topic of the site: its latest stories, linking to the topic page. */
    static byte[] topicFeed(String type, Office office, String siteUrl, String topic, String topicUrl, List<Placement> stories) {
        return feed(type, office, siteUrl, office.name() + " — " + topic, topicUrl,
                SiteWords.format(SiteWords.in(office.mainLanguage()), "feed.topicDescription", office.name(), topic), stories);
    }

    private static byte[] feed(String type, Office office, String siteUrl, String title, String link, String description,
                               List<Placement> stories) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(title);
        feed.setLink(link);
        feed.setDescription(description);
        feed.setLanguage(office.mainLanguage());
        feed.setPublishedDate(stories.isEmpty() ? null : Date.from(stories.get(0).updatedAt()));
        feed.setUri(link);
        List<SyndEntry> entries = new ArrayList<>();
        for (Placement story : stories) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(story.title());
            entry.setLink(siteUrl + story.path());
            entry.setUri(siteUrl + "stories/" + story.storyId());
            entry.setPublishedDate(Date.from(story.publishedAt()));
            entry.setUpdatedDate(Date.from(story.updatedAt()));
            SyndContent summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(story.lead() == null ? story.title() : story.lead());
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the " + type + " feed of " + office.slug(), e);
        }
    }

    static byte[] sitemap(String siteUrl, List<PlacementAddress> stories) {
        StringBuilder xml = new StringBuilder(128 + stories.size() * 140)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
                .append("<url><loc>").append(siteUrl).append("</loc></url>\n");
        for (PlacementAddress story : stories) {
            xml.append("<url><loc>").append(siteUrl).append(story.path()).append("</loc><lastmod>")
                    .append(DateTimeFormatter.ISO_INSTANT.format(story.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
                    .append("</lastmod></url>\n");
        }
        return xml.append("</urlset>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] robots(String siteUrl) {
        return ("User-agent: *\nAllow: /\nSitemap: " + siteUrl + "sitemap.xml\n").getBytes(StandardCharsets.UTF_8);
    }
}
