package org.dateline.web.studio.mailbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's mailbox as a page of the studio ({@code /studio/mailbox.xhtml}): every message the
 * demo's mail server (GreenMail, {@code dateline.mailbox.url}) holds, newest first, with its text
 * and links, so that a person trying the demo can follow an invitation or a confirmation link.
 * Read through GreenMail's REST API and decoded with Jakarta Mail. Not found on a server without
 * that setting: a real server's mail goes to the world, not to a page.
 */
@Named
@RequestScoped
public class MailboxView {

    private static final int MOST = 200;
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"')]+");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** One message: to whom, when, its subject, its text (the HTML part's words when it has no text) and its links. */
    public record Message(String to, Date sent, String subject, String text, List<String> links) {
    }

    private final List<Message> messages = new ArrayList<>();
    private boolean available;
    private boolean reachable = true;

    public void load() throws IOException {
        String url = ConfigProvider.getConfig().getOptionalValue("dateline.mailbox.url", String.class).orElse(null);
        if (url == null || url.isBlank()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        available = true;
        String base = url.endsWith("/") ? url : url + "/";
        try {
            Session session = Session.getInstance(new Properties());
            for (JsonValue user : read(base + "api/user").asJsonArray()) {
                String email = user.asJsonObject().getString("email", user.asJsonObject().getString("login", ""));
                if (email.isEmpty()) {
                    continue;
                }
                for (JsonValue kept : read(base + "api/user/" + URLEncoder.encode(email, StandardCharsets.UTF_8).replace("+", "%20")
                        + "/messages/").asJsonArray()) {
                    messages.add(decode(session, email, ((JsonObject) kept).getString("mimeMessage", "")));
                }
            }
        } catch (IOException | MessagingException | RuntimeException e) {
            reachable = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reachable = false;
        }
        messages.sort(Comparator.comparing((Message m) -> m.sent() == null ? new Date(0) : m.sent()).reversed());
        if (messages.size() > MOST) {
            messages.subList(MOST, messages.size()).clear();
        }
    }

    private static JsonValue read(String address) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return Json.createArrayBuilder().build();
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }

    private static Message decode(Session session, String to, String raw) throws MessagingException, IOException {
        MimeMessage mime = new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        collect(mime, text, html);
        String shown = text.length() > 0 ? text.toString()
                : html.toString().replaceAll("(?s)<style.*?</style>", "").replaceAll("<[^>]+>", " ").replace("&amp;", "&").replaceAll("[ \\t]+", " ");
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(text.length() > 0 ? text : html.toString().replace("&amp;", "&"));
        while (link.find()) {
            if (!links.contains(link.group())) {
                links.add(link.group());
            }
        }
        Address[] recipients = mime.getAllRecipients();
        return new Message(recipients == null || recipients.length == 0 ? to : recipients[0].toString(), mime.getSentDate(),
                mime.getSubject(), shown.strip(), links);
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), text, html);
            }
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        }
    }

    public List<Message> getMessages() {
        return messages;
    }

    public boolean isAvailable() {
        return available;
    }

    public boolean isReachable() {
        return reachable;
    }
}
