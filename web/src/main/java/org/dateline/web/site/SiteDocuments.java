package org.dateline.web.site;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.dateline.newsletters.entity.Issue;
import org.dateline.placements.entity.Placement;
import org.dateline.placements.entity.PlacementAddress;
import org.dateline.tenancy.entity.Office;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The machine-read documents of an office's site: RSS 2.0 and Atom feeds of its latest stories,
 * its sitemap index and sitemaps, and robots.txt. Addresses in them are absolute, built from the
 * site's configured address ({@code tenancy.control.SiteAddresses}), never from the request.
 */
final class SiteDocuments {

    static final int FEED_SIZE = 20;

    private static final String SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The JDK's own StAX writer, whatever else is on the class path; its factory is safe to share once set up. */
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

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

    /** The Atom feed of the office's published newsletter issues, newest month first. */
    static byte[] issueFeed(Office office, String siteUrl, List<Issue> issues) {
        ResourceBundle words = SiteWords.in(office.mainLanguage());
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        String archive = siteUrl + "newsletters/";
        feed.setTitle(SiteWords.format(words, "newsletters.feedTitle", office.name()));
        feed.setLink(archive);
        feed.setUri(archive);
        feed.setDescription(SiteWords.format(words, "newsletters.feedTitle", office.name()));
        feed.setLanguage(office.mainLanguage());
        feed.setPublishedDate(issues.isEmpty() ? null : Date.from(issues.get(0).updatedAt()));
        List<SyndEntry> entries = new ArrayList<>();
        for (Issue issue : issues.subList(0, Math.min(issues.size(), FEED_SIZE))) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(issue.title());
            entry.setLink(siteUrl + NewsletterPageView.path(issue));
            entry.setUri(siteUrl + "newsletters/" + issue.id());
            entry.setPublishedDate(Date.from(issue.publishedAt() == null ? issue.updatedAt() : issue.publishedAt()));
            entry.setUpdatedDate(Date.from(issue.updatedAt()));
            SyndContent summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(issue.intro() == null ? issue.title() : issue.intro());
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the newsletter feed of " + office.slug(), e);
        }
    }

    /**
     * One sitemap (sitemaps.org) of the site: its root on the first, then story pages. Written
     * with StAX, which escapes what it writes: a site address may hold an {@code &}.
     */
    static byte[] sitemap(String siteUrl, boolean withRoot, List<PlacementAddress> stories) {
        return sitemap(siteUrl, withRoot, List.of(), stories);
    }

    /** A page of the site that is not a story, for the first sitemap: its path below the site's root and its last change. */
    record Address(String path, Instant updatedAt) {
    }

    /** The first sitemap: the root, the stories, then the site's other pages ({@code pages}, such as its newsletter archive). */
    static byte[] sitemap(String siteUrl, boolean withRoot, List<Address> pages, List<PlacementAddress> stories) {
        return xml(128 + (stories.size() + pages.size()) * 160, xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAPS);
            if (withRoot) {
                xml.writeStartElement("url");
                element(xml, "loc", siteUrl);
                xml.writeEndElement();
            }
            for (PlacementAddress story : stories) {
                xml.writeStartElement("url");
                element(xml, "loc", siteUrl + story.path());
                element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(story.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
                xml.writeEndElement();
            }
            for (Address page : pages) {
                xml.writeStartElement("url");
                element(xml, "loc", siteUrl + page.path());
                if (page.updatedAt() != null) {
                    element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(page.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** The sitemap index (sitemaps.org) of the site: its sitemaps {@code sitemap-1.xml} to {@code sitemap-<pages>.xml}. */
    static byte[] sitemapIndex(String siteUrl, int pages) {
        return xml(128 + pages * 96, xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAPS);
            for (int page = 1; page <= pages; page++) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", siteUrl + sitemapPath(page));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** A sitemap's path below the site's root. */
    static String sitemapPath(int page) {
        return "sitemap-" + page + ".xml";
    }

    @FunctionalInterface
    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] xml(int size, XmlBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(SITEMAPS);
            body.write(xml);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write a sitemap", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    static byte[] robots(String siteUrl) {
        // a line break in the address would start a directive of its own
        return ("User-agent: *\nAllow: /\nSitemap: " + siteUrl.replaceAll("[\\r\\n]", "") + "sitemap.xml\n").getBytes(StandardCharsets.UTF_8);
    }
}
