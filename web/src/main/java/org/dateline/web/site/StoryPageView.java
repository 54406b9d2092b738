package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.placements.boundary.Placements;
import org.dateline.media.entity.HeroImage;
import org.dateline.placements.entity.Placement;
import org.dateline.tenancy.boundary.OfficeDirectory;
import org.dateline.tenancy.control.SiteAddresses;
import org.dateline.tenancy.entity.Office;
import org.dateline.placements.entity.Translation;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One story on an office's site; a story that is not live there is not found. A story another
 * office published (a cross-post) says so and links to it there.
 */
@Named("storyPage")
@RequestScoped
public class StoryPageView extends SitePage {

    @EJB
    Placements placements;

    @EJB
    OfficeDirectory offices;

    @Inject
    SiteAddresses addresses;

    private Placement story;
    private Office origin;

    @PostConstruct
    void load() {
        if (!resolveOffice()) {
            return;
        }
        Placement preview = (Placement) requestAttribute(Previews.PLACEMENT);
        if (preview != null) {
            story = preview;
            return;
        }
        Long id = (Long) requestAttribute(SiteRouter.STORY_ID);
        story = id == null ? null : placements.live(office.slug(), id).orElse(null);
        if (story == null) {
            notFound();
        } else if (!story.slug().equals(requestAttribute(SiteRouter.STORY_SLUG))) {
            movedTo(link(story));
        } else if (!story.originOffice().equals(office.slug())) {
            origin = offices.bySlug(story.originOffice()).orElse(null);
        }
    }

    public Placement getStory() {
        return story;
    }

    /** The office that first published the story, when it is not this site's office; else null. */
    public Office getOrigin() {
        return origin;
    }

    /** The story on its origin office's site, at that site's configured address (also the page's canonical URL). */
    public String getOriginLink() {
        return addresses.of(origin) + story.path();
    }

    /** The story's hero image, or null. */
    public HeroImage getHero() {
        return story == null ? null : story.heroImage();
    }

    /** The story's live translation on this site, or null. */
    public Translation getTranslation() {
        return story == null ? null : story.translation();
    }

    /**
     * The language switch's words, in the language it leads to ("Leer en español" on the English
     * page, "Read in English" on the Spanish one), so that a reader who cannot read this page finds
     * it; the page marks it with that language.
     */
    public String getTranslationLabel() {
        Translation translation = getTranslation();
        return translation == null ? null : switchTo(translation.language());
    }

    /** The switch to a language: the words of that language's bundle, else the language's own name ("Français"). */
    static String switchTo(String language) {
        ResourceBundle words = SiteWords.in(language);
        if (words.getLocale().getLanguage().equals(language)) {
            return SiteWords.format(words, "story.readInThisLanguage");
        }
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
