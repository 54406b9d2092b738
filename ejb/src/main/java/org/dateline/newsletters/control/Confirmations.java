package org.dateline.newsletters.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.dateline.newsletters.entity.ConfirmationRequested;

/** Mails a sign-up's confirmation link once the sign-up has committed: one that rolls back sends nothing. */
@ApplicationScoped
public class Confirmations {

    @EJB
    SubscriptionMail mail;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfirmationRequested request) {
        mail.send(request);
    }
}
