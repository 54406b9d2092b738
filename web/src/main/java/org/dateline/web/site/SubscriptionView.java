package org.dateline.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The page that answers a reader's sign-up, confirmation or unsubscription. */
@Named("subscription")
@RequestScoped
public class SubscriptionView extends SitePage {

    private Subscriptions.Outcome outcome;

    @PostConstruct
    void load() {
        if (resolveOffice()) {
            outcome = (Subscriptions.Outcome) requestAttribute(Subscriptions.OUTCOME);
        }
    }

    public Subscriptions.Outcome getOutcome() {
        return outcome;
    }

    /** The text's argument {@code i}, or nothing. */
    public String argument(int i) {
        return i < outcome.arguments().size() ? outcome.arguments().get(i) : "";
    }

    public String getForm() {
        return outcome.form().name();
    }
}
