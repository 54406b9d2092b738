package org.dateline.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reader sites' own words ("Latest", "Topics", "Older stories"), {@code #{words['site.latest']}}
 * in the templates and {@code #{words.format('home.description', name)}} where a word takes
 * arguments, in the page's language: the language the page's view was given ({@code <f:view
 * locale>} in the site template, from the page's {@code pageLanguage}: a story page its story's, any
 * other its office's main language). The bundle ({@value #BUNDLE}) is looked up once per page, when
 * the first word is; a language without a file of its own gets English, never the server's default.
 * Nothing here needs a session: a reader page stays stateless and cacheable.
 */
@Named("words")
@RequestScoped
public class SiteWords extends AbstractMap<String, String> {

    static final String BUNDLE = "org.dateline.web.site.words";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ResourceBundle bundle;

    /** The words of a language ({@code es}), English where it has none. */
    static ResourceBundle in(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), SiteWords.class.getClassLoader(), NO_FALLBACK);
    }

    /** A word of a language with its arguments put in, formatted for that language. */
    static String format(ResourceBundle words, String key, Object... arguments) {
        String pattern;
        try {
            pattern = words.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, words.getLocale()).format(arguments);
    }

    private ResourceBundle words() {
        if (bundle == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale locale = faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
            bundle = in(locale.toLanguageTag());
        }
        return bundle;
    }

    /** A word of the page's language; its key when there is no such word, so that it shows and is found. */
    @Override
    public String get(Object key) {
        return format(words(), String.valueOf(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && words().containsKey(name);
    }

    public String format(String key, Object argument) {
        return format(words(), key, argument);
    }

    public String format(String key, Object first, Object second) {
        return format(words(), key, first, second);
    }

    /** Only for completeness of the map: pages ask for words one by one. */
    @Override
    public Set<Entry<String, String>> entrySet() {
        return words().keySet().stream().map(key -> Map.entry(key, words().getString(key))).collect(Collectors.toUnmodifiableSet());
    }
}
