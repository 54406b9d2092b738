package org.dateline.it;

import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.io.UnsupportedEncodingException;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test run's mailbox as the tests read it: a newsletter-like message, sent over SMTP as any
 * sender would, comes back decoded (subject, both parts of a multipart/alternative message, their
 * links, the headers a mail client acts on), and purging leaves every mailbox empty.
 */
class InboxIT {

    @Test
    void aMultipartMessageIsReadWithBothPartsItsLinksAndTheListHeaders() throws Exception {
        String reader = address("reader");
        send(newsletter(reader, "Boletín de San José"));

        JsonObject mail = Inbox.about(reader, "Boletín");
        assertThat(mail.getString("subject")).isEqualTo("Boletín de San José");
        assertThat(mail.getString("text")).isEqualTo("Hola, Lucía.\nLa edición: https://news.example.org/san-jose/?a=1&b=2\n");
        assertThat(mail.getString("html")).contains("<p>Hola, Lucía.</p>").contains("href=\"https://news.example.org/san-jose/?a=1&amp;b=2\"");
        assertThat(Inbox.links(mail)).as("from the text part").containsExactly("https://news.example.org/san-jose/?a=1&b=2");
        assertThat(Inbox.header(mail, "List-Unsubscribe")).containsExactly("<https://news.example.org/unsubscribe?t=abc>");
        assertThat(Inbox.header(mail, "list-unsubscribe-post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(Inbox.header(mail, "X-Not-There")).isEmpty();
        assertThat(mail.getJsonArray("to").getString(0)).contains("Lucía", "<" + reader + ">");
    }

    @Test
    void messagesComeNewestFirstAndPurgingEmptiesEveryMailbox() throws Exception {
        String one = address("one");
        String other = address("other");
        send(newsletter(one, "First"));
        send(newsletter(one, "Second"));
        send(newsletter(other, "Third"));
        assertThat(Inbox.awaitMessages(one, 2).getString("subject")).isEqualTo("Second");
        assertThat(Inbox.awaitMessages(other, 1).getString("subject")).isEqualTo("Third");

        Inbox.purge();

        assertThat(Inbox.to(one)).isEmpty();
        assertThat(Inbox.to(other)).isEmpty();
        assertThat(Inbox.to(address("never-written-to"))).isEmpty();
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static MimeMessage newsletter(String to, String subject) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress("newsletter@dateline.localhost", "Dateline"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, "Lucía", "UTF-8"));
        message.setSubject(subject, "UTF-8");
        message.setHeader("List-Unsubscribe", "<https://news.example.org/unsubscribe?t=abc>");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Hola, Lucía.\r\nLa edición: https://news.example.org/san-jose/?a=1&b=2\r\n", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>Hola, Lucía.</p><p><a href=\"https://news.example.org/san-jose/?a=1&amp;b=2\">La edición</a></p>",
                "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        return message;
    }

    private static void send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        Transport.send(message);
    }

    private static Session session() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", System.getProperty("it.smtp.port"));
        return Session.getInstance(properties);
    }
}
