package org.dateline.newsletters.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.dateline.tenancy.boundary.OfficeDirectory;
import org.dateline.tenancy.entity.Office;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the issues being mailed, in the background, one recipient at a time through the server's
 * mail session ({@code mail/dateline}; host, port and sign-in from the environment), every couple
 * of seconds for as long as there is work: each recipient is claimed, sent its message (HTML and
 * plain text, with its own one-click unsubscribe address in {@code List-Unsubscribe} and
 * {@code List-Unsubscribe-Post}, RFC 8058), and recorded as sent or to be tried again, each in a
 * transaction of its own ({@link Sending}). It sends in slices of two seconds, each following the
 * last at once: progress lives in the database, so a server that stops waits for the slice in hand
 * and starts no other, and a restart resumes where the sending was.
 * An address the mail server refuses for good fails at once; any other failure is tried again a
 * few times (see {@code Delivery}), and neither stops the sending to everyone else.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class IssueSender {

    private static final Logger LOG = Logger.getLogger(IssueSender.class.getName());
    private static final int BATCH = 200;
    private static final Duration SLICE = Duration.ofSeconds(2);

    @Resource(lookup = "mail/dateline")
    Session session;

    @EJB
    Sending sending;

    @Resource
    TimerService timers;

    @EJB
    OfficeDirectory offices;

    /** At most this many messages a second (0: as fast as the mail server takes them), for servers that limit senders. */
    @Inject
    @ConfigProperty(name = "dateline.newsletter.messages-per-second", defaultValue = "0")
    int messagesPerSecond;

    Clock clock = Clock.systemUTC();

    private final AtomicBoolean working = new AtomicBoolean();
    private volatile boolean stopping;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void heartbeat() {
        work();
    }

    /** The next slice of a mailing that had more to send than one slice takes, at once. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void goOn(Timer timer) {
        work();
    }

    /**
     * One slice of sending, at most {@link #SLICE} long: a server that is stopping waits for the
     * slice in hand (and its last message) and starts no other, so it stops with the rest waiting in
     * the database. When there is more, the next slice follows at once.
     */
    private void work() {
        if (stopping || !working.compareAndSet(false, true)) {
            return;
        }
        boolean more = false;
        try {
            long until = System.nanoTime() + SLICE.toNanos();
            for (Office office : offices.all()) {
                for (Sending.Work work : sending.sending(office.slug(), clock.instant())) {
                    more |= send(office.slug(), work, until);
                    if (stopping || System.nanoTime() > until) {
                        more = true;
                        return;
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The newsletter's sending stopped for now; it goes on at the next round", e);
        } finally {
            working.set(false);
            if (more && !stopping) {
                timers.createSingleActionTimer(1, new TimerConfig(null, false));
            }
        }
    }

    /** A stopping server lets the message in hand go out and be recorded, and sends no other. */
    @PreDestroy
    void stop() {
        stopping = true;
        for (int i = 0; i < 200 && working.get(); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Sends what is due of the mailing until {@code until}; whether some was left to send then. */
    private boolean send(String office, Sending.Work work, long until) {
        long pause = messagesPerSecond > 0 ? 1000L / messagesPerSecond : 0;
        Transport transport = null;
        try {
            while (!stopping) {
                List<Sending.Due> due = sending.due(office, work.mailingId(), work.siteUrl(), clock.instant(), BATCH);
                if (due.isEmpty()) {
                    if (sending.finishIfDone(office, work.mailingId(), clock.instant())) {
                        LOG.info(() -> "Mailing " + work.mailingId() + " of " + office + " is done");
                    }
                    return false;
                }
                for (Sending.Due recipient : due) {
                    if (stopping || System.nanoTime() > until) {
                        return true;
                    }
                    if (!sending.claim(office, work.mailingId(), recipient.subscriberId(), clock.instant())) {
                        continue;
                    }
                    try {
                        MimeMessage message = message(work, recipient);
                        if (transport == null || !transport.isConnected()) {
                            transport = session.getTransport("smtp");
                            transport.connect();
                        }
                        transport.sendMessage(message, message.getAllRecipients());
                        sending.sent(office, work.mailingId(), recipient.subscriberId(), clock.instant());
                    } catch (AddressException e) {
                        sending.failed(office, work.mailingId(), recipient.subscriberId(), "not an e-mail address: " + e.getMessage(),
                                true, clock.instant());
                    } catch (SendFailedException e) {
                        // the server refused this recipient (5xx: for good; 4xx or none said: perhaps not)
                        boolean permanent = String.valueOf(e.getMessage()).matches("(?s).*\\b5\\d\\d\\b.*");
                        sending.failed(office, work.mailingId(), recipient.subscriberId(), e.getMessage(), permanent, clock.instant());
                    } catch (MessagingException | RuntimeException e) {
                        sending.failed(office, work.mailingId(), recipient.subscriberId(), String.valueOf(e.getMessage()), false,
                                clock.instant());
                        close(transport);
                        transport = null;
                    }
                    if (pause > 0) {
                        Thread.sleep(pause);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close(transport);
        }
        return true;
    }

    private MimeMessage message(Sending.Work work, Sending.Due recipient) throws MessagingException {
        IssueMail.Rendered mail = work.mail();
        MimeMessage message = new MimeMessage(session);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient.email(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.textFor(recipient.unsubscribeUrl()), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.htmlFor(recipient.unsubscribeUrl()), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.setHeader("Content-Language", mail.language());
        message.setHeader("List-Unsubscribe", "<" + recipient.unsubscribeUrl() + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Precedence", "bulk");
        message.setSentDate(new Date());
        if (message.getFrom() == null || message.getFrom().length == 0) {
            message.setFrom();
        }
        message.saveChanges();
        return message;
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "closing the mail connection", e);
            }
        }
    }
}
