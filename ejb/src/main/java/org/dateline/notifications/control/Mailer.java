package org.dateline.notifications.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.dateline.notifications.entity.Notified;

/**
 * E-mails a change's notifications once its transaction has committed: a change that rolls back
 * sends nothing. The sending itself runs apart ({@link Postman#deliver}), so the person who made
 * the change does not wait for the mail server.
 */
@ApplicationScoped
public class Mailer {

    @EJB
    Postman postman;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notified notified) {
        postman.deliver(notified);
    }
}
