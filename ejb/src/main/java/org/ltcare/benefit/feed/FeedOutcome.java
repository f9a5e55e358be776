package org.ltcare.benefit.feed;

/** What one feed record did. */
public enum FeedOutcome {
    CREATED,
    DISCHARGED,
    UNCHANGED
}
