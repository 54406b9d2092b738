package org.dateline.notifications.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.dateline.identity.control.OfficePeople;
import org.dateline.identity.entity.PersonSettings;
import org.dateline.notifications.entity.Notified;
import org.dateline.tenancy.entity.Office;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the e-mails of notifications through the server's mail session ({@code mail/dateline}:
 * DATELINE_SMTP_HOST and DATELINE_SMTP_PORT, and DATELINE_SMTP_AUTH, DATELINE_SMTP_USER and
 * DATELINE_SMTP_PASSWORD for a server that wants a sign-in), each in its person's language, to the address Keycloak has for
 * them; nothing to someone who turned mail off. A mail that cannot be sent is logged: the
 * notification is in the person's inbox all the same.
 */
@Stateless
public class Postman {

    private static final Logger LOG = Logger.getLogger(Postman.class.getName());

    @Resource(lookup = "mail/dateline")
    Session session;

    @PersistenceContext(unitName = "dateline")
    EntityManager em;

    @Inject
    OfficePeople people;

    @Inject
    @ConfigProperty(name = "dateline.studio.url", defaultValue = "http://localhost:9080")
    String studioUrl;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliver(Notified notified) {
        Office office = em.find(Office.class, notified.office());
        if (office == null) {
            return;
        }
        Map<String, String> names = people.names(notified.office());
        for (String person : notified.people()) {
            PersonSettings settings = Optional.ofNullable(em.find(PersonSettings.class, person))
                    .orElseGet(() -> PersonSettings.defaults(person));
            if (!settings.mailNotifications()) {
                continue;
            }
            Optional<String> address = people.emailOf(notified.office(), person)
                    .or(() -> people.regionalEmailOf(office.region(), person));
            if (address.isEmpty()) {
                LOG.info(() -> "No e-mail address for " + person + " in " + notified.office() + ": notification not mailed");
                continue;
            }
            MailWords words = MailWords.in(settings.language().orElse("en"));
            try {
                send(address.get(), words, notified, office, names);
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Cannot mail " + person + " about story " + notified.storyId() + " of " + notified.office(), e);
            }
        }
    }

    private void send(String to, MailWords words, Notified notified, Office office, Map<String, String> names)
            throws MessagingException {
        String actor = names.getOrDefault(notified.actor(), notified.actor());
        String kind = notified.kind().name();
        String when = office.formatDate(notified.at().atZone(office.zone()).toLocalDate(), words.language()) + " "
                + DateTimeFormatter.ofPattern("HH:mm", Locale.forLanguageTag(words.language())).format(notified.at().atZone(office.zone()));
        String link = trimmed(studioUrl) + "/studio/" + notified.kind().studioPage() + "?office=" + office.slug() + "&id=" + notified.storyId();
        StringBuilder text = new StringBuilder()
                .append(words.text("mail." + kind + ".text", actor, notified.storyTitle(), office.name(), when)).append("\n\n");
        if (notified.detail() != null) {
            text.append("    ").append(notified.detail().replace("\n", "\n    ")).append("\n\n");
        }
        text.append(words.text("mail.open", link)).append("\n\n-- \n").append(words.text("mail.footer", office.name()));
        MimeMessage message = new MimeMessage(session);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(words.text("mail." + kind + ".subject", notified.storyTitle(), actor), StandardCharsets.UTF_8.name());
        message.setText(text.toString(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Content-Language", words.language());
        message.setHeader("Auto-Submitted", "auto-generated");
        if (message.getFrom() == null || message.getFrom().length == 0) {
            message.setFrom();
        }
        message.saveChanges();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
