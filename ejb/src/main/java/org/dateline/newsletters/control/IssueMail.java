package org.dateline.newsletters.control;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import org.dateline.articles.control.Slugs;
import org.dateline.media.entity.HeroImage;
import org.dateline.newsletters.entity.Issue;
import org.dateline.newsletters.entity.IssueItem;
import org.dateline.newsletters.entity.IssuePage;
import org.dateline.newsletters.entity.IssueSection;
import org.dateline.newsletters.entity.KeyResource;
import org.dateline.placements.entity.Placement;
import org.dateline.tenancy.entity.Branding;
import org.dateline.tenancy.entity.Office;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * An issue as an e-mail: HTML for mail clients (tables, inline styles, no scripts, no style sheet,
 * images with their alt text and absolute addresses) and the same words as plain text, in the
 * issue's language with its office's colours. Both come from templates (Mustache: the HTML one
 * escapes everything it is given; the text one writes it as it is). Addresses are absolute, from
 * the office's configured site address. Rendered once per issue; only the unsubscribe address
 * differs per recipient ({@link Rendered#forRecipient}).
 */
public final class IssueMail {

    /**
     * Stands for the recipient's unsubscribe address in a rendered issue: letters only, which no
     * escaping changes; an issue whose text held it would only show its reader their own address.
     */
    static final String UNSUBSCRIBE = "XDATELINEUNSUBSCRIBEADDRESSX";

    private static final Mustache HTML = new DefaultMustacheFactory("org/dateline/newsletters").compile("issue.html.mustache");
    private static final Mustache TEXT = new DefaultMustacheFactory("org/dateline/newsletters") {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }.compile("issue.txt.mustache");

    /** An issue's subject, HTML and text, with a place for the recipient's unsubscribe address. */
    public record Rendered(String subject, String language, String html, String text) {

        public String htmlFor(String unsubscribeUrl) {
            return html.replace(UNSUBSCRIBE, unsubscribeUrl.replace("&", "&amp;"));
        }

        public String textFor(String unsubscribeUrl) {
            return text.replace(UNSUBSCRIBE, unsubscribeUrl);
        }
    }

    private IssueMail() {
    }

    /** An issue's address below its site's root. */
    public static String path(Issue issue) {
        return "newsletters/" + issue.id() + "-" + Slugs.of(issue.title());
    }

    /** The words of the newsletter's e-mails in {@code language} (English when it has none of its own). */
    public static ResourceBundle words(String language) {
        return ResourceBundle.getBundle("org.dateline.newsletters.mail", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String word(ResourceBundle words, String key, Object... arguments) {
        String pattern = words.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, words.getLocale()).format(arguments);
    }

    /** The issue as its subscribers get it; {@code siteUrl} is the office's site address, ending in "/". */
    public static Rendered render(Office office, String siteUrl, IssuePage page, String issuePath) {
        Issue issue = page.issue();
        ResourceBundle words = words(issue.language());
        Locale locale = Locale.forLanguageTag(issue.language());
        String month = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(issue.month());
        month = month.substring(0, 1).toUpperCase(locale) + month.substring(1);
        Branding branding = office.branding();

        Map<String, Object> scope = new HashMap<>();
        scope.put("language", issue.language());
        scope.put("officeName", office.name());
        scope.put("title", issue.title());
        scope.put("month", month);
        scope.put("masthead", branding.masthead());
        scope.put("links", branding.links());
        scope.put("issueUrl", siteUrl + issuePath);
        scope.put("archiveUrl", siteUrl + "newsletters/");
        scope.put("unsubscribeUrl", UNSUBSCRIBE);
        scope.put("intro", paragraphs(issue.intro()));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (IssueSection section : issue.sections()) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (IssueItem item : section.items()) {
                Map<String, Object> i = new HashMap<>();
                i.put("text", item.text());
                Placement story = page.story(item);
                String readMore = story != null ? siteUrl + story.path() : item.readMoreUrl();
                if (readMore != null) {
                    i.put("readMoreUrl", readMore);
                }
                HeroImage image = page.image(item);
                if (image != null) {
                    i.put("image", Map.of("src", image.url(siteUrl, image.fallback()), "alt", image.alt() == null ? "" : image.alt()));
                }
                items.add(i);
            }
            sections.add(Map.of("heading", section.heading(), "headingUpper", section.heading().toUpperCase(locale), "items", items));
        }
        scope.put("sections", sections);
        List<Map<String, Object>> resources = new ArrayList<>();
        for (KeyResource resource : issue.resources()) {
            Map<String, Object> r = new HashMap<>();
            r.put("label", resource.label());
            if (resource.text() != null) {
                r.put("text", resource.text());
            }
            if (resource.url() != null) {
                r.put("url", resource.url());
            }
            resources.add(r);
        }
        scope.put("resources", resources);
        scope.put("hasResources", !resources.isEmpty());
        List<String> contact = paragraphs(issue.contact());
        scope.put("contact", contact);
        scope.put("hasContact", !contact.isEmpty());
        Map<String, String> w = new HashMap<>();
        for (String key : List.of("newsletter", "viewOnline", "readMore", "keyResources", "contact", "archive", "unsubscribe")) {
            w.put(key, word(words, key));
        }
        w.put("keyResourcesUpper", w.get("keyResources").toUpperCase(locale));
        w.put("contactUpper", w.get("contact").toUpperCase(locale));
        w.put("why", word(words, "why", office.name()));
        scope.put("words", w);

        StringWriter html = new StringWriter(16_384);
        HTML.execute(html, scope);
        StringWriter text = new StringWriter(8_192);
        TEXT.execute(text, scope);
        String subject = office.name() + " — " + issue.title() + " (" + month + ")";
        return new Rendered(subject, issue.language(), html.toString(), text.toString().replaceAll("\n{4,}", "\n\n\n"));
    }

    private static List<String> paragraphs(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
