package org.ltcare.web.publicform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.ltcare.shared.security.ClientEvents;

/**
 * How often one client may submit a public form (registration, objection): {@link #MAX_SUBMISSIONS} in
 * {@link #WINDOW} per form and client address, counting every submission, right or wrong — so that nobody fills
 * the registrations or objections with thousands of entries, nor tries the human check until it passes.
 */
@ApplicationScoped
public class PublicFormLimiter {

    public static final int MAX_SUBMISSIONS = 10;
    public static final Duration WINDOW = Duration.ofMinutes(10);

    /** Counted in the database: every node behind a load balancer sees the same submissions (issue 24). */
    @Inject
    private ClientEvents events;

    /** Counts a submission of the form by the client; false when the client has used its submissions up. */
    public boolean admit(String form, String client) {
        return events.countWithin(ClientEvents.Counter.PUBLIC_FORM, form + " " + client, MAX_SUBMISSIONS, WINDOW);
    }
}
