package org.dateline.web.studio.newsletters;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dateline.web.studio.StudioLanguage;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** How the newsletter pages name an issue's month and language in the person's language ("May 2020", "mayo de 2020"). */
@Named
@RequestScoped
public class NewsletterWords {

    @Inject
    StudioLanguage language;

    public String month(YearMonth month) {
        if (month == null) {
            return "";
        }
        Locale locale = language.getLocale();
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
        return language.text("newsletter.monthYear", name.substring(0, 1).toUpperCase(locale) + name.substring(1), String.valueOf(month.getYear()));
    }

    public String languageName(String tag) {
        if (tag == null || tag.isEmpty()) {
            return "";
        }
        Locale locale = language.getLocale();
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
