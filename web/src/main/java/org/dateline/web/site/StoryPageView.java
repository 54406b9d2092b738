package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.dateline.placements.boundary.Placements;
import org.dateline.media.entity.HeroImage;
import org.dateline.placements.entity.Placement;
import org.dateline.placements.entity.Translation;

import java.util.Locale;

/** One story on an office's site; a story that is not live there is not found. */
@Named("storyPage")
@RequestScoped
public class StoryPageView extends SitePage {

    @EJB
    Placements placements;

    private Placement story;

    @PostConstruct
    void load() {
        if (!resolveOffice()) {
            return;
        }
        Long id = (Long) requestAttribute(SiteRouter.STORY_ID);
        story = id == null ? null : placements.live(office.slug(), id).orElse(null);
        if (story == null) {
            notFound();
        } else if (!story.slug().equals(requestAttribute(SiteRouter.STORY_SLUG))) {
            movedTo(link(story));
        }
    }

    public Placement getStory() {
        return story;
    }

    /** The story's hero image, or null. */
    public HeroImage getHero() {
        return story == null ? null : story.heroImage();
    }

    /** The story's live translation on this site, or null. */
    public Translation getTranslation() {
        return story == null ? null : story.translation();
    }

    /** The language switch's words, in the translation's own language ("Leer en español"). */
    public String getTranslationLabel() {
        Translation translation = getTranslation();
        return translation == null ? null : switchTo(translation.language());
    }

    static String switchTo(String language) {
        return switch (language) {
            case "es" -> "Leer en español";
            case "en" -> "Read in English";
            case "fr" -> "Lire en français";
            case "pt" -> "Ler em português";
            default -> {
                Locale locale = Locale.forLanguageTag(language);
                yield locale.getDisplayLanguage(locale);
            }
        };
    }
}
