package org.ltcare.processes;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The model's service tasks call CDI beans of the ejb module (closing the notice, issuing the conclusion), which
 * need the server and its database; the Arquillian tests run them for real. Here the engine gets stand-ins
 * that only set the variables those beans hand back, as each test chooses, so every path can be driven.
 * The engine is built once, so its beans forward to the stand-in of the running test ({@link #fresh()}).
 */
final class StandInDelegates {

    static final Date OBJECTION_WINDOW_ENDS = Date.from(Instant.parse("2025-08-20T16:00:00Z"));
    static final Date EXPIRY_REMINDER = Date.from(Instant.parse("2027-06-01T16:00:00Z"));

    private static StandInDelegates current = new StandInDelegates();

    /** What the notice-closing bean reports: whether objections await a decision. */
    boolean objectionsAtClose;

    /** Whether the conclusion issued may still be objected to (a first conclusion) or is final (a re-assessment's). */
    boolean conclusionOpenToObjection = true;

    int noticesClosed;
    int conclusionsIssued;

    static StandInDelegates fresh() {
        current = new StandInDelegates();
        return current;
    }

    static Map<Object, Object> beans() {
        JavaDelegate closing = execution -> current.closeNotice(execution);
        JavaDelegate issuing = execution -> current.issueConclusion(execution);
        return Map.of("publicNoticeClosing", closing, "conclusionIssuing", issuing);
    }

    private void closeNotice(DelegateExecution execution) {
        noticesClosed++;
        execution.setVariable("objectionsLodged", objectionsAtClose);
    }

    private void issueConclusion(DelegateExecution execution) {
        conclusionsIssued++;
        execution.setVariable("concluded", true);
        execution.setVariable("objectionAllowed", conclusionOpenToObjection);
        execution.setVariable("objectionWindowEnds", OBJECTION_WINDOW_ENDS);
        execution.setVariable("expiryReminder", EXPIRY_REMINDER);
    }
}
