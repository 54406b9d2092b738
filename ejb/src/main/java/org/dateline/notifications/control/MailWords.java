package org.dateline.notifications.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the notification e-mails in one language ({@code notifications/mail*.properties}); English where there are none. */
record MailWords(String language, ResourceBundle bundle) {

    static MailWords in(String language) {
        Locale locale = Locale.forLanguageTag(language);
        ResourceBundle bundle = ResourceBundle.getBundle("org.dateline.notifications.mail", locale,
                MailWords.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String found = bundle.getLocale().getLanguage().isEmpty() ? "en" : bundle.getLocale().getLanguage();
        return new MailWords(found, bundle);
    }

    String text(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), Locale.forLanguageTag(language)).format(arguments);
    }
}
