package org.dateline.newsletters.control;

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
import org.dateline.newsletters.entity.ConfirmationRequested;
import org.dateline.tenancy.control.SiteAddresses;
import org.dateline.tenancy.entity.Office;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The confirmation mail of a sign-up, sent once the sign-up has committed and apart from the
 * reader's request (who does not wait for the mail server), through the server's mail session.
 */
@Stateless
public class SubscriptionMail {

    private static final Logger LOG = Logger.getLogger(SubscriptionMail.class.getName());

    @Resource(lookup = "mail/dateline")
    Session session;

    @PersistenceContext(unitName = "dateline")
    EntityManager em;

    @Inject
    SiteAddresses addresses;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void send(ConfirmationRequested request) {
        Office office = em.find(Office.class, request.office());
        if (office == null) {
            return;
        }
        ResourceBundle words = IssueMail.words(request.language());
        String link = addresses.of(office) + "newsletters/confirm?token=" + request.token();
        try {
            MimeMessage message = new MimeMessage(session);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(request.email()));
            message.setSubject(IssueMail.word(words, "confirm.subject", office.name()), StandardCharsets.UTF_8.name());
            message.setText(IssueMail.word(words, "confirm.text", office.name(), link) + "\n", StandardCharsets.UTF_8.name());
            message.setHeader("Content-Language", request.language());
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setSentDate(new Date());
            if (message.getFrom() == null || message.getFrom().length == 0) {
                message.setFrom();
            }
            message.saveChanges();
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect();
                transport.sendMessage(message, message.getAllRecipients());
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot send the newsletter confirmation of " + request.office() + " to a new address", e);
        }
    }
}
