package org.ltcare.benefit.feed;

import java.time.LocalDate;

/** One row of the hospital-stay feed as read: the feed's record id, the person, the hospital and the dates. */
public record FeedRecord(int line, String recordId, String idNumber, String name, String hospital,
        LocalDate admittedOn, LocalDate dischargedOn) {
}
